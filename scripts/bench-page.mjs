#!/usr/bin/env node
/**
 * Page cost of four extensions on real pages, each loaded alone in its own browser, against a
 * browser with no extension: ours (the built Chrome extension), a floor extension (one bare
 * TreeWalker pass over the page's text), a keyword highlighter (mark.js `markRegExp`) and Mark My
 * Search (../shared/peers: a real highlighter, CSS Custom Highlight API, set up by mms-config.mjs).
 *
 * For every corpus page (../shared/corpus/pages), the same page with four paragraphs naming the six put
 * between its own (../shared/corpus/named-pages.mjs, generated into .bench-pages/named/; the pages name none
 * of them: this is where the highlighters find and mark on real pages), and a generated five-million-character
 * page, each of the five browsers loads the page in turn (the order rotates from page to page), with
 * V8's sampling profiler and a Chrome trace on, observed from outside over CDP, until the extension's done
 * sign and then until the tab's main thread has been quiet for 2 s (--quiet-ms; shorter where nothing of the
 * extension's can run after its done sign: see the quiet windows below):
 *   - script time: profiler samples whose stack holds a chrome-extension:// frame;
 *   - longest unbroken run: extension samples and script/compile events with no gap over 1 ms;
 *   - added rendering: style/layout/paint on the page's renderer main thread, minus the same in the
 *     browser without extension (same page, same run);
 *   - tasks: main-thread tasks in which an extension script ran (the longest, and those over 16 ms);
 *   - card paint (ours): pointer resting on a mention -> first frame painted with the card, less the
 *     dwell delay.
 * On the pages with names put in, each load counts once the extension was seen to mark them, checked after the
 * measured time: mark.js's count of marked elements, Mark My Search's highlight ranges in the page's registry,
 * ours' page-summary naming every entity put in. A load where that fails is flagged (and still counted).
 * It prints numbers and never fails on time.
 *
 * Usage: node scripts/bench-page.mjs [--pages N] [--runs N] [--skip-named] [--skip-big] [--big-chars N] [--rebuild]
 *   [--quiet-ms MS] [--plain-quiet-ms MS] [--sync-quiet-ms MS] [--plain-runs N] [--skip-mms]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startCorpusServer } from './bench/corpus-server.mjs';
import { defaultHoverDelayMs, ourExtension, prepareReferenceExtensions, repoRoot } from './bench/extensions.mjs';
import { generatePage } from './bench/generated-page.mjs';
import { openMeter, PAGE_QUIET_MS } from './bench/meter.mjs';
import { ENTITY_PATTERNS, ensureNamedPages, insertedNames } from './bench/named-pages.mjs';
import { summarise, perPageTable } from './bench/report.mjs';

const { values: options } = parseArgs({
  options: {
    pages: { type: 'string' },
    runs: { type: 'string', default: '3' },
    'skip-big': { type: 'boolean', default: false },
    'skip-named': { type: 'boolean', default: false },
    'skip-mms': { type: 'boolean', default: false },
    'quiet-ms': { type: 'string', default: String(PAGE_QUIET_MS) },
    'plain-quiet-ms': { type: 'string', default: '200' },
    'plain-runs': { type: 'string', default: '1' },
    'sync-quiet-ms': { type: 'string', default: '200' },
    'big-chars': { type: 'string', default: '5000000' },
    rebuild: { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(options.runs));
const log = (/** @type {string} */ line) => process.stderr.write(`bench-page: ${line}\n`);

const pagesDir = path.resolve(repoRoot, '../shared/corpus/pages');
const hasCorpus = fs.existsSync(pagesDir);
if (!hasCorpus) {
  console.log(`bench-page: ${pagesDir} is missing: the corpus part was left out.`);
}

const peersDir = path.resolve(repoRoot, '../shared/peers');
const mmsDir = path.join(peersDir, 'mark-my-search-chromium');
const hasMms = !options['skip-mms'] && fs.existsSync(path.join(mmsDir, 'manifest.json')) && fs.existsSync(path.join(peersDir, 'mms-config.mjs'));
if (!hasMms && !options['skip-mms']) console.log(`bench-page: ${mmsDir} (or mms-config.mjs) is missing: Mark My Search was left out.`);
/** @type {('none' | 'floor' | 'mark' | 'mms' | 'ours')[]} */
const KINDS = hasMms ? ['none', 'floor', 'mark', 'mms', 'ours'] : ['none', 'floor', 'mark', 'ours'];
/**
 * Quiet window after the done sign (ms). Mark My Search, which goes on working for seconds after `load` and gives no
 * done sign on a page without the names: `--quiet-ms` (2 s) everywhere. Ours: 2 s on the named pages and the generated
 * page; on the plain corpus, where its done sign is its first pass over with no name found (after which it has nothing
 * to do), `--plain-quiet-ms` (200). The browser with no extension, the floor and mark.js: `--sync-quiet-ms` (200):
 * their content script is one synchronous task that logs its done line at its end, so nothing of theirs can run later.
 * The plain corpus is measured in the first `--plain-runs` runs only (1): with the 2 s windows, 3 runs of everything
 * would not fit in 90 minutes on a 2-core machine; the named pages and the generated page are measured in every run.
 */
