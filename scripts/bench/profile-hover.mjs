#!/usr/bin/env node
/**
 * One traced hover on the generated five-million-character page with our built extension, to see where
 * the card's time goes: waits for the scan to finish, rests the pointer on a mention, and prints the
 * renderer main thread's tasks from the move until the card is painted, each with its heaviest events.
 *
 * Usage: CC_OUT_DIR=.output-card node scripts/bench/profile-hover.mjs [--chars N] [--page corpus.html] [--trace out.json] [--warm] [--name NAME] [--functions]
 *   --page: a corpus page with the six names put in (../shared/corpus/named-pages.mjs) instead of the generated page
 *   --functions: also V8's sampling profiler over the hover, and the self time of our functions in it
 *   (build with CC_NO_MINIFY=1 for readable names)
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startCorpusServer } from './corpus-server.mjs';
import { defaultHoverDelayMs, ourExtension, repoRoot } from './extensions.mjs';
import { generatePage } from './generated-page.mjs';
import { openMeter } from './meter.mjs';
import { ensureNamedPages } from './named-pages.mjs';

const { values: options } = parseArgs({ options: { chars: { type: 'string', default: '5000000' }, trace: { type: 'string' }, warm: { type: 'boolean', default: false }, name: { type: 'string', default: 'Sam Altman' }, functions: { type: 'boolean', default: false }, page: { type: 'string' } } });
const log = (/** @type {string} */ line) => process.stderr.write(`profile-hover: ${line}\n`);
const CATEGORIES = ['-*', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'cc', 'disabled-by-default-devtools.timeline.frame', 'disabled-by-default-devtools.timeline.invalidationTracking', 'disabled-by-default-devtools.timeline.stack'].join(',');

