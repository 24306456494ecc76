import { median } from './stats.mjs';
import { launchBrowser } from './browser.mjs';
import { analyseTrace } from './trace.mjs';
import { extensionScriptTime } from './profile.mjs';

/** V8 sampling interval (µs). */
export const SAMPLING_US = 100;
const TRACE_CATEGORIES = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
].join(',');
/**
 * The tab's main thread is quiet once it has had no more than QUIET_TASK_MS of task time in each of consecutive
 * QUIET_SLICE_MS slices for a whole window: QUIET_WINDOW_MS between hovers and before a load, and, for a page's
 * cost, the window `measure` is given (PAGE_QUIET_MS by default: the extension's work measured until it has been
 * quiet for 2 s, for the extensions that go on working after `load`).
 */
const QUIET_SLICE_MS = 200;
const QUIET_WINDOW_MS = 200;
export const PAGE_QUIET_MS = 2_000;
/** Main-thread task time allowed within a quiet slice (the renderer's own housekeeping). */
const QUIET_TASK_MS = 3;
/** Main world: the number of ranges in the document's CSS Custom Highlight registry (Mark My Search's HIGHLIGHT engine). */
const HIGHLIGHT_RANGES = '(() => { let n = 0; for (const h of CSS.highlights?.values() ?? []) n += h.size; return n; })()';

/**
 * @typedef {'none' | 'floor' | 'mark' | 'mms' | 'ours'} Kind
 * @typedef {{ extScriptMs: number, renderMs: number, extRenderMs: number, mixedFrames: number, extTaskMs: number, extTaskCount: number,
 *   extOwnMs: number, longestExtTaskMs: number, longestExtTaskWholeMs: number, longestTaskMs: number, extOverBudget: number,
 *   extOverBudgetWhole: number, overBudgetTasks?: { ownMs: number, cpuMs: number }[], loadMs: number, settleMs: number, done: boolean, doneBy?: 'report' | 'page-summary' | 'scan-done',
 *   summaryRequests?: number, mentions?: number, error?: string, longestRunMs: number, longestSampleRunMs: number, quietMs: number,
 *   highlights?: number, found?: Record<string, number>, verified?: boolean, flag?: string }} PageCost
 *   longestRunMs: the longest unbroken run of extension work (trace.mjs; samples + its script and compile events), longestSampleRunMs: from the samples alone;
 *   quietMs: the quiet window the load was measured to; highlights: what the peer marked (mark.js: elements; Mark My Search: highlight ranges);
 *   found (ours): mentions per entity, from its page-summary after the measurement; verified: on a page with names put in, the extension
 *   was seen to have marked them (every entity put in, for ours); flag: why not
 * @typedef {{ cardPaintMs?: number, hostMs?: number, boxFloorMs?: number, boxNoExtensionMs?: number, longestExtTaskMs?: number, longestExtTaskWholeMs?: number, longestTaskMs?: number, target?: string, error?: string }} HoverCost
 *   longestTaskMs: the longest main-thread task of any kind (the page's, the browser's) from the move to 3 s after the card
 */

/**
 * One browser with one extension (or none), and one tab that goes from page to page; everything
 * is observed from outside through the tab's CDP session.
 * @param {{ kind: Kind, extensionDir?: string, origin: string, log: (line: string) => void, keepTrace?: boolean, configure?: (sw: import('playwright-core').Worker) => Promise<unknown> }} options
 *   keepTrace: keep the last load's trace and per-task detail for `lastTrace()` (scripts/bench/trace-page.mjs);
 *   configure: called with the extension's service worker before any page (Mark My Search's settings, ../shared/peers/mms-config.mjs)
 */
