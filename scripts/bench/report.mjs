import { fixed, median, sum } from './stats.mjs';

/**
 * @typedef {import('./meter.mjs').PageCost} PageCost
 * @typedef {'floor' | 'mark' | 'mms' | 'ours'} Extension
 */
const ALL_EXTENSIONS = /** @type {Extension[]} */ (['floor', 'mark', 'mms', 'ours']);
/**
 * The extensions measured, from the results themselves (Mark My Search only where ../shared/peers has it).
 * @param {Record<string, unknown>} byKind results keyed by kind @returns {Extension[]}
 */
const measured = (byKind) => ALL_EXTENSIONS.filter((kind) => byKind[kind] !== undefined);
const LABEL = { floor: 'floor (TreeWalker)', mark: 'mark.js', mms: 'Mark My Search', ours: 'ours' };
const BUDGET_MS = 16;

/**
 * The headline table of one corpus: per extension, its script time (median over runs of the per-run sums), that
 * against the floor's, its longest unbroken run (max over pages and runs) and ours against it.
 * @param {string[]} lines @param {Record<string, { script: number }>[]} perRunSums one per run @param {PageCost[]} loads every load of the corpus
 * @param {Record<string, PageCost[]>} loadsByKind
 */
function headline(lines, perRunSums, loadsByKind) {
  const EXTENSIONS = measured(loadsByKind);
  lines.push('');
  lines.push('| extension | extension script time (ms) | / floor | longest unbroken run (ms) | ours / this |');
  lines.push('|---|---|---|---|---|');
  for (const kind of EXTENSIONS) {
    const script = median(perRunSums.map((sums) => sums[kind]?.script ?? NaN));
    const toFloor = median(perRunSums.map((sums) => (sums[kind]?.script ?? NaN) / (sums.floor?.script ?? NaN)));
    const oursTo = median(perRunSums.map((sums) => (sums.ours?.script ?? NaN) / (sums[kind]?.script ?? NaN)));
    const runs = (loadsByKind[kind] ?? []).filter((cost) => !cost.error).map((cost) => cost.longestRunMs ?? NaN).filter(Number.isFinite);
    lines.push(`| ${LABEL[kind]} | ${fixed(script)} | ${fixed(toFloor, 2)}x | ${runs.length ? fixed(Math.max(...runs)) : 'n/a'} | ${kind === 'ours' ? '-' : `${fixed(oursTo, 2)}x`} |`);
  }
  lines.push('');
  lines.push('Longest unbroken run: the profiler\'s extension samples (100 µs) and the trace\'s events naming an extension script (evaluation, compilation, calls) and the microtasks right after them, with no gap over 1 ms between one and the next (the page never had the thread for more than 1 ms); the rendering that follows an extension\'s changes is not in it.');
}

/** @param {Record<string, PageCost[]>} loadsByKind @returns {string} how many loads on a page with names put in were not seen to mark them, per extension */
function verificationLine(loadsByKind) {
  const EXTENSIONS = measured(loadsByKind);
  const parts = EXTENSIONS.filter((kind) => kind !== 'floor').map((kind) => {
    const loads = (loadsByKind[kind] ?? []).filter((cost) => cost.verified !== undefined);
    const failed = loads.filter((cost) => cost.verified === false);
    const why = [...new Set(failed.map((cost) => cost.flag))].slice(0, 3).join('; ');
    return `${LABEL[kind]} ${loads.length - failed.length}/${loads.length}${failed.length ? ` (not: ${why})` : ''}`;
  });
  return `Loads seen to have marked the names put in (checked after the measured time: mark.js's count of marked elements, Mark My Search's CSS highlight ranges, ours' page-summary with a mention of every entity put in): ${parts.join(', ')}.`;
}

/**
 * Sums over the pages of one run that every browser measured without error.
 * @param {Record<string, PageCost[][]>} corpus @param {number} run
 */
