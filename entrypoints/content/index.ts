import { browser } from 'wxt/browser';
import { ENTITY_IDS, type EntityId } from '../../data/types';
import {
  contentMessageSchema,
  pageConfigResponse,
  parseMessage,
  type ChildReport,
  type FrameReport,
  type MentionSummary,
  type PageSummary,
} from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { finderScript, type PageSession } from '../../lib/page/card-api';
import { Probe, type ProbeStats } from './probe';
import { yieldToPage } from '../../lib/page/schedule';

/**
 * The eager content script, on every http(s) page and frame the reader has not turned off. The background
 * registers it only for the pages it may read (lib/page-gate.ts; not at all while paused), so it starts
 * at once: it walks the text in slices looking for a hint of one of the six names, and at the first hint
 * asks the background for the settings and the finder script, which reads and marks the page, follows its
 * changes, and shows the cards. Pages without a name never load more than this, and never message the
 * background (the top frame answers the popup's questions).
 *
 * Nothing here hangs on WXT's `ctx`: its invalidation listens for events the page can forge. The build
 * (wxt.config.ts) gives this script an empty `ctx`, so it must stay unused.
 */
export default defineContentScript({
  // Registered by the background (entrypoints/background/page-config.ts), not by the manifest.
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    const global = globalThis as Record<string, unknown>;
    const previous = global[INSTANCE] as { alive(): boolean; stop(): void } | undefined;
    if (previous?.alive()) return;
    previous?.stop();
    global[INSTANCE] = start();
  },
});

const INSTANCE = '__contextCardsContent';
const isTop = window === window.top;

function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

async function send(message: unknown): Promise<unknown> {
  if (!extensionAlive()) throw new Error('extension context gone');
  return browser.runtime.sendMessage(message);
}

function emptyReport(enabled: boolean, scan: FrameReport['scan']): FrameReport {
  return { type: 'frame-report', url: location.href, enabled, mentions: [], scan: { ...scan } };
}