export async function openMeter({ kind, extensionDir, origin, log, keepTrace = false, configure }) {
  const browser = await launchBrowser({ extensionDir });
  const { context } = browser;
  if (configure) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const configured = await configure(worker);
    log(`${kind}: configured ${JSON.stringify(configured).slice(0, 160)}`);
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Runtime.enable');
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });

  /**
   * Our content script's isolated worlds (context id -> frame id). A page where it finds no name never
   * messages the background, so its first pass is known to be over by reading a plain field of its
   * instance in its world (`scanDone`): an evaluation that runs none of its code.
   */
  const isolatedWorlds = new Map();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && String(context.origin).startsWith('chrome-extension://')) isolatedWorlds.set(context.id, context.auxData.frameId);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => isolatedWorlds.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => isolatedWorlds.clear());

  /** True when the top frame's content script says its first pass found no name and is over. */
  async function scanDoneInPage() {
    const { frameTree } = await cdp.send('Page.getFrameTree').catch(() => ({ frameTree: undefined }));
    const top = frameTree?.frame.id;
    for (const [contextId, frameId] of isolatedWorlds) {
      if (frameId !== top) continue;
      const answer = await cdp
        .send('Runtime.evaluate', { expression: 'globalThis.__contextCardsContent?.scanDone === true', contextId, returnByValue: true })
        .catch(() => undefined);
      if (answer?.result?.value === true) return true;
    }
    return false;
  }

  /** Done lines logged by the floor and mark.js content scripts. */
  let doneLines = 0;
  /** @type {unknown} the second value of the last done line (mark.js: the number of elements it marked) */
  let lastDoneValue;
  cdp.on('Runtime.consoleAPICalled', (event) => {
    if (event.args[0]?.value === 'cc-bench:done') {
      doneLines += 1;
      lastDoneValue = event.args[1]?.value;
    }
  });

  /** @returns {Promise<number>} the highlight ranges in the top document's main world, or -1 */
  async function highlightRanges() {
    const answer = await cdp.send('Runtime.evaluate', { expression: HIGHLIGHT_RANGES, returnByValue: true }).catch(() => undefined);
    return typeof answer?.result?.value === 'number' ? answer.result.value : -1;
  }

  const serviceWorker =
    kind === 'ours'
      ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => undefined)))
      : undefined;
  // Ours registers its content script when its background starts: wait for that before any page.
  await serviceWorker?.evaluate(async () => {
    for (let waited = 0; waited < 15_000; waited += 50) {
      if ((await chrome.scripting.getRegisteredContentScripts()).length > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  /** @type {number | undefined} */
  let tabId;
  let summaryAnswered = false;
  let summaryFailures = 0;
  /** The renderer processes of the last page loaded, for traces taken after its load. */
  let pagePids = /** @type {number[]} */ ([]);
  /** @type {string | undefined} its main thread that parsed the page (the one the profiler samples) */
  let pageThread;
  /** @type {{ events: any[], tasks: any[] } | undefined} */
  let kept;

  /** @returns {Promise<any>} the top frame's page-summary, or undefined when nobody answers */
  async function pageSummary() {
    if (!serviceWorker) return undefined;
    if (tabId === undefined) {
      tabId = await serviceWorker.evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id, page.url());
    }
    if (tabId === undefined) return undefined;
    const answer = await serviceWorker
      .evaluate(async (id) => {
        try {
          return { summary: await chrome.tabs.sendMessage(id, { type: 'page-summary' }, { frameId: 0 }) };
        } catch (error) {
          return { error: String(error) };
        }
      }, tabId)
      .catch((error) => ({ error: String(error) }));
    return answer.summary ?? undefined;
  }

  /** Cumulative main-thread task time of the tab's renderer (ms). */
  async function taskTimeMs() {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
  }

  /** Waits until the tab's main thread has been (almost) idle for `windowMs`: that many quiet slices in a row. */
  async function quiet(deadline, windowMs = QUIET_WINDOW_MS) {
    let quietSlices = 0;
    let sliceStart = Date.now();
    let sliceTask = await taskTimeMs();
    while (Date.now() < deadline) {
      await sleep(50);
      const now = await taskTimeMs();
      if (now - sliceTask > QUIET_TASK_MS) {
        quietSlices = 0;
        sliceStart = Date.now();
        sliceTask = now;
      } else if (Date.now() - sliceStart >= QUIET_SLICE_MS) {
        quietSlices += 1;
        if (quietSlices * QUIET_SLICE_MS >= windowMs) return true;
        sliceStart = Date.now();
        sliceTask = now;
      }
    }
    return false;
  }

  /**
   * Ours says its first pass is over the way it tells the background anyway when it found a name: the
   * top frame's `frame-report` with `scan.done` (otherwise the `scanDone` field above). A listener of the bench's own in the service worker records
   * those reports, so learning it costs the page nothing (no message to the page, no handler run
   * there). Installed again whenever the service worker was restarted.
   */
  async function watchReports() {
    if (!serviceWorker) return false;
    return serviceWorker
      .evaluate(() => {
        const bench = /** @type {any} */ (globalThis);
        if (!bench.__ccBenchReports) {
          bench.__ccBenchReports = [];
          chrome.runtime.onMessage.addListener((/** @type {any} */ message, /** @type {any} */ sender) => {
            if (message?.type !== 'frame-report' || sender.frameId !== 0) return undefined;
            bench.__ccBenchReports.push({ tabId: sender.tab?.id, url: message.url, done: message.scan?.done, textNodes: message.scan?.textNodes, mentions: message.mentions?.length ?? 0 });
            return undefined;
          });
        }
        return true;
      })
      .catch(() => false);
  }

  /** @param {string} url @returns {Promise<{ done: boolean, textNodes: number, mentions: number }[] | undefined>} the top frame's reports about `url` since the last call */
  async function takeReports(url) {
    if (!serviceWorker) return undefined;
    return serviceWorker
      .evaluate((wanted) => {
        const bench = /** @type {any} */ (globalThis);
        if (!bench.__ccBenchReports) return undefined;
        const reports = bench.__ccBenchReports.filter((/** @type {any} */ report) => report.url === wanted);
        bench.__ccBenchReports = [];
        return reports;
      }, url)
      .catch(() => undefined);
  }

  /**
   * Waits for the extension to say its first pass is over; what it said, or false. Mark My Search says nothing: on a
   * page with names put in, its first highlights in the page's registry (polled from the main world) are its sign.
   * @param {string} url @param {number} doneBefore @param {number} deadline @param {boolean} named
   */
  async function extensionDone(url, doneBefore, deadline, named) {
    if (kind === 'floor' || kind === 'mark') {
      while (doneLines === doneBefore && Date.now() < deadline) await sleep(20);
      return doneLines > doneBefore;
    }
    if (kind === 'mms') {
      if (!named) return true;
      while (Date.now() < deadline) {
        if ((await highlightRanges()) > 0) return true;
        await sleep(50);
      }
      return false;
    }
    if (kind === 'ours') {
      // The top frame's reports, read in the service worker; the page is asked (page-summary, every
      // 500 ms, its handling charged to ours) only when the listener was lost with a restarted worker.
      let summaryRequests = 0;
      let doneWithoutText = 0;
      let lastAsked = 0;
      let mentions = 0;
      while (Date.now() < deadline) {
        if (await scanDoneInPage()) return { doneBy: 'scan-done', summaryRequests, mentions: 0 };
        const reports = await takeReports(url);
        if (reports) {
          for (const report of reports) {
            mentions = report.mentions;
            if (report.done) {
              return { doneBy: 'report', summaryRequests, mentions };
            }
          }
        } else {
          await watchReports();
          if (Date.now() - lastAsked >= 500 && (summaryAnswered || summaryFailures < 3)) {
            lastAsked = Date.now();
            summaryRequests += 1;
            const summary = await pageSummary();
            if (summary) summaryAnswered = true;
            else if (!summaryAnswered && summaryRequests >= 3) {
              summaryFailures += 1;
              return false;
            }
            if (summary?.url === url && summary.scan?.done && (summary.scan.textNodes > 0 || ++doneWithoutText >= 5)) {
              return { doneBy: 'page-summary', summaryRequests, mentions: summary.mentions?.length ?? 0 };
            }
          }
        }
        await sleep(50);
      }
      return false;
    }
    return true;
  }

  async function traceStart() {
    await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReturnAsStream' });
  }

  async function traceEnd() {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    const { stream } = /** @type {{ stream: string }} */ (await complete);
    const chunks = [];
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle: stream, size: 4 << 20 });
      chunks.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
      if (chunk.eof) break;
    }
    await cdp.send('IO.close', { handle: stream });
    const parsed = JSON.parse(chunks.join(''));
    return Array.isArray(parsed) ? parsed : parsed.traceEvents;
  }

  /**
   * Loads `url` with the profiler and the tracer on, waits until the page and the extension are
   * settled (the extension's done sign, then `quietMs` of quiet), and returns what the extension cost on the tab's
   * main thread. With `expect` (a page with names put in: occurrences per entity), it is checked after the measurement,
   * outside the measured time, that the extension marked them: mark.js's count of elements, Mark My Search's highlight
   * ranges, and for ours a mention of every entity put in (its page-summary, asked from the service worker).
   * @param {string} url @param {{ timeoutMs: number, quietMs?: number, expect?: Record<string, number> }} options
   * @returns {Promise<PageCost>}
   */
  async function measure(url, { timeoutMs, quietMs = PAGE_QUIET_MS, expect }) {
    // The page before is left first, outside the measurement: its teardown (a listener of ours that says
    // the page is going, the collection of its heap) is not this page's cost.
    await page.goto('about:blank').catch(() => undefined);
    await quiet(Date.now() + 2_000);
    const doneBefore = doneLines;
    lastDoneValue = undefined;
    if (kind === 'ours') {
      await watchReports();
      await takeReports('');
    }
    await cdp.send('Profiler.start');
    await traceStart();
    const started = Date.now();
    const deadline = started + timeoutMs;
    /** @type {string | undefined} */
    let error;
    let done = false;
    let mentions;
    /** @type {'report' | 'page-summary' | 'scan-done' | undefined} */
    let doneBy;
    let summaryRequests;
    let loadMs = NaN;
    try {
      await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
      loadMs = Date.now() - started;
      const result = await extensionDone(url, doneBefore, deadline, expect !== undefined);
      done = Boolean(result);
      if (result && typeof result === 'object') ({ mentions, doneBy, summaryRequests } = result);
      await quiet(deadline, quietMs);
    } catch (caught) {
      error = String(caught).split('\n')[0];
    }
    const settleMs = Date.now() - started;
    const { profile } = await cdp.send('Profiler.stop');
    const events = await traceEnd();
    const { extIntervals, ...script } = extensionScriptTime(profile, SAMPLING_US);
    const { pids, thread, tasks, ...trace } = analyseTrace(events, { origin, extSamples: extIntervals, detail: keepTrace });
    if (keepTrace) kept = { events, tasks: tasks ?? [] };
    pagePids = pids;
    pageThread = thread;
    if (!trace.found) error ??= 'page renderer not found in the trace';
    const check = error ? {} : await verify(expect);
    return {
      quietMs,
      ...script,
      ...trace,
      ...(doneBy ? { doneBy, summaryRequests } : {}),
      loadMs,
      settleMs,
      done,
      ...(mentions !== undefined ? { mentions } : {}),
      ...check,
      ...(error ? { error } : {}),
    };
  }

  /**
   * After a load's measurement: what the extension marked, and on a page with names put in whether it marked them.
   * @param {Record<string, number> | undefined} expect
   * @returns {Promise<{ highlights?: number, found?: Record<string, number>, mentions?: number, verified?: boolean, flag?: string }>}
   */
  async function verify(expect) {
    if (kind === 'mark') {
      const highlights = typeof lastDoneValue === 'number' ? lastDoneValue : -1;
      if (!expect) return { highlights };
      return highlights > 0 ? { highlights, verified: true } : { highlights, verified: false, flag: 'mark.js marked nothing' };
    }
    if (kind === 'mms') {
      const highlights = await highlightRanges();
      if (!expect) return { highlights };
      return highlights > 0 ? { highlights, verified: true } : { highlights, verified: false, flag: 'Mark My Search highlighted nothing' };
    }
    if (kind === 'ours' && expect) {
      const summary = await pageSummary();
      if (!summary) return { verified: false, flag: 'no page-summary' };
      /** @type {Record<string, number>} */
      const found = { ...summary.counts };
      const missing = Object.keys(expect).filter((id) => !((found[id] ?? 0) > 0));
      const mentions = summary.mentions?.length ?? 0;
      return missing.length === 0
        ? { found, mentions, verified: true }
        : { found, mentions, verified: false, flag: `ours found no mention of ${missing.join(', ')}` };
    }
    return {};
  }

  /**
   * On the page now loaded: rests the pointer on a mention and times the card, from the pointer's
   * move to the end of the main thread's rendering of the first frame in which the card's shadow
   * root has content, less the dwell delay. Observed in the page: a capturing `mousemove` listener
   * (event.timeStamp), a MutationObserver for the card's host, and requestAnimationFrame followed
   * by a posted message (which runs once that frame's style, layout and paint are done).
   * @param {{ dwellMs: number }} options
   * @returns {Promise<HoverCost>}
   */
  async function hover({ dwellMs }) {
    const summary = await pageSummary();
    const wanted = summary?.mentions?.find((/** @type {any} */ mention) => mention.frameId === 0)?.text;
    await pointerAway();
    const target = await page.evaluate(findMention, wanted ?? null);
    if (!target || 'covered' in target) {
      const what = wanted ? `mention "${wanted}"` : 'a name';
      return { error: target ? `${what} only under another element of the page (${target.covered}), out of the pointer's reach` : `${what} not found on the page` };
    }
    // The scroll may have brought a name under the pointer: away again, and any card opened meanwhile closed.
    await pointerAway();
    await page.keyboard.press('Escape');
    await quiet(Date.now() + 5_000);
    const openBefore = await page.evaluate(armCardObserver, dwellMs);
    if (openBefore) return { target: target.text, error: 'a card was open before the hover' };
    await cdp.send('Profiler.start');
    await traceStart();
    await page.mouse.move(target.x, target.y);
    const timings = await page
      .waitForFunction(() => /** @type {any} */ (window).__ccHover?.cardPaintT, undefined, { timeout: dwellMs + 5_000, polling: 50 })
      .then((handle) => handle.jsonValue())
      .catch(() => undefined);
    const observed = await page.evaluate(() => /** @type {any} */ (window).__ccHover);
    await quiet(Date.now() + 3_000);
    const { profile } = await cdp.send('Profiler.stop');
    const trace = analyseTrace(await traceEnd(), { origin, pids: pagePids, thread: pageThread, extSamples: extensionScriptTime(profile, SAMPLING_US).extIntervals });
    await pointerAway();
    await page.keyboard.press('Escape');
    await quiet(Date.now() + 3_000);
    // The browser's own part: a plain fixed box with a line of text, shown by a page script on the same
    // page with the marks in place, from the change to the end of that frame (the least any popover costs there).
    const boxFloorMs = await page.evaluate(showBoxTimes).then((times) => median(times)).catch(() => undefined);
    if (!timings || observed?.moveT === undefined) {
      return { target: target.text, longestExtTaskMs: trace.longestExtTaskMs, longestExtTaskWholeMs: trace.longestExtTaskWholeMs, longestTaskMs: trace.longestTaskMs, error: observed?.hostT ? 'card host appeared, no card content painted' : 'no card appeared' };
    }
    return {
      target: target.text,
      cardPaintMs: observed.cardPaintT - observed.moveT - dwellMs,
      boxFloorMs,
      hostMs: observed.hostT - observed.moveT - dwellMs,
      longestExtTaskMs: trace.longestExtTaskMs,
      longestExtTaskWholeMs: trace.longestExtTaskWholeMs,
      longestTaskMs: trace.longestTaskMs,
    };
  }

  /**
   * On the page now loaded (by any meter, the one with no extension too): scrolls a name to the middle
   * of the viewport as `hover` does and times the plain fixed box there (showBoxTimes), the browser's
   * own cost of showing a popover on that page. Beside the same figure with the marks in place, it
   * shows what the marks add to every frame of the page.
   * @param {string | null} wanted
   * @returns {Promise<number | undefined>}
   */
  async function plainBox(wanted) {
    await pointerAway();
    const target = await page.evaluate(findMention, wanted);
    if (!target || 'covered' in target) return undefined;
    await quiet(Date.now() + 3_000);
    return page.evaluate(showBoxTimes).then((times) => median(times)).catch(() => undefined);
  }

  /** Rests the pointer where no name is under it (a page with no body margin has one at 1, 1). */
  async function pointerAway() {
    const point = await page.evaluate(awayPoint);
    await page.mouse.move(point.x, point.y);
  }

  return {
    kind,
    page,
    measure,
    hover,
    plainBox,
    pageSummary,
    lastTrace: () => kept,
    close: () => browser.close(),
  };
}

