import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ENTITY_IDS, type EntityId } from '../../data/types';
import type { PageSummary } from '../../lib/messages';
import {
  DEFAULT_SETTINGS,
  isSiteDisabled,
  loadDisabledSites,
  loadSettings,
  setSiteEnabled,
  updateSettings,
  watchDisabledSites,
  watchSettings,
  type Settings,
} from '../../lib/settings';
import { isClosedPageError, isNoReceiverError, isRestrictedUrl, looksLikePdf, parsePageSummary } from './page-access';

export interface TargetTab {
  readonly id: number;
  readonly url: string | undefined;
}

export type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'no-tab' }
  | { readonly kind: 'restricted' }
  | { readonly kind: 'not-started'; readonly starting: boolean; readonly error?: string }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'summary'; readonly summary: PageSummary };

/** How often the popup asks again while the page is still being read or has not yet applied a switch. */
const POLL_MS = 400;
/** A page that never finishes its first scan is shown as it stands after this many polls. */
const MAX_POLLS = 150;

/**
 * The tab the popup describes: the active tab, or `?tab=<id>` — a test hook, so that an end-to-end
 * test can open popup.html in a tab of its own and point it at the page under test. Harmless: it
 * only chooses which of the reader's tabs the popup talks to.
 */
async function findTargetTab(): Promise<TargetTab | null> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) {
    const tab = await browser.tabs.get(requested).catch(() => null);
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

function isTestHookActive(): boolean {
  return new URLSearchParams(location.search).has('tab');
}

export function usePageState() {
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [sites, setSites] = useState<string[] | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const polls = useRef(0);

  useEffect(() => {
    void findTargetTab().then(setTab);
    void loadSettings().then(({ settings: loaded }) => setSettings(loaded));
    void loadDisabledSites().then(setSites);
    const stopSettings = watchSettings(setSettings);
    const stopSites = watchDisabledSites(setSites);
    return () => {
      stopSettings();
      stopSites();
      clearTimeout(timer.current);
    };
  }, []);

  const siteOff = tab?.url !== undefined && sites !== undefined && isSiteDisabled(tab.url, sites);
  const expectEnabled = !settings.paused && !siteOff;

  const ask = useCallback(async () => {
    clearTimeout(timer.current);
    if (!tab) return;
    let reply: unknown;
    try {
      reply = await browser.tabs.sendMessage(tab.id, { type: 'page-summary' }, { frameId: 0 });
    } catch (error) {
      // The content script is not registered for a site that is off, nor at all while paused: nothing
      // answers there, and that is the off state, not a tab that needs starting.
      if (isNoReceiverError(error) && !expectEnabled && !looksLikePdf(tab.url)) setState({ kind: 'summary', summary: notReadSummary(tab.url ?? '') });
      else if (isNoReceiverError(error)) setState(looksLikePdf(tab.url) ? { kind: 'restricted' } : { kind: 'not-started', starting: false });
      else setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    const summary = parsePageSummary(reply);
    if (!summary) {
      setState({ kind: 'error', message: 'invalid page-summary reply' });
      return;
    }
    setState({ kind: 'summary', summary });
    const settled = summary.scan.done && summary.enabled === expectEnabled;
    if (!settled && polls.current++ < MAX_POLLS) timer.current = setTimeout(() => void ask(), POLL_MS);
  }, [tab, expectEnabled]);

  useEffect(() => {
    if (tab === undefined || sites === undefined) return;
    if (tab === null) return setState({ kind: 'no-tab' });
    if (isRestrictedUrl(tab.url)) return setState({ kind: 'restricted' });
    polls.current = 0;
    void ask();
  }, [tab, sites, ask]);

  /** Starts the content script in a tab that was open before the extension was installed or updated. */
  const start = useCallback(async () => {
    if (!tab) return;
    setState({ kind: 'not-started', starting: true });
    try {
      await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: ['/content-scripts/content.js'] });
    } catch (error) {
      if (isClosedPageError(error)) setState({ kind: 'restricted' });
      else setState({ kind: 'not-started', starting: false, error: error instanceof Error ? error.message : String(error) });
      return;
    }
    polls.current = 0;
    setState({ kind: 'loading' });
    void ask();
  }, [tab, ask]);

  const showMention = useCallback(
    async (id: string) => {
      if (!tab) return;
      await browser.tabs.sendMessage(tab.id, { type: 'show-mention', id }, { frameId: 0 });
      // In the real popup, get out of the way of the card; a test page opened with ?tab= stays.
      if (!isTestHookActive()) window.close();
    },
    [tab],
  );

  const setSiteOn = useCallback(
    async (on: boolean) => {
      if (tab?.url) await setSiteEnabled(tab.url, on);
    },
    [tab],
  );

  const setPaused = useCallback(async (paused: boolean) => {
    await updateSettings({ paused });
  }, []);

  const host = tab?.url && !isRestrictedUrl(tab.url) ? new URL(tab.url).hostname : undefined;

  return { tab, host, state, settings, siteOff, start, showMention, setSiteOn, setPaused };
}

/** What a page that is not read (site off, or paused) has to show: nothing found, nothing pending. */
function notReadSummary(url: string): PageSummary {
  const counts = Object.fromEntries(ENTITY_IDS.map((id) => [id, 0])) as Record<EntityId, number>;
  return { url, enabled: false, counts, mentions: [], scan: { textNodes: 0, chars: 0, ms: 0, done: true } };
}