function runSums(corpus, run) {
  const EXTENSIONS = measured(corpus);
  const none = corpus.none ?? [];
  const usable = none.map((_, page) => ['none', ...EXTENSIONS].every((kind) => {
    const cost = corpus[kind]?.[page]?.[run];
    return cost !== undefined && !cost.error;
  }));
  /** @type {Record<string, { script: number, render: number, total: number, delta: number, tasks: number, mixed: number }>} */
  const sums = {};
  for (const kind of EXTENSIONS) {
    const script = [];
    const render = [];
    const delta = [];
    const tasks = [];
    let mixed = 0;
    usable.forEach((ok, page) => {
      if (!ok) return;
      const cost = /** @type {PageCost} */ (corpus[kind]?.[page]?.[run]);
      const base = /** @type {PageCost} */ (none[page]?.[run]);
      script.push(cost.extScriptMs);
      render.push(cost.extRenderMs);
      delta.push(cost.renderMs - base.renderMs);
      tasks.push(cost.extTaskMs);
      mixed += cost.mixedFrames;
    });
    sums[kind] = { script: sum(script), render: sum(render), total: sum(script) + sum(render), delta: sum(delta), tasks: sum(tasks), mixed };
  }
  return { sums, used: usable.filter(Boolean).length };
}

/**
 * @param {{ pages: string[], corpus: Record<string, PageCost[][]>, named?: Record<string, PageCost[][]>, bigResults?: Record<string, PageCost[]>,
 *   bigChars?: number, hovers: (import('./meter.mjs').HoverCost & { page: string, run: number, url?: string })[],
 *   runs: number, plainRuns?: number, dwellMs: number, elapsedS: number }} input
 *   plainRuns: the runs in which the plain corpus was measured (the first ones)
 *   named: the same corpus pages with a paragraph naming the six at the top of their body
 */