/** @param {number} ms */
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs in the page: finds a visible occurrence of `wanted` (or of one of the six names), scrolls it
 * to the middle of the viewport and returns the centre of its first line; when every occurrence in view
 * is under another element of the page (a fixed header, a cookie banner, a loading screen), that element.
 * @param {string | null} wanted
 * @returns {{ x: number, y: number, text: string } | { covered: string } | undefined}
 */
function findMention(wanted) {
  /** @type {string | undefined} */
  let covered;
  const names = /\b(?:Elon Musk|Sam Altman|OpenAI|DeepSeek|Qwen|Stargate|Musk|Altman)\b/;
  const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'CODE']);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = /** @type {Text} */ (node);
    if (!text.parentElement || skip.has(text.parentElement.tagName)) continue;
    const index = wanted ? text.data.indexOf(wanted) : text.data.search(names);
    if (index < 0) continue;
    const length = wanted ? wanted.length : (names.exec(text.data)?.[0].length ?? 0);
    const range = document.createRange();
    range.setStart(text, index);
    range.setEnd(text, index + length);
    if (range.getClientRects().length === 0) continue;
    text.parentElement.scrollIntoView({ block: 'center', inline: 'nearest' });
    const rect = range.getClientRects()[0];
    if (!rect || rect.width === 0 || rect.top < 0 || rect.bottom > innerHeight) continue;
    // A name under the page's own fixed header (the top of a page cannot scroll to the middle) is not
    // there for the pointer: try the next one.
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    if (!hit || !text.parentElement.contains(hit)) {
      covered ??= hit ? `<${hit.localName}${hit.id ? `#${hit.id}` : ''}${typeof hit.className === 'string' && hit.className ? `.${hit.className.trim().split(/\s+/)[0]}` : ''}>` : 'nothing';
      continue;
    }
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: text.data.slice(index, index + length) };
  }
  return covered ? { covered } : undefined;
}

