import { browser } from 'wxt/browser';
import { PageConfigRequest } from '../../lib/messages';
import { isSiteDisabled, loadDisabledSites, loadSettings, watchDisabledSites, watchSettings } from '../../lib/settings';
import { onContentMessage } from './content-messages';

/**
 * Content scripts get their settings from here rather than from storage: the settings module and its
 * storage library stay out of the script every page loads. A frame on a site that is off, or any frame
 * while the extension is paused, is told not to read its page. Changes reach open tabs at once.
 */
export function startPageConfig(): () => void {
  const stops = [
    onContentMessage(PageConfigRequest, async (_, sender) => {
      const [{ settings }, sites] = await Promise.all([loadSettings(), loadDisabledSites()]);
      const url = sender.url ?? '';
      return { enabled: !settings.paused && !isSiteDisabled(url, sites), settings };
    }),
    watchSettings(() => void tellEveryTab()),
    watchDisabledSites(() => void tellEveryTab()),
  ];
  return () => stops.forEach((stop) => stop());
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