export function summarise({ pages, corpus, named, bigResults, bigChars, hovers, runs, plainRuns = runs, dwellMs, elapsedS }) {
  const lines = [];
  lines.push(`## Page cost (${runs} run(s), ${Math.round(elapsedS)} s)`);
  if (pages.length > 0) {
    lines.push('');
    lines.push('Medians over runs of the per-run sums (ms). script = profiler samples with a chrome-extension:// frame on the stack;');
    lines.push('render = style/layout/paint (trace, page main thread) of frames that follow extension script with no HTML parsing in between;');
    lines.push('total = script + render. Δrender vs none = all style/layout/paint of the load minus the no-extension browser\'s (same page, same run): a noisy cross-check.');
    lines.push('ext tasks = trace tasks in which extension script ran. Own time of a task = the union, within the task, of the trace\'s script events naming a chrome-extension:// script');
    lines.push('(FunctionCall, EvaluateScript, v8 compile/call events, with the style/layout/paint nested in them), the RunMicrotasks checkpoint right after one of them, and the profiler\'s extension samples; the longest own time and the pages with');
    lines.push('an own time over 16 ms are the budget figures. Whole task = the old figure: the whole task in which extension script ran, page work (HTML parsing, its layout) included.');
    lines.push('Longest: max over pages and runs; pages over 16 ms: pages whose median over runs is over.');
    if (plainRuns > 0) corpusSection(lines, `Corpus: ${pages.length} pages, ${plainRuns} run(s)`, pages, corpus, plainRuns);
    if (named) {
      corpusSection(
        lines,
        `Corpus pages with the six names: the same ${pages.length} pages, each with four paragraphs naming them put between its own (../shared/corpus/named-pages.mjs; none of the pages names one of them in its text, so this is where the highlighters find and mark, and ours prepares its card, on real pages)`,
        pages,
        named,
        runs,
      );
    }
  }
  if (bigResults) {
    const EXTENSIONS = measured(bigResults);
    lines.push('');
    lines.push(`Generated page (${bigChars} characters of text), medians over runs (ms):`);
    headline(lines, Array.from({ length: runs }, (_, run) => Object.fromEntries(EXTENSIONS.map((kind) => [kind, { script: bigResults[kind]?.[run]?.extScriptMs ?? NaN }]))), bigResults);
    lines.push('');
    lines.push(verificationLine(bigResults));
    lines.push('');
    lines.push('| extension | script | render | total | total / floor | Δrender vs none | longest ext own time in a task (max over runs) | tasks with ext own time > 16 ms per run | (whole task) longest | (whole task) > 16 ms per run | done |');
    lines.push('|---|---|---|---|---|---|---|---|---|---|---|');
    const none = bigResults.none ?? [];
    const totals = (/** @type {string} */ kind) => (bigResults[kind] ?? []).map((cost) => cost.extScriptMs + cost.extRenderMs);
    for (const kind of EXTENSIONS) {
      const costs = bigResults[kind] ?? [];
      const ratio = median(totals(kind).map((total, run) => total / (totals('floor')[run] ?? NaN)));
      lines.push(`| ${LABEL[kind]} | ${fixed(median(costs.map((cost) => cost.extScriptMs)))} | ${fixed(median(costs.map((cost) => cost.extRenderMs)))} | ${fixed(median(totals(kind)))} | ${fixed(ratio, 2)}x | ${fixed(median(costs.map((cost, run) => cost.renderMs - (none[run]?.renderMs ?? NaN))))} | ${fixed(Math.max(...costs.map((cost) => cost.longestExtTaskMs)))} ms | ${costs.map((cost) => cost.extOverBudget).join('/')} | ${fixed(Math.max(...costs.map((cost) => cost.longestExtTaskWholeMs)))} ms | ${costs.map((cost) => cost.extOverBudgetWhole).join('/')} | ${costs.map((cost) => (cost.error ? 'error' : cost.done ? 'yes' : 'no')).join('/')} |`);
    }
  }
  if (bigResults) {
    lines.push('');
    lines.push(overBudgetLine(['generated'], Object.fromEntries(Object.entries(bigResults).map(([kind, costs]) => [kind, [costs]]))));
  }
  lines.push('');
  lines.push(`Card paint (ours): pointer moved onto a mention -> end of the main thread's work on the first frame whose card dialog has a size, less the ${dwellMs} ms dwell delay;`);
  lines.push('observed in the page (mousemove event.timeStamp; the card looked for at each change of the card UI\'s DOM, a new shadow host or the shadow tree of one already on the page, and per frame only from 100 ms after the delay; then requestAnimationFrame + posted message). n/a for the floor and mark.js (no card).');
  const painted = hovers.filter((hover) => hover.cardPaintMs !== undefined);
  if (hovers.length === 0) {
    lines.push('No page with a mention was hovered.');
  } else {
    lines.push(`Hovered ${hovers.length} time(s) on ${[...new Set(hovers.map((hover) => hover.page))].join(', ')}; card painted ${painted.length} time(s).`);
    if (painted.length > 0) {
      const values = painted.map((hover) => /** @type {number} */ (hover.cardPaintMs));
      lines.push(`Card paint after the delay: median ${fixed(median(values))} ms, max ${fixed(Math.max(...values))} ms; longest extension own time in a task while hovering: ${fixed(Math.max(...hovers.map((hover) => hover.longestExtTaskMs ?? 0)))} ms (whole task: ${fixed(Math.max(...hovers.map((hover) => hover.longestExtTaskWholeMs ?? 0)))} ms).`);
      lines.push('Per page: the card, and the browser alone showing a plain fixed box (a page script, same page, marks in place: the least any popover costs there):');
      for (const page of new Set(painted.map((hover) => hover.page))) {
        const here = painted.filter((hover) => hover.page === page);
        const card = here.map((hover) => /** @type {number} */ (hover.cardPaintMs));
        const box = here.map((hover) => hover.boxFloorMs ?? NaN);
        const bare = here.flatMap((hover) => (hover.boxNoExtensionMs === undefined ? [] : [hover.boxNoExtensionMs]));
        const withoutExtension = bare.length ? ` (with no extension at all: ${fixed(median(bare))} ms)` : '';
        lines.push(`- ${page}: card median ${fixed(median(card))} ms (max ${fixed(Math.max(...card))}), plain box median ${fixed(median(box))} ms${withoutExtension}; longest own time in a task while hovering ${fixed(Math.max(...here.map((hover) => hover.longestExtTaskMs ?? 0)))} ms`);
      }
    }
    if (painted.length > 0) {
      const slowest = painted.reduce((a, b) => (/** @type {number} */ (b.cardPaintMs) > /** @type {number} */ (a.cardPaintMs) ? b : a));
      lines.push(`Slowest card: ${fixed(slowest.cardPaintMs)} ms on ${slowest.url ?? slowest.page} (run ${slowest.run + 1}).`);
    }
    const failures = [...new Set(hovers.filter((hover) => hover.error).map((hover) => `${hover.url ?? hover.page}: ${hover.error}`))];
    if (failures.length > 0) lines.push(`Without a card: ${failures.join('; ')}.`);
  }
  lines.push('');
  lines.push('Targets (not asserted): total <= 1.5x floor, no extension task over 16 ms, card painted within 16 ms after the delay.');
  return lines.join('\n');
}