/**
 * Runs in the page: a point near an edge of the viewport with no text of one of the six names (nor the
 * card) under it, for the pointer to rest on between hovers.
 * @returns {{ x: number, y: number }}
 */
function awayPoint() {
  const names = /musk|altman|openai|open ai|deepseek|qwen|stargate|马斯克|奥特曼/i;
  const w = innerWidth;
  const h = innerHeight;
  const candidates = [[1, 1], [w - 2, 1], [1, h - 2], [w - 2, h - 2], [Math.round(w / 2), h - 2], [w - 2, Math.round(h / 2)]];
  for (const [x, y] of candidates) {
    const hit = document.elementFromPoint(x, y);
    if (hit && hit.localName.includes('-') && hit.shadowRoot) continue;
    const caret = document.caretPositionFromPoint?.(x, y);
    const node = caret?.offsetNode;
    if (node && node.nodeType === Node.TEXT_NODE && names.test(/** @type {Text} */ (node).data)) continue;
    return { x, y };
  }
  return { x: 1, y: 1 };
}

/** Runs in the page: shows and hides a plain fixed box five times; the times from showing it to the end of its frame (ms). */
async function showBoxTimes() {
  const box = document.createElement('div');
  box.style.cssText = 'position:fixed;top:0;left:0;visibility:hidden;width:max-content;max-width:24rem;padding:12px;font:14px system-ui;background:#fff;color:#000;border:1px solid #ccc;z-index:2147483647';
  box.textContent = 'OpenAI is an AI company; its chief executive is Sam Altman.';
  document.documentElement.append(box);
  const frameDone = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  }));
  await frameDone();
  const times = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    box.style.transform = `translate(${100 + i * 20}px, ${120 + i * 10}px)`;
    box.style.visibility = 'visible';
    times.push(/** @type {number} */ (await frameDone()) - start);
    box.style.visibility = 'hidden';
    await frameDone();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  box.remove();
  return times;
}

