import { browser } from 'wxt/browser';

/**
 * The `next-mention` keyboard command: the active tab's top frame moves to its next mention (child
 * frames included), scrolls to it and opens its card with focus in it.
 */
const NEXT_MENTION_COMMAND = 'next-mention';

async function sendNextMention(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return;
  await browser.tabs.sendMessage(tab.id, { type: 'next-mention' }, { frameId: 0 }).catch(() => undefined);
}

export function startNextMentionCommand(): () => void {
  const listener = (command: string) => {
    if (command === NEXT_MENTION_COMMAND) void sendNextMention();
  };
  browser.commands.onCommand.addListener(listener);
  return () => browser.commands.onCommand.removeListener(listener);
}

// By hand: on e2e/fixtures/news.html press Alt+Shift+M repeatedly; Escape closes the card.
