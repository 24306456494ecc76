#!/usr/bin/env node
/**
 * Where our extension's script time goes on corpus pages: one load per page with V8's sampling profiler,
 * then the self time of each function (and of the engine's own entries: GC, program) within stacks that
 * hold a chrome-extension:// frame, summed over the pages. A tool for finding the next thing to make
 * cheaper, not a benchmark.
 *
 * Usage: node scripts/bench/profile-functions.mjs [--kind ours|floor|mark | --dir unpacked-extension] [--top N] [--wait ms] [--named] [--lines fn] [page.html...]
 *   (--lines fn: also the samples of the function named fn by source line, from V8's position ticks)
 *   (--callers fn: also the samples of the function named fn by the function, and line, of the extension script that called it)
 *   (no pages: every corpus page; --named: the pages with four paragraphs naming the six put in, ../shared/corpus/named-pages.mjs; --big N: a generated page of N characters first)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './browser.mjs';
import { startCorpusServer } from './corpus-server.mjs';
import { ourExtension, prepareReferenceExtensions, repoRoot } from './extensions.mjs';
import { generatePage } from './generated-page.mjs';
import { ensureNamedPages } from './named-pages.mjs';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { kind: { type: 'string', default: 'ours' }, top: { type: 'string', default: '30' }, wait: { type: 'string', default: '2500' }, dir: { type: 'string' }, big: { type: 'string' }, named: { type: 'boolean', default: false }, lines: { type: 'string' }, callers: { type: 'string' } },
});
const log = (/** @type {string} */ line) => process.stderr.write(`profile-functions: ${line}\n`);
const kind = /** @type {'ours' | 'floor' | 'mark'} */ (options.kind);
const reference = prepareReferenceExtensions();
const extensionDir = options.dir ? path.resolve(options.dir) : kind === 'ours' ? ourExtension({ log }) : reference[kind];
const BIG_PATH = '/gen/big.html';
const pagesDir = path.resolve(repoRoot, '../shared/corpus/pages');
const namedPagesDir = options.named ? ensureNamedPages({ pagesDir, outDir: path.join(repoRoot, '.bench-pages/named'), log }) : undefined;
const server = await startCorpusServer({ pagesDir, namedPagesDir, generated: options.big ? { [BIG_PATH]: generatePage(Number(options.big)).html } : {} });
const browser = await launchBrowser({ extensionDir });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
const cdp = await browser.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await page.goto('about:blank');
await new Promise((resolve) => setTimeout(resolve, 1500));

/** @type {Map<string, number>} */
const self = new Map();
/** @type {Map<number, number>} ticks of the function named by --lines, by line */
const lineTicks = new Map();
/** @type {Map<string, number>} time of the function named by --callers, by its nearest extension caller */
const callers = new Map();
let totalUs = 0;
const pages = options.big ? ['generated', ...positionals] : positionals.length > 0 ? positionals : server.pages;
try {
  for (const name of pages) {
    await cdp.send('Profiler.start');
    const url = name === 'generated' ? server.generatedUrl(BIG_PATH) : options.named ? server.namedPageUrl(name) : server.pageUrl(name);
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, Number(options.wait)));
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const underExt = (id) => {
      for (let at = id; at !== undefined; at = parent.get(at)) if (byId.get(at)?.callFrame.url.startsWith('chrome-extension://')) return true;
      return false;
    };
    if (options.lines !== undefined) {
      for (const node of profile.nodes) {
        if (node.callFrame.functionName !== options.lines || !node.callFrame.url.startsWith('chrome-extension://')) continue;
        for (const { line, ticks } of node.positionTicks ?? []) lineTicks.set(line, (lineTicks.get(line) ?? 0) + ticks);
      }
    }
    const deltas = profile.timeDeltas ?? [];
    let pageUs = 0;
    (profile.samples ?? []).forEach((id, index) => {
      const dur = Math.min(deltas[index + 1] ?? 50, 2000);
      if (!underExt(id)) return;
      const frame = byId.get(id).callFrame;
      const key = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^chrome-extension:\/\/[a-z]+/, 'ext:')}:${frame.lineNumber}:${frame.columnNumber}`;
      self.set(key, (self.get(key) ?? 0) + dur);
      pageUs += dur;
      if (options.callers !== undefined && frame.functionName === options.callers) {
        let at = parent.get(id);
        while (at !== undefined && !byId.get(at).callFrame.url.startsWith('chrome-extension://')) at = parent.get(at);
        const caller = at === undefined ? undefined : byId.get(at);
        // The caller's line: the sample's position in it is not recorded, only where the function starts.
        const name = caller ? `${caller.callFrame.functionName || '(anonymous)'}:${caller.callFrame.lineNumber + 1}` : '(none)';
        callers.set(name, (callers.get(name) ?? 0) + dur);
      }
    });
    totalUs += pageUs;
    log(`${name}: ${(pageUs / 1000).toFixed(1)} ms`);
  }
} finally {
  await browser.close();
  await server.close();
  reference.remove();
}
console.log(`total ${(totalUs / 1000).toFixed(1)} ms over ${pages.length} pages`);
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(options.top))) {
  console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${key}`);
}
if (options.callers !== undefined) {
  console.log(`time of ${options.callers} by its extension caller (function:line where it starts):`);
  for (const [name, us] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${name}`);
}
if (options.lines !== undefined) {
  console.log(`samples of ${options.lines} by line (1-based):`);
  for (const [line, ticks] of [...lineTicks].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${String(ticks).padStart(8)}  line ${line}`);
}