/**
 * Runs in the page: records the pointer's move, the card UI's first change (host added, or a hidden
 * host's shadow tree) and the end of the first frame painted with the card.
 *
 * The card is looked for at each change of the card UI's DOM (and, for a card shown without one, once
 * per frame from shortly after the dwell), not once per frame from its first change: a loop of
 * animation-frame callbacks keeps the page producing frames at the display's rate, so a change made
 * during it waits for the next tick (0 to 16.7 ms) where a page at rest gets its frame at once. The
 * plain box (showBoxTimes) is timed the same way. Returns true when a card is shown already (the hover
 * would time nothing).
 * @param {number} dwellMs
 * @returns {boolean}
 */
function armCardObserver(dwellMs) {
  /** @type {any} */
  const state = {};
  /** @type {any} */ (window).__ccHover = state;
  /** @type {Element | undefined} */
  let host;
  let found = false;
  const painted = (/** @type {Element} */ element) => {
    const dialog = element.shadowRoot?.querySelector('[role="dialog"]');
    // Shown: a closed card's frame stays laid out, only invisible (the card UI renders cards there ahead of a hover). The
    // style check comes first: while the card is invisible, no layout is forced in the task that changed it.
    return dialog !== null && dialog !== undefined && dialog.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && dialog.getBoundingClientRect().height > 0;
  };
  /** The card is visible now: the end of the frame that paints it. */
  const frameDone = () => {
    found = true;
    for (const inner of inners) inner.disconnect();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (state.cardPaintT = performance.now());
      channel.port2.postMessage(null);
    });
  };
  const check = () => {
    if (!found && host && painted(host)) frameDone();
  };
  const changed = (/** @type {Element} */ element) => {
    if (state.moveT === undefined) return;
    if (!host) {
      host = element;
      state.hostT = performance.now();
    }
    check();
  };
  addEventListener(
    'mousemove',
    (event) => {
      state.moveT ??= event.timeStamp;
      // A card may also be revealed without a DOM change (a style sheet, an animation): from 100 ms after
      // the dwell (not at its end, where the frame it requests could run just ahead of the card's change),
      // it is looked for once per frame as well.
      setTimeout(() => {
        let frames = 0;
        const poll = () => requestAnimationFrame(() => {
          if (found) return;
          if (!host) {
            host = [...document.documentElement.children, ...(document.body?.children ?? [])].find((element) => element.shadowRoot && painted(element));
            if (host) state.hostT ??= performance.now();
          }
          check();
          if (!found && ++frames < 600) poll();
        });
        poll();
      }, Math.max(0, state.moveT + dwellMs + 100 - performance.now()));
    },
    { capture: true, once: true },
  );
  /** @type {MutationObserver[]} */
  const inners = [];
  for (const element of [...document.documentElement.children, ...(document.body?.children ?? [])]) {
    const shadow = element.shadowRoot;
    if (!shadow) continue;
    const inner = new MutationObserver(() => changed(element));
    inner.observe(shadow, { childList: true, subtree: true, attributes: true, characterData: true });
    inners.push(inner);
    if (painted(element)) state.openBefore = true;
  }
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && node.shadowRoot) {
          const inner = new MutationObserver(() => changed(node));
          inner.observe(node.shadowRoot, { childList: true, subtree: true, attributes: true, characterData: true });
          inners.push(inner);
          changed(node);
        }
      }
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return state.openBefore === true;
}