const big = options.page ? undefined : generatePage(Number(options.chars));
const pagesDir = path.resolve(repoRoot, '../shared/corpus/pages');
const namedPagesDir = options.page ? ensureNamedPages({ pagesDir, outDir: path.join(repoRoot, '.bench-pages/named'), log }) : undefined;
const server = await startCorpusServer({ pagesDir: options.page ? pagesDir : undefined, namedPagesDir, generated: big ? { '/gen/big.html': big.html } : {} });
const meter = await openMeter({ kind: 'ours', extensionDir: ourExtension({ log }), origin: server.origin, log });
try {
  const cost = await meter.measure(options.page ? server.namedPageUrl(options.page) : server.generatedUrl('/gen/big.html'), { timeoutMs: 240_000 });
  log(`load: settled in ${cost.settleMs} ms, done ${cost.done}, mentions ${cost.mentions}, longest ext own time in a task ${cost.longestExtTaskMs} ms (whole task ${cost.longestExtTaskWholeMs} ms)`);
  const { page } = meter;
  const cdp = await page.context().newCDPSession(page);
  const find = (/** @type {string} */ name) => page.evaluate((name) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = /** @type {Text} */ (node);
      const index = text.data.indexOf(name);
      if (index < 0) continue;
      text.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(text, index);
      range.setEnd(text, index + name.length);
      const rect = range.getClientRects()[0];
      if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return undefined;
  }, name);
  if (options.warm) {
    // A card opened once before (another mention), closed again: what a second hover costs.
    const first = await find('OpenAI');
    if (first) {
      await page.mouse.move(first.x, first.y);
      await page.waitForFunction(() => document.querySelector('context-cards-card')?.shadowRoot?.querySelector('[role="dialog"]')?.checkVisibility({ visibilityProperty: true, opacityProperty: true }), undefined, { timeout: 5000 });
      await page.mouse.move(1, 1);
      await page.waitForTimeout(600);
      await page.mouse.click(1, 1);
      await page.waitForTimeout(300);
    }
  }
  const target = await find(options.name);
  if (!target) throw new Error('no mention');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await page.evaluate(() => {
    const state = /** @type {any} */ ({});
    /** @type {any} */ (window).__ccProbe = state;
    addEventListener('mousemove', (event) => (state.moveT ??= event.timeStamp), { capture: true, once: true });
    // Looked for at each change of the card UI's shadow tree, not once per frame: a loop of
    // animation-frame callbacks would keep the page producing frames (see armCardObserver in meter.mjs).
    // The card's host is added on the reader's intent, during the dwell: looked for as it comes.
    let host = document.querySelector('context-cards-card');
    const visible = () => {
      const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
      return Boolean(dialog && dialog.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && dialog.getBoundingClientRect().height > 0);
    };
    const observer = new MutationObserver(() => {
      if (state.moveT === undefined || !visible()) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (state.paintT = performance.now());
        channel.port2.postMessage(null);
      });
    });
    const watch = () => host?.shadowRoot && observer.observe(host.shadowRoot, { childList: true, subtree: true, attributes: true, characterData: true });
    if (host) watch();
    else {
      const added = new MutationObserver(() => {
        host = document.querySelector('context-cards-card');
        if (!host?.shadowRoot) return;
        added.disconnect();
        watch();
      });
      added.observe(document.documentElement, { childList: true });
    }
  });
  if (options.functions) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
  }
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReturnAsStream' });
  await page.mouse.move(target.x, target.y);
  await page.waitForFunction(() => /** @type {any} */ (window).__ccProbe.paintT, undefined, { timeout: 10_000, polling: 100 });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = /** @type {any} */ (await complete);
  const chunks = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 4 << 20 });
    chunks.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  const parsed = JSON.parse(chunks.join(''));
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  if (options.trace) fs.writeFileSync(options.trace, JSON.stringify({ traceEvents: events }));
  if (options.functions) printFunctions((await cdp.send('Profiler.stop')).profile);
  const probe = await page.evaluate(() => /** @type {any} */ (window).__ccProbe);
  console.log(`card painted ${(probe.paintT - probe.moveT - defaultHoverDelayMs()).toFixed(1)} ms after the delay`);
  // The renderer main thread: the one with the most RunTask time among CrRendererMain threads.
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
  const byThread = new Map();
  for (const event of events) {
    const key = `${event.pid}:${event.tid}`;
    if (!mains.includes(key) || event.ph !== 'X') continue;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(event);
  }
  for (const [key, list] of byThread) {
    const tasks = list.filter((e) => (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.dur > 2000).sort((a, b) => a.ts - b.ts);
    if (!tasks.length) continue;
    console.log(`thread ${key} (task start: ms after the pointer's move was dispatched)`);
    const move = list.find((e) => e.name === 'EventDispatch' && ['pointermove', 'mousemove'].includes(e.args?.data?.type));
    for (const task of tasks) {
      const inside = list.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur > 300);
      const summary = inside
        .sort((a, b) => b.dur - a.dur)
        .slice(0, 22)
        .map((e) => `${e.name}${e.args?.data?.functionName ? `(${e.args.data.functionName})` : ''}${e.args?.data?.url ? `[${String(e.args.data.url).slice(-30)}]` : ''} ${(e.dur / 1000).toFixed(1)}`);
      const at = move ? `+${((task.ts - move.ts) / 1000).toFixed(1)} ` : '';
      console.log(`  ${at}task ${(task.dur / 1000).toFixed(1)} ms: ${summary.join(' | ')}`);
    }
  }
} finally {
  await meter.close();
  await server.close();
}

/** Self time of each function in samples with one of our scripts on the stack. */
function printFunctions(/** @type {any} */ profile) {
  const byId = new Map(profile.nodes.map((/** @type {any} */ node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const ours = (/** @type {number} */ id) => {
    for (let at = id; at !== undefined; at = parent.get(at)) if (byId.get(at)?.callFrame.url.startsWith('chrome-extension://')) return true;
    return false;
  };
  const self = new Map();
  (profile.samples ?? []).forEach((/** @type {number} */ id, /** @type {number} */ index) => {
    if (!ours(id)) return;
    const frame = byId.get(id).callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^chrome-extension:\/\/[a-z]+\/content-scripts\//, '')}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + Math.min(profile.timeDeltas?.[index + 1] ?? 50, 2000));
  });
  console.log('our functions over the hover, self time:');
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(us / 1000).toFixed(2).padStart(8)} ms  ${key}`);
}