/**
 * One table over corpus pages: sums per run, medians over runs, ratios to the floor, the longest task.
 * @param {string[]} lines @param {string} title @param {string[]} pages @param {Record<string, PageCost[][]>} corpus @param {number} runs
 */
function corpusSection(lines, title, pages, corpus, runs) {
  const EXTENSIONS = measured(corpus);
  const perRun = Array.from({ length: runs }, (_, run) => runSums(corpus, run));
  const used = perRun.map((run) => run.used);
  lines.push('');
  lines.push(`${title} (used in the sums per run: ${used.join(', ')}; a page counts when all ${EXTENSIONS.length + 1} browsers measured it).`);
  const loadsByKind = Object.fromEntries(EXTENSIONS.map((kind) => [kind, (corpus[kind] ?? []).flat()]));
  headline(lines, perRun.map((run) => run.sums), loadsByKind);
  const quiet = EXTENSIONS.map((kind) => `${LABEL[kind]} ${[...new Set((loadsByKind[kind] ?? []).map((cost) => cost.quietMs))].join('/')} ms`).join(', ');
  lines.push(`Each load measured until the extension's done sign and then until the tab's main thread had been quiet for: ${quiet} (the floor and mark.js: one synchronous task ending in their done line).`);
  if (Object.values(loadsByKind).flat().some((cost) => cost.verified !== undefined)) lines.push(verificationLine(loadsByKind));
  lines.push('');
  lines.push('| extension | script | render | total | total / floor | script / floor | Δrender vs none | ext tasks | longest ext own time in a task | pages with ext own time > 16 ms | (whole task) longest | (whole task) pages > 16 ms | mixed frames |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const kind of EXTENSIONS) {
    const at = (/** @type {'script' | 'render' | 'total' | 'delta' | 'tasks' | 'mixed'} */ key) => perRun.map((run) => run.sums[kind]?.[key] ?? NaN);
    const ratio = (/** @type {'script' | 'total'} */ key) =>
      median(perRun.map((run) => (run.sums[kind]?.[key] ?? NaN) / (run.sums.floor?.[key] ?? NaN)));
    const longest = longestTask(corpus[kind] ?? [], pages, (cost) => cost.longestExtTaskMs);
    const longestWhole = longestTask(corpus[kind] ?? [], pages, (cost) => cost.longestExtTaskWholeMs);
    const over = (corpus[kind] ?? []).filter((costs) => median(costs.map((cost) => cost.longestExtTaskMs)) > BUDGET_MS).length;
    const overWhole = (corpus[kind] ?? []).filter((costs) => median(costs.map((cost) => cost.longestExtTaskWholeMs)) > BUDGET_MS).length;
    lines.push(`| ${LABEL[kind]} | ${fixed(median(at('script')))} | ${fixed(median(at('render')))} | ${fixed(median(at('total')))} | ${fixed(ratio('total'), 2)}x | ${fixed(ratio('script'), 2)}x | ${fixed(median(at('delta')))} | ${fixed(median(at('tasks')))} | ${fixed(longest.ms)} ms (${longest.page}) | ${over} | ${fixed(longestWhole.ms)} ms (${longestWhole.page}) | ${overWhole} | ${fixed(median(at('mixed')), 0)} |`);
  }
  lines.push('');
  lines.push(overBudgetLine(pages, corpus));
  const toMark = median(perRun.map((run) => (run.sums.ours?.total ?? NaN) / (run.sums.mark?.total ?? NaN)));
  const scriptToMark = median(perRun.map((run) => (run.sums.ours?.script ?? NaN) / (run.sums.mark?.script ?? NaN)));
  lines.push('');
  lines.push(`Ours against mark.js: total ${fixed(toMark, 2)}x, script ${fixed(scriptToMark, 2)}x (medians over runs of the ratios of the sums).`);
  lines.push('');
  lines.push(pageMedianLine(corpus));
  const undone = EXTENSIONS.map((kind) => `${kind} ${(corpus[kind] ?? []).flat().filter((cost) => !cost.done).length}`);
  const errors = ['none', ...EXTENSIONS].map((kind) => `${kind} ${(corpus[kind] ?? []).flat().filter((cost) => cost.error).length}`);
  lines.push('');
  lines.push(`Loads where the extension gave no done signal (console line; for ours the top frame's frame-report with scan.done, read in the service worker; settled on main-thread quiet instead): ${undone.join(', ')}.`);
  const oursLoads = (corpus.ours ?? []).flat();
  const asked = oursLoads.filter((cost) => cost.doneBy === 'page-summary').length;
  const requests = sum(oursLoads.map((cost) => cost.summaryRequests ?? 0));
  lines.push(`Ours, done learnt from its frame-report or its scanDone field (no message to the page): ${oursLoads.filter((cost) => cost.doneBy === 'report').length} + ${oursLoads.filter((cost) => cost.doneBy === 'scan-done').length} loads; by asking the page (page-summary every 500 ms, handling charged to ours, nothing excluded): ${asked} loads, ${requests} requests.`);
  lines.push(`Loads with an error (timeout, renderer not found): ${errors.join(', ')}.`);
}