const quietMs = Number(options['quiet-ms']);
const plainQuietMs = Number(options['plain-quiet-ms']);
const plainRuns = Math.min(runs, Math.max(0, Number(options['plain-runs'])));
const syncQuietMs = Number(options['sync-quiet-ms']);
const SYNC_KINDS = new Set(['none', 'floor', 'mark']);
const PAGE_TIMEOUT_MS = 30_000;
const BIG_TIMEOUT_MS = 240_000;
const BIG_PATH = '/gen/five-million.html';
/** An article-sized generated page (the same generator), hovered too: the card on a page of ordinary size. */
const ARTICLE_PATH = '/gen/article.html';
const ARTICLE_CHARS = 20_000;

const big = options['skip-big'] ? undefined : generatePage(Number(options['big-chars']));
const namedDir = hasCorpus && !options['skip-named'] ? ensureNamedPages({ pagesDir, outDir: path.join(repoRoot, '.bench-pages/named'), log }) : undefined;
if (hasCorpus && !options['skip-named'] && !namedDir) console.log(`bench-page: ${path.resolve(pagesDir, '../named-pages.mjs')} is missing: the named pages were left out.`);
/** Every entity, once: what the generated page names (its mention sentences name all six). */
const ALL_ENTITIES = Object.fromEntries(Object.keys(ENTITY_PATTERNS).map((id) => [id, 1]));
const server = await startCorpusServer({
  pagesDir: hasCorpus ? pagesDir : undefined,
  namedPagesDir: namedDir,
  generated: { [ARTICLE_PATH]: generatePage(ARTICLE_CHARS).html, ...(big ? { [BIG_PATH]: big.html } : {}) },
});
const pageCount = options.pages === undefined ? server.pages.length : Math.min(Number(options.pages), server.pages.length);
const pages = server.pages.slice(0, pageCount);
const dwellMs = defaultHoverDelayMs();

const reference = prepareReferenceExtensions();
const ours = ourExtension({ rebuild: options.rebuild, log });
log(`ours: ${path.relative(repoRoot, ours)} (built ${fs.statSync(path.join(ours, 'manifest.json')).mtime.toISOString()})`);
log(`${pages.length} corpus pages${big ? ` + a generated page of ${big.chars} characters` : ''}, ${runs} run(s), dwell delay ${dwellMs} ms, browsers ${KINDS.join(', ')}, quiet ${quietMs} ms (ours on the plain corpus ${plainQuietMs} ms; none/floor/mark ${syncQuietMs} ms), plain corpus in ${plainRuns} run(s)`);
/** What named-pages.mjs put into each page: occurrences per entity. */
const expected = namedDir ? pages.map((name) => insertedNames(pagesDir, namedDir, name).entities) : [];

const started = Date.now();
/** @type {Record<string, import('./bench/meter.mjs').PageCost[][]>} results[kind][page index][run] */
const corpus = Object.fromEntries(KINDS.map((kind) => [kind, pages.map(() => [])]));
/** @type {Record<string, import('./bench/meter.mjs').PageCost[][]>} the same for the pages with the six names */
const named = Object.fromEntries(KINDS.map((kind) => [kind, pages.map(() => [])]));
const withNames = namedDir !== undefined;
/** Every page with names is hovered in the first run (one card per real page), as the hover label below. */
const NAMED_HOVER = 'corpus pages with the six names';
/** @type {Record<string, import('./bench/meter.mjs').PageCost[]>} */
const bigResults = Object.fromEntries(KINDS.map((kind) => [kind, []]));
/** @type {(import('./bench/meter.mjs').HoverCost & { page: string, run: number, url?: string })[]} */
const hovers = [];

