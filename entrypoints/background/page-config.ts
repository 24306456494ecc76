import { browser } from 'wxt/browser';
import { PageConfigRequest } from '../../lib/messages';
import { CONTENT_SCRIPT_FILE, CONTENT_SCRIPT_ID, contentScriptRegistration } from '../../lib/page-gate';
import { isSiteDisabled, loadDisabledSites, loadSettings, watchDisabledSites, watchSettings } from '../../lib/settings';
import { onContentMessage } from './content-messages';

/**
 * Content scripts get their settings from here rather than from storage: the settings module and its
 * storage library stay out of the script every page loads. A frame on a site that is off, or any frame
 * while the extension is paused, is told not to read its page. Changes reach open tabs at once.
 *
 * Whether a page is read at all is decided before it loads anything: the content script is registered
 * for the pages it may read (lib/page-gate.ts), so it needs no storage read or message to find out.
 */
export function startPageConfig(): () => void {
  void syncRegistration();
  const changed = (): void => void syncRegistration().then(tellEveryTab);
  const stops = [
    onContentMessage(PageConfigRequest, async (_, sender) => {
      const [{ settings }, sites] = await Promise.all([loadSettings(), loadDisabledSites()]);
      const url = sender.url ?? '';
      return { enabled: !settings.paused && !isSiteDisabled(url, sites), settings };
    }),
    watchSettings(changed),
    watchDisabledSites(changed),
  ];
  return () => stops.forEach((stop) => stop());
}

let syncing: Promise<void> = Promise.resolve();

/** Brings the content script's registration in line with the settings; one change at a time. */
export function syncRegistration(): Promise<void> {
  syncing = syncing.then(register).catch(() => undefined);
  return syncing;
}

async function register(): Promise<void> {
  const [{ settings }, sites] = await Promise.all([loadSettings(), loadDisabledSites()]);
  const wanted = contentScriptRegistration(settings.paused, sites);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (!wanted) return;
  try {
    await browser.scripting.registerContentScripts([wanted]);
  } catch {
    // A pattern the browser refused: register for every page; the page-config answer still stops a
    // page on a site that is off before it does anything beyond its first look at the text.
    const { excludeMatches: _, ...everywhere } = wanted;
    await browser.scripting.registerContentScripts([everywhere]);
  }
}

/**
 * Tells every tab that the settings changed. A tab without the content script (opened while paused or
 * while its site was off) gets it now if it may be read, so turning a site back on works without a reload.
 */
async function tellEveryTab(): Promise<void> {
  const [{ settings }, sites, tabs] = await Promise.all([loadSettings(), loadDisabledSites(), browser.tabs.query({})]);
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      try {
        await browser.tabs.sendMessage(tab.id, { type: 'config-changed' });
      } catch (error) {
        // Only a tab where no frame listens lacks the script ("Receiving end does not exist").
        if (!/receiving end does not exist/i.test(String(error))) return;
        const url = tab.url ?? '';
        if (settings.paused || !/^https?:/.test(url) || isSiteDisabled(url, sites)) return;
        await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [CONTENT_SCRIPT_FILE] }).catch(() => undefined);
      }
    }),
  );
}

// By hand: open e2e/fixtures/news.html, turn the site off in the popup: the marks go without a reload.