function start() {
  let stopped = false;
  let settings: Settings | undefined;
  let enabled = false;
  /** False until the background said whether to read this page: until then nothing is done. */
  let configured = false;
  let probe: Probe | undefined;
  /** The probe's progress, kept once it has handed the page over to the session. */
  let pass: ProbeStats = { textNodes: 0, chars: 0, ms: 0, done: false };
  /** Blocks with a hint and shadow roots the probe found, not handed to a session yet. */
  let hinted: Node[] = [];
  let shadowRoots: ShadowRoot[] = [];
  let session: PageSession | undefined;
  let starting: Promise<void> | undefined;

  // Before a session runs, the pass is only done when it found no name (a session is starting for the ones it found).
  const ownReport = (): FrameReport =>
    session?.frameReport() ??
    emptyReport(enabled, probe ? { ...probe.stats, done: probe.stats.done && !hinted.length } : { textNodes: 0, chars: 0, ms: 0, done: configured && !enabled });
  const summary = () => pageSummary(ownReport());

  const stopReading = (): void => {
    probe?.stop();
    probe = undefined;
    hinted = [];
    shadowRoots = [];
    session?.stop();
    session = undefined;
  };

  /**
   * Gives the session what the probe found; once the probe's pass is over, the probe ends, its last
   * changes go to the session too (which follows the page's changes from its start), and the first scan
   * can finish.
   */
  const handOver = (): void => {
    if (!session) return;
    for (const root of shadowRoots.splice(0)) session.watch(root);
    for (const block of hinted.splice(0)) session.read(block);
    if (!probe?.stats.done) return;
    for (const root of probe.finish()) session.read(root);
    probe = undefined;
    session.endPass();
  };

  /**
   * The first hint of a name: the settings, then the finder script, and the page is handed over to it.
   * The first message waits for a task of its own: the hint comes in the probe's slice, and a frame's first
   * `sendMessage` is itself a few milliseconds in a fresh renderer.
   */
  const openSession = async (): Promise<void> => {
    if (!settings) {
      await yieldToPage();
      if (stopped) return;
      await configure();
    }
    if (!settings || !enabled || stopped || session) return;
    if (!finderScript()) await send({ type: 'inject-card', part: 'finder' }).catch(() => undefined);
    const script = finderScript();
    if (!script || !settings || !enabled || stopped || session) return;
    watchLifecycle();
    session = script.startSession(settings, entitiesOn(settings), summary, () => pass);
    session.restyle(settings);
    handOver();
  };
  // One start at a time; once it has settled, a later hint (after a settings change) starts anew.
  const startSession = async (): Promise<void> => {
    if (starting) return starting;
    starting = openSession();
    try {
      await starting;
    } finally {
      starting = undefined;
    }
  };

  const configure = async (): Promise<void> => {
    const answer = parseMessage(pageConfigResponse(), await send({ type: 'page-config' }).catch(() => undefined));
    if (!answer || stopped) return;
    settings = answer.settings as unknown as Settings;
    enabled = answer.enabled;
    configured = true;
    if (session && (!enabled || session.entities !== entitiesOn(settings))) stopReading();
    if (!enabled) {
      stopReading();
      reportDisabled();
      return;
    }
    if (session) session.restyle(settings);
    else if (!probe) startProbe();
  };

  /**
   * Once this frame has told the background anything (a report, a session), it says when the page goes
   * away and reports again when it comes back from the back/forward cache. A frame that never told it
   * anything has nothing to take back, and pays for no listener.
   */
  const onPageHide = (): void => void send({ type: 'frame-gone' }).catch(() => undefined);
  const onPageShow = (event: PageTransitionEvent): void => void (event.persisted && send(ownReport()).catch(() => undefined));
  let watchingLifecycle = false;
  const watchLifecycle = (): void => {
    if (watchingLifecycle || stopped) return;
    watchingLifecycle = true;
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
  };
  const reportDisabled = (): void => {
    instance.scanDone = true;
    watchLifecycle();
    void send(ownReport()).catch(() => undefined);
  };

  const startProbe = (): void => {
    probe = new Probe({
      onHint: (block) => {
        hinted.push(block);
        if (session) handOver();
        else void startSession();
      },
      onShadowRoot: (root) => {
        shadowRoots.push(root);
        if (session) handOver();
      },
      onDone: () => {
        // Nothing found: nobody needs to hear of it (a frame without a name adds nothing to the tab's counts).
        if (!session && !hinted.length) instance.scanDone = true;
        handOver();
      },
    });
    pass = probe.stats;
    probe.start();
  };

  /**
   * At start-up: this script is only registered (or injected) where the page may be read, so it reads at
   * once; the settings come with the first hint, and a change of them arrives as `config-changed`.
   */
  const begin = (): void => {
    configured = true;
    enabled = true;
    startProbe();
  };

  const onMessage = (message: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = parseMessage(contentMessageSchema(), message);
    if (!parsed) return undefined;
    switch (parsed.type) {
      case 'config-changed':
        void configure();
        return undefined;
      case 'page-summary':
        return isTop ? summary() : undefined;
      case 'next-mention':
        if (!isTop) return undefined;
        break;
      case 'show-mention':
      case 'open-mention':
        if (!session && enabled) return startSession().then(() => session?.handle(parsed) ?? false);
        break;
      case 'close-card':
        break;
    }
    return session?.handle(parsed) ?? Promise.resolve(false);
  };
  // Answered through `sendResponse` (kept open by returning true): a listener's returned promise is not
  // an answer in every browser without webextension-polyfill, which this script does without.
  const listener = (message: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void): boolean => {
    const answer = onMessage(message, sender);
    if (!answer) return false;
    answer.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);

  /**
   * `scanDone`: the first pass is over without a name found (or the page is not to be read). A plain
   * field, so that a benchmark can read it from outside without running any of this script.
   */
  const instance = {
    scanDone: false,
    alive: () => extensionAlive() && !stopped,
    stop: () => {
      stopped = true;
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
      browser.runtime.onMessage.removeListener(listener);
      stopReading();
    },
  };
  begin();
  return instance;
}

function entitiesOn(settings: Settings): string {
  return ENTITY_IDS.filter((id) => settings.entities[id]).join();
}

/** The whole tab's mentions: this (top) frame's, then the child frames' as the background has them. */
async function pageSummary(own: FrameReport): Promise<PageSummary> {
  const children = ((await send({ type: 'child-reports' }).catch(() => [])) ?? []) as ChildReport[];
  const counts = Object.fromEntries(ENTITY_IDS.map((id) => [id, 0])) as Record<EntityId, number>;
  const mentions: MentionSummary[] = [];
  const frames = [{ frameId: 0, report: own }, ...children.filter((child) => child.frameId !== 0 && child.report.enabled)];
  for (const { frameId, report } of frames) {
    for (const mention of report.mentions) {
      counts[mention.entity] += 1;
      mentions.push({ ...mention, id: `${frameId}:${mention.id}`, frameId });
    }
  }
  const sum = (key: 'textNodes' | 'chars' | 'ms') => frames.reduce((total, frame) => total + frame.report.scan[key], 0);
  return {
    url: location.href,
    enabled: own.enabled,
    counts,
    mentions,
    scan: { textNodes: sum('textNodes'), chars: sum('chars'), ms: sum('ms'), done: frames.every((frame) => frame.report.scan.done) },
  };
}
