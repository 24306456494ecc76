import { browser } from 'wxt/browser';
import { PageConfigRequest } from '../../lib/messages';
import { PAGE_GATE_KEY, type PageGate } from '../../lib/page-gate';
import { isSiteDisabled, loadDisabledSites, loadSettings, watchDisabledSites, watchSettings } from '../../lib/settings';
import { onContentMessage } from './content-messages';

/**
 * Content scripts get their settings from here rather than from storage: the settings module and its
 * storage library stay out of the script every page loads. A frame on a site that is off, or any frame
 * while the extension is paused, is told not to read its page. Changes reach open tabs at once.
 *
 * What a page needs before it reads anything (paused? site off?) is also kept as the page gate
 * (lib/page-gate.ts), so that the script on every page learns it from one storage read and pages without
 * a name never message the background at all.
 */
export function startPageConfig(): () => void {
  void writePageGate();
  const stops = [
    onContentMessage(PageConfigRequest, async (_, sender) => {
      const [{ settings }, sites] = await Promise.all([loadSettings(), loadDisabledSites()]);
      const url = sender.url ?? '';
      return { enabled: !settings.paused && !isSiteDisabled(url, sites), settings };
    }),
    watchSettings(() => void writePageGate().then(tellEveryTab)),
    watchDisabledSites(() => void writePageGate().then(tellEveryTab)),
  ];
  return () => stops.forEach((stop) => stop());
}

/** Derives the page gate from the settings and the site list and stores it (the content scripts read it). */
export async function writePageGate(): Promise<void> {
  const [{ settings }, sites] = await Promise.all([loadSettings(), loadDisabledSites()]);
  const gate: PageGate = { paused: settings.paused, sites };
  await browser.storage.local.set({ [PAGE_GATE_KEY]: gate }).catch(() => undefined);
}

async function tellEveryTab(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, { type: 'config-changed' }).catch(() => undefined),
    ),
  );
}

// By hand: open e2e/fixtures/news.html, turn the site off in the popup: the marks go without a reload.