/**
 * A cross-check less swayed by one slow run: for each page, the median over runs of each extension's total, summed over
 * the pages every browser measured in every run; a run's noise on one page moves that page's median, not the whole sum.
 * @param {Record<string, PageCost[][]>} corpus
 */
export function pageMedianLine(corpus) {
  const EXTENSIONS = measured(corpus);
  const none = corpus.none ?? [];
  const usable = none.map((_, page) =>
    ['none', ...EXTENSIONS].every((kind) => (corpus[kind]?.[page] ?? []).some((cost) => !cost.error)),
  );
  /** @type {Record<string, number>} */
  const totals = {};
  for (const kind of EXTENSIONS) {
    totals[kind] = sum(
      usable.map((ok, page) => {
        if (!ok) return 0;
        const measured = (corpus[kind]?.[page] ?? []).filter((cost) => !cost.error);
        return median(measured.map((cost) => cost.extScriptMs + cost.extRenderMs));
      }),
    );
  }
  const floor = totals.floor ?? NaN;
  const mms = totals.mms === undefined ? '' : `, Mark My Search ${fixed(totals.mms)} (${fixed(totals.mms / floor, 2)}x floor)`;
  return `Sums over pages of the per-page medians (ms): floor ${fixed(floor)}, mark.js ${fixed(totals.mark ?? NaN)} (${fixed((totals.mark ?? NaN) / floor, 2)}x floor)${mms}, ours ${fixed(totals.ours ?? NaN)} (${fixed((totals.ours ?? NaN) / floor, 2)}x floor, ${fixed((totals.ours ?? NaN) / (totals.mark ?? NaN), 2)}x mark.js); ${usable.filter(Boolean).length} pages.`;
}

