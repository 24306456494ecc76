// Micro-benchmark of the mention finder on the shared corpus of real pages: the visible text of each
// page, split into blocks as the content script sees them, scanned by scanText (+ resolveAmbiguous where
// the scanner asks) against one combined case-insensitive RegExp of every alias, alternating in one run.
// Prints the median of 5 runs. Never fails on time. Usage: node scripts/bench-finder.mjs
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const RUNS = 5;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pagesDir = path.resolve(root, '../shared/corpus/pages');
if (!fs.existsSync(pagesDir)) {
  console.log(`bench-finder: ${pagesDir} is missing; the finder benchmark was left out.`);
  process.exit(0);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-bench-'));
const entry = path.join(dir, 'entry.ts');
fs.writeFileSync(
  entry,
  [
    `export { scanText } from ${JSON.stringify(path.join(root, 'lib/scan.ts'))};`,
    `export { resolveAmbiguous } from ${JSON.stringify(path.join(root, 'lib/disambiguate.ts'))};`,
    `export { aliases, extraAliases } from ${JSON.stringify(path.join(root, 'data/aliases.ts'))};`,
  ].join('\n'),
);
const bundle = path.join(dir, 'finder.mjs');
await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: bundle, logLevel: 'warning' });
const { scanText, resolveAmbiguous, aliases, extraAliases } = await import(pathToFileURL(bundle).href);
fs.rmSync(dir, { recursive: true, force: true });

const DROP = /<(script|style|noscript|template|head|svg)\b[\s\S]*?<\/\1\s*>/gi;
const BLOCK = /<\/?(?:p|div|li|ul|ol|h[1-6]|td|th|tr|table|article|section|blockquote|pre|br|hr|header|footer|nav|aside|main|figure|figcaption|dd|dt|dl|form|address)\b[^>]*>/gi;
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (s) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });

/** Visible text of a page as blocks: what a content script gets from the text nodes of each block element. */
function blocksOf(html) {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(DROP, ' ')
    .split(BLOCK)
    .map((part) => decode(part.replace(/<[^>]*>/g, '')))
    .filter((text) => text.trim() !== '');
}

const blocks = fs
  .readdirSync(pagesDir)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .flatMap((f) => blocksOf(fs.readFileSync(path.join(pagesDir, f), 'utf8')));
const chars = blocks.reduce((n, b) => n + b.length, 0);

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const allAliases = [...new Set([...Object.values(aliases).flatMap((byLang) => Object.values(byLang).flat()), ...Object.values(extraAliases).flat()])];
const combined = new RegExp(allAliases.sort((a, b) => b.length - a.length).map(escape).join('|'), 'gi');

function finder() {
  let found = 0;
  for (const block of blocks) {
    const { mentions, ambiguous } = scanText(block);
    found += mentions.length;
    if (ambiguous.length > 0) found += resolveAmbiguous(block, ambiguous).length;
  }
  return found;
}
function regex() {
  let found = 0;
  for (const block of blocks) for (const _ of block.matchAll(combined)) found++;
  return found;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const finderMs = [];
const regexMs = [];
let mentions = 0;
let regexHits = 0;
finder();
regex();
for (let run = 0; run < RUNS; run++) {
  const order = run % 2 === 0 ? ['finder', 'regex'] : ['regex', 'finder'];
  for (const which of order) {
    const t = performance.now();
    if (which === 'finder') mentions = finder();
    else regexHits = regex();
    (which === 'finder' ? finderMs : regexMs).push(performance.now() - t);
  }
  console.log(`run ${run + 1}: finder ${finderMs.at(-1).toFixed(1)} ms, combined regex ${regexMs.at(-1).toFixed(1)} ms`);
}
console.log(`pages text: ${chars} chars in ${blocks.length} blocks`);
console.log(`mentions found by the finder: ${mentions}; combined-regex hits: ${regexHits}`);
const ratio = median(finderMs) / median(regexMs);
console.log(`median: finder ${median(finderMs).toFixed(1)} ms, combined regex ${median(regexMs).toFixed(1)} ms, ratio ${ratio.toFixed(2)}x (target <= 2x)`);