/** @type {Record<string, Awaited<ReturnType<typeof openMeter>>>} */
const meters = {};
try {
  for (const kind of KINDS) {
    const extensionDir = { none: undefined, floor: reference.floor, mark: reference.mark, mms: mmsDir, ours }[kind];
    const configure = kind === 'mms' ? (await import(path.join(peersDir, 'mms-config.mjs'))).configure : undefined;
    meters[kind] = await openMeter({ kind, extensionDir, origin: server.origin, log, configure });
  }

  /**
   * @param {string} url @param {string} label @param {number} timeoutMs @param {number} run @param {number} turn @param {boolean} [hoverOurs]
   * @param {{ quietMs: number, expect?: Record<string, number> }} [settle] quietMs: for ours and Mark My Search (the others get syncQuietMs)
   */
  const measureAll = async (url, label, timeoutMs, run, turn, hoverOurs = true, settle = { quietMs }) => {
    /** @type {Record<string, import('./bench/meter.mjs').PageCost>} */
    const costs = {};
    const order = KINDS.map((_, index) => KINDS[(index + turn) % KINDS.length] ?? 'none');
    const times = [];
    for (const kind of order) {
      const meter = /** @type {NonNullable<(typeof meters)[string]>} */ (meters[kind]);
      const window = SYNC_KINDS.has(kind) ? syncQuietMs : kind === 'mms' ? quietMs : settle.quietMs;
      const cost = await meter.measure(url, { timeoutMs, ...settle, quietMs: window });
      costs[kind] = cost;
      times.push(`${kind} ${(cost.settleMs / 1000).toFixed(1)}s${cost.error ? ' (error)' : ''}${cost.flag ? ` (${cost.flag})` : ''}`);
      if (kind === 'ours' && hoverOurs && cost.mentions !== 0) {
        const hover = await meter.hover({ dwellMs });
        if (hover.error !== 'no mention on the page') hovers.push({ ...hover, page: label, run, url });
      }
    }
    return { costs, times };
  };

  /** The plain box on a generated page with no extension at all, for the hover of ours just recorded there. */
  const boxWithoutExtension = async (/** @type {string} */ url) => {
    const hover = hovers.at(-1);
    const meter = /** @type {NonNullable<(typeof meters)[string]>} */ (meters.none);
    if (!hover || hover.boxFloorMs === undefined) return;
    await meter.measure(url, { timeoutMs: BIG_TIMEOUT_MS });
    const ms = await meter.plainBox(hover.target ?? null);
    if (ms !== undefined) hover.boxNoExtensionMs = ms;
  };

  for (let run = 0; run < runs; run++) {
    for (const [index, name] of pages.entries()) {
      if (run < plainRuns) {
        const { costs, times } = await measureAll(server.pageUrl(name), name, PAGE_TIMEOUT_MS, run, index + run, true, { quietMs: plainQuietMs });
        for (const kind of KINDS) corpus[kind]?.[index]?.push(/** @type {any} */ (costs[kind]));
        log(`run ${run + 1}/${runs} page ${index + 1}/${pages.length} ${name}: ${times.join(', ')} [${Math.round((Date.now() - started) / 1000)} s]`);
      }
      if (withNames) {
        const result = await measureAll(server.namedPageUrl(name), NAMED_HOVER, PAGE_TIMEOUT_MS, run, index + run + 1, run === 0, { quietMs, expect: expected[index] });
        for (const kind of KINDS) named[kind]?.[index]?.push(/** @type {any} */ (result.costs[kind]));
        log(`run ${run + 1}/${runs} page ${index + 1}/${pages.length} ${name} with the six names: ${result.times.join(', ')} [${Math.round((Date.now() - started) / 1000)} s]`);
      }
    }
    {
      // Only ours, only for the card: an ordinary page's load is what the corpus measures.
      const meter = /** @type {NonNullable<(typeof meters)[string]>} */ (meters.ours);
      await meter.measure(server.generatedUrl(ARTICLE_PATH), { timeoutMs: PAGE_TIMEOUT_MS });
      const hover = await meter.hover({ dwellMs });
      hovers.push({ ...hover, page: `article (${ARTICLE_CHARS} characters)`, run });
      await boxWithoutExtension(server.generatedUrl(ARTICLE_PATH));
      log(`run ${run + 1}/${runs} article page hovered: ${hover.error ?? `card ${hover.cardPaintMs?.toFixed(1)} ms, plain box ${hover.boxFloorMs?.toFixed(1)} ms`}`);
    }
    if (big) {
      const { costs, times } = await measureAll(server.generatedUrl(BIG_PATH), `generated (${big.chars} characters)`, BIG_TIMEOUT_MS, run, run, true, { quietMs, expect: ALL_ENTITIES });
      for (const kind of KINDS) bigResults[kind]?.push(/** @type {any} */ (costs[kind]));
      if (hovers.at(-1)?.page.startsWith('generated')) await boxWithoutExtension(server.generatedUrl(BIG_PATH));
      log(`run ${run + 1}/${runs} generated page: ${times.join(', ')} [${Math.round((Date.now() - started) / 1000)} s]`);
    }
  }
} finally {
  for (const meter of Object.values(meters)) await meter.close();
  await server.close();
  reference.remove();
}

const elapsedS = (Date.now() - started) / 1000;
const summary = summarise({ pages, corpus, named: withNames ? named : undefined, bigResults: big ? bigResults : undefined, bigChars: big?.chars, hovers, runs, plainRuns, dwellMs, elapsedS });
console.log(summary);

const resultsDir = path.join(repoRoot, 'bench-results');
fs.mkdirSync(resultsDir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const tableFile = path.join(resultsDir, `bench-page-${stamp}.md`);
fs.writeFileSync(tableFile, `${summary}\n\n${perPageTable({ pages, corpus })}\n${withNames ? `\nWith the six names:\n\n${perPageTable({ pages, corpus: named })}\n` : ""}`);
fs.writeFileSync(path.join(resultsDir, `bench-page-${stamp}.json`), JSON.stringify({ pages, corpus, named, bigResults, hovers, runs, dwellMs }, null, 1));
log(`per-page table: ${path.relative(repoRoot, tableFile)}`);

if (!hasCorpus && process.env.CI === 'true') process.exitCode = 1;
