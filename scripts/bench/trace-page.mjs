#!/usr/bin/env node
/**
 * One traced load of corpus pages with one extension, to check what the page-cost bench says about its
 * tasks: for each page, the tasks with the most extension time, each with its whole length, the bench's
 * own-time figure, and, read straight from the trace, the outermost events of the task (extension script
 * events with their URL, the page's parsing, layout...), so the own time can be checked by hand.
 *
 * Usage: CC_OUT_DIR=.output-b2 node scripts/bench/trace-page.mjs [--kind ours|floor|mark] [--top N] [--save dir] [--big chars] [--named] page.html...
 *   --big: a generated page of that many characters first (scripts/bench/generated-page.mjs)
 *   --named: the pages with the six names at the top of their body
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startCorpusServer } from './corpus-server.mjs';
import { ourExtension, prepareReferenceExtensions, repoRoot } from './extensions.mjs';
import { openMeter } from './meter.mjs';
import { generatePage } from './generated-page.mjs';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { kind: { type: 'string', default: 'ours' }, top: { type: 'string', default: '3' }, save: { type: 'string' }, big: { type: 'string' }, named: { type: 'boolean', default: false } },
});
const log = (/** @type {string} */ line) => process.stderr.write(`trace-page: ${line}\n`);
const kind = /** @type {'ours' | 'floor' | 'mark'} */ (options.kind);
const reference = prepareReferenceExtensions();
const extensionDir = kind === 'ours' ? ourExtension({ log }) : reference[kind];
const BIG_PATH = '/gen/big.html';
const server = await startCorpusServer({ pagesDir: path.resolve(repoRoot, '../shared/corpus/pages'), generated: options.big ? { [BIG_PATH]: generatePage(Number(options.big)).html } : {} });
const meter = await openMeter({ kind, extensionDir, origin: server.origin, log, keepTrace: true });
try {
  for (const name of options.big ? ['generated', ...positionals] : positionals) {
    const url = name === 'generated' ? server.generatedUrl(BIG_PATH) : options.named ? server.namedUrl(name) : server.pageUrl(name);
    const cost = await meter.measure(url, { timeoutMs: 240_000 });
    console.log(`\n## ${name}: longest own ${cost.longestExtTaskMs.toFixed(1)} ms, longest whole task with ext script ${cost.longestExtTaskWholeMs.toFixed(1)} ms, ext tasks ${cost.extTaskCount}, script (samples) ${cost.extScriptMs.toFixed(1)} ms, done by ${cost.doneBy ?? cost.done}`);
    const { events, tasks } = /** @type {any} */ (meter.lastTrace());
    if (options.save) fs.writeFileSync(path.join(options.save, `${name}.trace.json`), JSON.stringify(events));
    const top = [...tasks].sort((a, b) => b.ownUs - a.ownUs).slice(0, Number(options.top));
    const worstWhole = [...tasks].sort((a, b) => b.task.dur - a.task.dur)[0];
    if (worstWhole && !top.includes(worstWhole)) top.push(worstWhole);
    for (const { task, ownUs, children } of top) {
      console.log(`  task at ${(task.ts / 1000).toFixed(1)} ms: whole ${(task.dur / 1000).toFixed(1)} ms, own ${(ownUs / 1000).toFixed(1)} ms`);
      for (const child of children) {
        const url = child.url ? ` ${child.url.replace(/^chrome-extension:\/\/[a-z]+/, 'ext:')}` : '';
        console.log(`    ${(child.dur / 1000).toFixed(2).padStart(8)} ms  ${child.name}${url}`);
      }
    }
  }
} finally {
  await meter.close();
  await server.close();
  reference.remove();
}
