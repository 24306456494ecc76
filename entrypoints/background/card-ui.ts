import { browser } from 'wxt/browser';
import type { EntityId } from '../../data/types';
import { CardOpenedMessage, InjectCardRequest, RouteMentionRequest, TabCountsRequest } from '../../lib/messages';
import { onContentMessage } from './content-messages';
import { getTabMentions, type FrameMentions } from './tab-mentions';

/** The scripts only frames with a name get (registration: runtime): entrypoints/finder.content and entrypoints/card.content. */
const SCRIPTS = { finder: '/content-scripts/finder.js', ui: '/content-scripts/card.js' } as const;

/**
 * The finder and the card UI are injected into a frame only once that frame may have a mention; one card per tab: a frame
 * opening a card closes the others' (every frame with a mention has reported, so the store lists them);
 * the top frame routes `show-mention` for a child frame's mention; a card counts the mentions of the
 * whole tab, its own frame's and those the other frames reported.
 */
export function startCardUi(): () => void {
  const stops = [
    onContentMessage(InjectCardRequest, async ({ part }, { tabId, frameId }) => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [SCRIPTS[part]] });
      return true;
    }),
    onContentMessage(CardOpenedMessage, async (_, { tabId, frameId }) => {
      const frames = await getTabMentions(tabId);
      await Promise.all(
        frames
          .filter((frame) => frame.frameId !== frameId)
          .map((frame) => browser.tabs.sendMessage(tabId, { type: 'close-card' }, { frameId: frame.frameId }).catch(() => undefined)),
      );
      return true;
    }),
    onContentMessage(TabCountsRequest, async (_, { tabId, frameId }) => ({ counts: countsOutside(await getTabMentions(tabId), frameId) })),
    onContentMessage(RouteMentionRequest, async ({ id, focus }, { tabId }) => {
      const frameId = childFrameOf(id);
      if (frameId === undefined) return false;
      return browser.tabs.sendMessage(tabId, { type: 'open-mention', id, focus }, { frameId }).catch(() => false);
    }),
  ];
  return () => stops.forEach((stop) => stop());
}

/** The child frame a tab-wide mention id (`${frameId}:${n}`) belongs to; undefined for the top frame's or a malformed id. */
export function childFrameOf(id: string): number | undefined {
  const match = /^(\d+):/.exec(id);
  const frameId = match ? Number(match[1]) : 0;
  return Number.isSafeInteger(frameId) && frameId > 0 ? frameId : undefined;
}

/** Mentions per entity in every frame but `frameId`. */
export function countsOutside(frames: readonly FrameMentions[], frameId: number): Partial<Record<EntityId, number>> {
  const counts: Partial<Record<EntityId, number>> = {};
  for (const frame of frames) {
    if (frame.frameId === frameId || !frame.report.enabled) continue;
    for (const mention of frame.report.mentions) counts[mention.entity] = (counts[mention.entity] ?? 0) + 1;
  }
  return counts;
}

// By hand: hover a name in e2e/fixtures/iframe.html's child frame, then one in the top frame: one card stays.
