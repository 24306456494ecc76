#!/usr/bin/env node
/**
 * Hovers the same corpus pages again and again with our built extension, to tell a card that was slow once in
 * `npm run bench` (one hover per page) from a page whose card is slow every time: each page is loaded afresh
 * for each hover, as the bench does, and each hover prints the card's time after the delay, the plain box's,
 * our longest own task and the longest main-thread task of any kind in the hover's window.
 *
 * Usage: node scripts/bench/rehover.mjs [--times N] [--as-saved] PAGE.html...
 *   pages are names in ../shared/corpus/pages/; by default the copy with the six names inserted is hovered
 *   (the bench's "corpus pages with the six names"), with --as-saved the page as saved.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startCorpusServer } from './corpus-server.mjs';
import { defaultHoverDelayMs, ourExtension, repoRoot } from './extensions.mjs';
import { openMeter } from './meter.mjs';
import { median } from './stats.mjs';

const { values: options, positionals: names } = parseArgs({
  options: { times: { type: 'string', default: '5' }, 'as-saved': { type: 'boolean', default: false } },
  allowPositionals: true,
});
const log = (/** @type {string} */ line) => process.stderr.write(`rehover: ${line}\n`);
const pagesDir = path.resolve(repoRoot, '../shared/corpus/pages');
if (!fs.existsSync(pagesDir)) {
  console.log(`rehover: ${pagesDir} is missing: nothing to hover.`);
  process.exit(0);
}
if (names.length === 0) {
  console.error('rehover: name at least one page of ../shared/corpus/pages/');
  process.exit(2);
}
const times = Math.max(1, Number(options.times));
const dwellMs = defaultHoverDelayMs();
const fixed = (/** @type {number | undefined} */ value) => (value === undefined ? '-' : value.toFixed(1));

const server = await startCorpusServer({ pagesDir });
const meter = await openMeter({ kind: 'ours', extensionDir: ourExtension({ log }), origin: server.origin, log });
try {
  for (const name of names) {
    const url = options['as-saved'] ? server.pageUrl(name) : server.namedUrl(name);
    /** @type {number[]} */
    const cards = [];
    for (let turn = 0; turn < times; turn++) {
      const cost = await meter.measure(url, { timeoutMs: 30_000 });
      const hover = await meter.hover({ dwellMs });
      if (hover.cardPaintMs !== undefined) cards.push(hover.cardPaintMs);
      console.log(
        `${name} #${turn + 1}: ${hover.error ?? `card ${fixed(hover.cardPaintMs)} ms (host ${fixed(hover.hostMs)} ms), plain box ${fixed(hover.boxFloorMs)} ms`}; ` +
          `longest own task ${fixed(hover.longestExtTaskMs)} ms, longest task of any kind ${fixed(hover.longestTaskMs)} ms; load: mentions ${cost.mentions ?? '-'}`,
      );
    }
    console.log(`${name}: card median ${fixed(cards.length ? median(cards) : undefined)} ms, max ${fixed(cards.length ? Math.max(...cards) : undefined)} ms over ${cards.length} card(s)`);
  }
} finally {
  await meter.close();
  server.close();
}
