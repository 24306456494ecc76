#!/usr/bin/env node
/**
 * What our scripts do in the first tasks of a fresh renderer: one load of a page in a new browser with
 * V8's sampling profiler at 25 µs, then, for each run of consecutive samples with an extension frame on
 * the stack (one task, roughly), its length and the self time of its functions. A tool for cold start-up,
 * not a benchmark. Build with CC_NO_MINIFY=1 CC_OUT_DIR=.output-nm for readable names.
 *
 * Usage: node scripts/bench/cold-start.mjs [--dir unpacked-extension] [--named] [--min ms] page.html
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './browser.mjs';
import { startCorpusServer } from './corpus-server.mjs';
import { ourExtension, repoRoot } from './extensions.mjs';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { dir: { type: 'string' }, named: { type: 'boolean', default: false }, min: { type: 'string', default: '2' }, top: { type: 'string', default: '12' } },
});
const log = (/** @type {string} */ line) => process.stderr.write(`cold-start: ${line}\n`);
const extensionDir = options.dir ? path.resolve(options.dir) : ourExtension({ log });
const server = await startCorpusServer({ pagesDir: path.resolve(repoRoot, '../shared/corpus/pages') });
const browser = await launchBrowser({ extensionDir });
try {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 25 });
  await page.goto('about:blank');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await cdp.send('Profiler.start');
  const name = positionals[0] ?? '001.html';
  await page.goto(options.named ? server.namedUrl(name) : server.pageUrl(name), { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 2500));
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const extScript = (id) => {
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const url = byId.get(at)?.callFrame.url ?? '';
      if (url.startsWith('chrome-extension://')) return url.replace(/^chrome-extension:\/\/[a-z]+\/content-scripts\//, '');
    }
    return undefined;
  };
  const deltas = profile.timeDeltas ?? [];
  /** @type {{ startUs: number, us: number, self: Map<string, number>, scripts: Set<string> }[]} */
  const runs = [];
  let at = profile.startTime;
  let current;
  (profile.samples ?? []).forEach((id, index) => {
    at += deltas[index] ?? 0;
    const dur = Math.min(deltas[index + 1] ?? 25, 2000);
    const script = extScript(id);
    const frame = byId.get(id).callFrame;
    // A run ends at an idle sample; page work between our samples in one task is rare on these pages.
    if (!script) {
      if (frame.functionName === '(idle)' || frame.functionName === '(program)') current = undefined;
      return;
    }
    if (!current) runs.push((current = { startUs: at, us: 0, self: new Map(), scripts: new Set() }));
    current.us += dur;
    current.scripts.add(script);
    const key = `${frame.functionName || '(anonymous)'} ${frame.url ? frame.url.replace(/^chrome-extension:\/\/[a-z]+\/content-scripts\//, '') + ':' + (frame.lineNumber + 1) : ''}`;
    current.self.set(key, (current.self.get(key) ?? 0) + dur);
  });
  // Where a script's top level spends its samples, by line (V8's position ticks): start-up cost by statement.
  for (const node of profile.nodes) {
    if (node.callFrame.functionName !== '' || node.callFrame.lineNumber !== 0 || !node.callFrame.url.startsWith('chrome-extension://')) continue;
    const ticks = [...(node.positionTicks ?? [])].sort((a, b) => b.ticks - a.ticks).slice(0, 8);
    if (ticks.length > 0) console.log(`top level of ${node.callFrame.url.replace(/^.*\//, '')} by line: ${ticks.map(({ line, ticks }) => `${line}: ${ticks}`).join(', ')}`);
  }
  for (const run of runs) {
    if (run.us < Number(options.min) * 1000) continue;
    console.log(`\nat ${((run.startUs - profile.startTime) / 1000).toFixed(1)} ms: ${(run.us / 1000).toFixed(1)} ms in ${[...run.scripts].join(', ')}`);
    for (const [key, us] of [...run.self].sort((a, b) => b[1] - a[1]).slice(0, Number(options.top))) console.log(`${(us / 1000).toFixed(2).padStart(8)} ms  ${key}`);
  }
} finally {
  await browser.close();
  await server.close();
}