/**
 * Every load in which an extension had a task with an own time over 16 ms, with the CPU time its thread had in that
 * whole task: where the CPU time is the smaller, the OS ran other threads during the task (two cores, shared with
 * the browser's other processes and the bench), so the wall time overstates the work.
 * @param {string[]} pages @param {Record<string, PageCost[][]>} corpus
 */
function overBudgetLine(pages, corpus) {
  const EXTENSIONS = measured(corpus);
  const parts = EXTENSIONS.map((kind) => {
    const loads = [];
    (corpus[kind] ?? []).forEach((runs, page) =>
      runs.forEach((cost, run) => {
        for (const task of cost.overBudgetTasks ?? []) loads.push({ page: pages[page] ?? '?', run, ...task });
      }),
    );
    if (loads.length === 0) return `${kind}: none`;
    const cpuOver = loads.filter((load) => Math.min(load.ownMs, load.cpuMs) > BUDGET_MS).length;
    const shown = loads.sort((a, b) => b.ownMs - a.ownMs).slice(0, 8);
    const listed = shown.map((load) => `${load.page} run ${load.run + 1} ${fixed(load.ownMs)} ms (task CPU ${fixed(load.cpuMs)} ms)`).join(', ');
    return `${kind}: ${loads.length} task(s), ${cpuOver} of them with over 16 ms of CPU time too${loads.length > shown.length ? `; the ${shown.length} longest` : ''}: ${listed}`;
  });
  return `Tasks with an extension own time over 16 ms, and the thread's CPU time in the whole task (trace tdur) — ${parts.join('; ')}.`;
}

/** @param {PageCost[][]} costs @param {string[]} pages @param {(cost: PageCost) => number} pick */
function longestTask(costs, pages, pick) {
  let best = { ms: 0, page: '-' };
  costs.forEach((runs, page) => {
    for (const cost of runs) if (pick(cost) > best.ms) best = { ms: pick(cost), page: pages[page] ?? '?' };
  });
  return best;
}

/**
 * One line per page: medians over runs.
 * @param {{ pages: string[], corpus: Record<string, PageCost[][]> }} input
 */
export function perPageTable({ pages, corpus }) {
  const EXTENSIONS = measured(corpus);
  const lines = [
    'Per page, medians over runs (ms): script and attributed render per extension; Δ = render minus the no-extension browser\'s.',
    '',
    `| page | render, no extension | ${EXTENSIONS.map((kind) => `${LABEL[kind]} script / render / Δ`).join(' | ')} | longest ext own time in a task ${EXTENSIONS.join(' / ')} | (whole task) ${EXTENSIONS.join(' / ')} | longest unbroken run ${EXTENSIONS.join(' / ')} | ours mentions |`,
    `|---|---|${EXTENSIONS.map(() => '---|').join('')}---|---|---|---|`,
  ];
  pages.forEach((name, page) => {
    const at = (/** @type {string} */ kind, /** @type {(cost: PageCost) => number} */ pick) => median((corpus[kind]?.[page] ?? []).map(pick));
    const base = at('none', (cost) => cost.renderMs);
    const cells = [name, fixed(base)];
    for (const kind of EXTENSIONS) {
      cells.push([fixed(at(kind, (cost) => cost.extScriptMs)), fixed(at(kind, (cost) => cost.extRenderMs)), fixed(at(kind, (cost) => cost.renderMs) - base)].join(' / '));
    }
    cells.push(EXTENSIONS.map((kind) => fixed(at(kind, (cost) => cost.longestExtTaskMs))).join(' / '));
    cells.push(EXTENSIONS.map((kind) => fixed(at(kind, (cost) => cost.longestExtTaskWholeMs))).join(' / '));
    cells.push(EXTENSIONS.map((kind) => fixed(at(kind, (cost) => cost.longestRunMs ?? NaN))).join(' / '));
    cells.push(String(corpus.ours?.[page]?.[0]?.mentions ?? 'n/a'));
    lines.push(`| ${cells.join(' | ')} |`);
  });
  return lines.join('\n');
}
