import { browser } from 'wxt/browser';
import { entities } from '../../data';
import { ENTITY_IDS, type EntityId } from '../../data/types';
import { browserLang, t, tn } from '../../lib/i18n';
import { loadSettings, watchSettings } from '../../lib/settings';
import { getTabMentions, onTabMentionsChanged, type FrameMentions } from './tab-mentions';

/**
 * The toolbar badge: per tab, the number of mentions on it, with a title naming them
 * ("4 mentions: Elon Musk 2, OpenAI 2"). Hidden when the site is off, the extension is paused,
 * the count is zero or the reader turned the badge off; cleared when the tab loads a new document.
 */
export interface BadgeState {
  readonly text: string;
  readonly title: string;
}

/** What the badge of a tab shows for its frames' reports. A top frame that is off hides the badge. */
export function badgeFor(frames: readonly FrameMentions[], showBadge: boolean): BadgeState {
  const lang = browserLang();
  const hidden: BadgeState = { text: '', title: t(lang, 'actionTitle') };
  const top = frames.find((frame) => frame.frameId === 0);
  if (!showBadge || (top && !top.report.enabled)) return hidden;
  const counts = new Map<EntityId, number>();
  for (const { report } of frames) {
    if (!report.enabled) continue;
    for (const mention of report.mentions) counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
  }
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  if (total === 0) return hidden;
  const parts = ENTITY_IDS.filter((id) => counts.has(id))
    .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))
    .map((id) => t(lang, 'badgeEntityCount', entities[id].name, counts.get(id) ?? 0));
  return {
    text: total > 999 ? '999+' : String(total),
    title: tn(lang, 'badgeTitle', total, parts.join(', ')),
  };
}

function withoutHash(url: string): string {
  return url.split('#', 1)[0] ?? url;
}

async function paint(tabId: number, state: BadgeState): Promise<void> {
  try {
    await Promise.all([browser.action.setBadgeText({ tabId, text: state.text }), browser.action.setTitle({ tabId, title: state.title })]);
  } catch {
    // The tab closed between the report and the paint: nothing left to label.
  }
}

/** Starts keeping every tab's badge up to date. Returns the function that stops it. */
export function startBadge(): () => void {
  let showBadge = true;
  const known = new Set<number>();
  const repaint = async (tabId: number) => paint(tabId, badgeFor(await getTabMentions(tabId), showBadge));

  const settingsReady = loadSettings().then(({ settings }) => {
    showBadge = settings.showBadge;
  });
  const stopMentions = onTabMentionsChanged((tabId, frames) => {
    known.add(tabId);
    void settingsReady.then(() => paint(tabId, badgeFor(frames, showBadge)));
  });
  const stopSettings = watchSettings((settings) => {
    if (settings.showBadge === showBadge) return;
    showBadge = settings.showBadge;
    for (const tabId of known) void repaint(tabId);
  });
  const onUpdated = (tabId: number, change: { status?: string }, tab: { url?: string }) => {
    // A navigation: the old page's count must not linger until the new one reports. Same-document
    // navigations (single-page apps) pass through 'loading' too, so the count comes back on 'complete'
    // from the reports that belong to the tab's current address.
    if (change.status === 'loading') void paint(tabId, badgeFor([], showBadge));
    if (change.status === 'complete') {
      void getTabMentions(tabId).then((frames) => {
        const top = frames.find((frame) => frame.frameId === 0);
        if (top && tab.url && withoutHash(top.report.url) === withoutHash(tab.url)) void paint(tabId, badgeFor(frames, showBadge));
      });
    }
  };
  const onRemoved = (tabId: number) => known.delete(tabId);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onRemoved.addListener(onRemoved);

  return () => {
    stopMentions();
    stopSettings();
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.tabs.onRemoved.removeListener(onRemoved);
  };
}
