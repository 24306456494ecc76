/**
 * Reading a Chrome trace (JSON events from `Tracing.start`) of one page load: the renderer main
 * thread(s) that drew the page, their style/layout/paint work, and the tasks in which an extension's
 * script ran.
 */

import { longestRun } from './profile.mjs';

/** Style, layout and paint stages of Blink's rendering pipeline, as the timeline names them. */
export const RENDER_EVENTS = new Set([
  'UpdateLayoutTree',
  'RecalculateStyles',
  'Layout',
  'PrePaint',
  'Paint',
  'PaintImage',
  'Layerize',
  'UpdateLayer',
  'UpdateLayerTree',
  'HitTest',
  'IntersectionObserverController::computeIntersections',
]);

const TASK_EVENTS = ['ThreadControllerImpl::RunTask', 'RunTask'];
/** A microtask checkpoint starting this soon after an extension script event ended is that script's. */
const MICROTASK_GAP_US = 50;

/** @param {number[]} sorted @param {number} at @returns {number | undefined} the last value <= at */
function lastAtOrBefore(sorted, at) {
  let low = 0;
  let high = sorted.length - 1;
  let found;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = /** @type {number} */ (sorted[middle]);
    if (value <= at) {
      found = value;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** @param {any} event */
function extensionUrlOf(event) {
  const args = event.args;
  if (!args) return undefined;
  const candidates = [args.data?.url, args.fileName, args.data?.scriptName, args.data?.stackTrace?.[0]?.url];
  return candidates.find((url) => typeof url === 'string' && url.startsWith('chrome-extension://'));
}

/**
 * Complete events (`X`, and `B`/`E` pairs) per thread, sorted by start.
 * @param {any[]} events
 * @returns {Map<string, {name: string, ts: number, dur: number, tdur?: number, args: any}[]>}
 *   tdur: the thread's CPU time in the event (µs), where the trace has it (a task's wall time less the time the OS ran other threads)
 */
function spansByThread(events) {
  /** @type {Map<string, {name: string, ts: number, dur: number, tdur?: number, args: any}[]>} */
  const spans = new Map();
  /** @type {Map<string, any[]>} */
  const open = new Map();
  for (const event of events) {
    const key = `${event.pid}:${event.tid}`;
    if (event.ph === 'X') {
      if (!spans.has(key)) spans.set(key, []);
      spans.get(key)?.push({ name: event.name, ts: event.ts, dur: event.dur ?? 0, tdur: event.tdur, args: event.args });
    } else if (event.ph === 'B') {
      if (!open.has(key)) open.set(key, []);
      open.get(key)?.push(event);
    } else if (event.ph === 'E') {
      const begin = open.get(key)?.pop();
      if (!begin) continue;
      if (!spans.has(key)) spans.set(key, []);
      spans.get(key)?.push({ name: begin.name, ts: begin.ts, dur: event.ts - begin.ts, args: { ...begin.args, ...event.args } });
    }
  }
  for (const list of spans.values()) list.sort((a, b) => a.ts - b.ts);
  return spans;
}

/** @param {{ts: number, dur: number}[]} intervals sorted by ts; returns the length of their union (µs) */
function unionLength(intervals) {
  let total = 0;
  let end = -Infinity;
  for (const { ts, dur } of intervals) {
    const stop = ts + dur;
    if (stop <= end) continue;
    total += stop - Math.max(ts, end);
    end = stop;
  }
  return total;
}

/**
 * @param {any[]} events the trace's events
 * @param {{ origin: string, pids?: number[], thread?: string, extSamples?: {ts: number, dur: number}[], detail?: boolean }} page the server origin, to find the
 *   renderer that loaded the page; or, for a trace taken after the load, the renderer's process ids and main thread from the load's trace;
 *   extSamples: the extension's profiler samples (µs, the trace's clock) of the page's main thread, for the extension's
 *   own time in each task where the trace has no event naming its script (promise continuations, for one)
 * @returns {{
 *   found: boolean, pids: number[], thread?: string, renderMs: number, extRenderMs: number, mixedFrames: number, extTaskCount: number, extTaskMs: number,
 *   extOwnMs: number, longestExtTaskMs: number, longestExtTaskWholeMs: number, longestTaskMs: number, extOverBudget: number, extOverBudgetWhole: number,
 *   overBudgetTasks: { ownMs: number, cpuMs: number }[], longestRunMs: number,
 * }}
 *   longestRunMs: the longest unbroken run (profile.mjs longestRun, gaps up to 1 ms) of the extension's own intervals on the
 *   profiled thread: its profiler samples, the trace's events naming its script (script evaluation and compilation, v8.compile,
 *   FunctionCall) and the microtask checkpoints right after them.
 *   longestExtTaskMs / extOverBudget: per task, the extension's OWN time in it (the union of its script events and of the style,
 *   layout and paint nested in them, of the microtask checkpoint right after one of them, and of its profiler samples); longestExtTaskWholeMs / extOverBudgetWhole: the whole task
 *   in which extension script ran, whatever else (HTML parsing, the page's layout) ran in it too.
 *   With `detail`, also `tasks`: each such task with its own time and the events in it (for scripts/bench/trace-page.mjs).
 */
export function analyseTrace(events, { origin, pids = [], thread, extSamples = [], detail = false }) {
  const mainThreads = new Set();
  const pagePids = new Set(pids);
  /** The main thread that parsed the page's top document: the profiled one. */
  let profiledThread = thread;
  for (const event of events) {
    if (event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain') {
      mainThreads.add(`${event.pid}:${event.tid}`);
    }
    const url = event.args?.beginData?.url ?? event.args?.data?.url;
    if ((event.name === 'ParseHTML' || event.name === 'CommitLoad') && typeof url === 'string' && url.startsWith(origin)) {
      pagePids.add(event.pid);
      if (event.name === 'ParseHTML') profiledThread ??= `${event.pid}:${event.tid}`;
    }
  }
  const spans = spansByThread(events);
  let renderUs = 0;
  let attributedUs = 0;
  let mixedFrames = 0;
  let extTaskUs = 0;
  let extTaskCount = 0;
  let longestExtTaskUs = 0;
  let longestExtTaskWholeUs = 0;
  let longestTaskUs = 0;
  let extOverBudget = 0;
  let extOverBudgetWhole = 0;
  let extOwnUs = 0;
  /** The extension's own intervals on the profiled thread (samples, its script events with compilation, their microtasks). */
  const profiledOwn = [];
  /** The tasks with an own time over 16 ms: that own time, and the CPU time the thread had in the whole task (an own time
   *  longer than the task's CPU time is partly time the OS gave to other threads, the machine's two cores being shared). */
  const overBudgetTasks = [];
  /** @type {{ task: {ts: number, dur: number}, ownUs: number, children: {name: string, dur: number, url?: string}[] }[]} */
  const detailed = [];
  let found = false;
  for (const [key, list] of spans) {
    if (!mainThreads.has(key) || !pagePids.has(Number(key.split(':')[0]))) continue;
    found = true;
    const taskName = TASK_EVENTS.find((name) => list.some((span) => span.name === name));
    const tasks = list.filter((span) => span.name === taskName);
    const extScripts = list.filter((span) => extensionUrlOf(span) !== undefined);
    // Rendering forced from inside the extension's own script is already in its script time.
    const insideExtScript = (/** @type {{ts: number, dur: number}} */ span) =>
      extScripts.some((script) => span.ts >= script.ts && span.ts + span.dur <= script.ts + script.dur);
    const renders = list.filter((span) => RENDER_EVENTS.has(span.name) && !insideExtScript(span));
    renderUs += unionLength(renders);
    const frames = attributeFrames(tasks, renders, extScripts, list.filter((span) => span.name === 'ParseHTML'));
    attributedUs += frames.attributedUs;
    mixedFrames += frames.mixed;
    /** The extension's own intervals in each task in which it ran, clipped to the task. */
    const own = new Map();
    const addOwn = (/** @type {{ts: number, dur: number}} */ span) => {
      const task = containing(tasks, span.ts);
      if (!task) return;
      if (!own.has(task)) own.set(task, []);
      const ts = Math.max(span.ts, task.ts);
      const clipped = { ts, dur: Math.max(0, Math.min(span.ts + span.dur, task.ts + task.dur) - ts) };
      own.get(task).push(clipped);
      if (key === profiledThread) profiledOwn.push(clipped);
    };
    for (const script of extScripts) addOwn(script);
    // The microtask checkpoint right after an extension callback runs that callback's promise
    // continuations: the trace names no script for it, so it is charged to the extension whole
    // (against it, should a page's microtask run there too); its samples alone would miss some.
    const scriptEnds = extScripts.map((script) => script.ts + script.dur).sort((a, b) => a - b);
    for (const span of list) {
      if (span.name !== 'RunMicrotasks') continue;
      const end = lastAtOrBefore(scriptEnds, span.ts);
      if (end !== undefined && span.ts - end <= MICROTASK_GAP_US) addOwn(span);
    }
    if (key === profiledThread) for (const sample of extSamples) addOwn(sample);
    for (const task of tasks) longestTaskUs = Math.max(longestTaskUs, task.dur);
    for (const [task, intervals] of own) {
      const ownUs = unionLength(intervals.sort((a, b) => a.ts - b.ts));
      extTaskCount += 1;
      extTaskUs += task.dur;
      extOwnUs += ownUs;
      longestExtTaskUs = Math.max(longestExtTaskUs, ownUs);
      longestExtTaskWholeUs = Math.max(longestExtTaskWholeUs, task.dur);
      if (ownUs > 16_000) {
        extOverBudget += 1;
        overBudgetTasks.push({ ownMs: ownUs / 1000, cpuMs: (task.tdur ?? task.dur) / 1000 });
      }
      if (task.dur > 16_000) extOverBudgetWhole += 1;
      if (detail) detailed.push({ task, ownUs, children: eventsIn(list, task) });
    }
  }
  return {
    found,
    pids: [...pagePids],
    thread: profiledThread,
    renderMs: renderUs / 1000,
    extRenderMs: attributedUs / 1000,
    mixedFrames,
    extTaskCount,
    extTaskMs: extTaskUs / 1000,
    extOwnMs: extOwnUs / 1000,
    longestExtTaskMs: longestExtTaskUs / 1000,
    longestExtTaskWholeMs: longestExtTaskWholeUs / 1000,
    longestTaskMs: longestTaskUs / 1000,
    extOverBudget,
    extOverBudgetWhole,
    overBudgetTasks,
    longestRunMs: longestRun(profiledOwn).ms,
    ...(detail ? { tasks: detailed } : {}),
  };
}

/**
 * The events inside a task, nested ones indented, those under 0.5 ms left out unless they name an
 * extension script.
 * @param {{name: string, ts: number, dur: number, args: any}[]} list sorted by ts @param {{ts: number, dur: number}} task
 */
function eventsIn(list, task) {
  const out = [];
  /** @type {number[]} */
  const ends = [];
  for (const span of list) {
    if (span.ts < task.ts || span === task) continue;
    if (span.ts > task.ts + task.dur) break;
    while (ends.length > 0 && span.ts >= /** @type {number} */ (ends.at(-1))) ends.pop();
    const url = extensionUrlOf(span);
    if (span.dur >= 500 || url) out.push({ name: `${'  '.repeat(ends.length)}${span.name}`, dur: span.dur, ...(url ? { url } : {}) });
    ends.push(span.ts + span.dur);
  }
  return out;
}

/**
 * Rendering attributed to the extension, frame by frame: the style/layout/paint of a task that
 * renders is the extension's when an extension script ran since the previous rendering (or earlier
 * in the same task, e.g. a requestAnimationFrame callback) and the page's HTML parser did not; when
 * both ran, the frame is counted as mixed and left to the page.
 * @param {{ts: number, dur: number}[]} tasks
 * @param {{ts: number, dur: number}[]} renders not inside extension script, sorted
 * @param {{ts: number, dur: number}[]} extScripts
 * @param {{ts: number, dur: number}[]} parses
 */
function attributeFrames(tasks, renders, extScripts, parses) {
  /** @type {Map<{ts: number, dur: number}, {ts: number, dur: number}[]>} */
  const byTask = new Map();
  for (const render of renders) {
    const task = containing(tasks, render.ts);
    if (!task) continue;
    if (!byTask.has(task)) byTask.set(task, []);
    byTask.get(task)?.push(render);
  }
  let attributedUs = 0;
  let mixed = 0;
  let previousEnd = -Infinity;
  for (const [task, taskRenders] of [...byTask].sort((a, b) => a[0].ts - b[0].ts)) {
    const firstRender = /** @type {{ts: number}} */ (taskRenders[0]).ts;
    const within = (/** @type {{ts: number, dur: number}} */ span) => span.ts + span.dur > previousEnd && span.ts < firstRender;
    const extRan = extScripts.some(within);
    const parsed = parses.some(within);
    if (extRan && parsed) mixed += 1;
    else if (extRan) attributedUs += unionLength(taskRenders);
    previousEnd = task.ts + task.dur;
  }
  return { attributedUs, mixed };
}

/**
 * The task (sorted by ts, not overlapping) that contains the instant `ts`.
 * @template {{ts: number, dur: number}} T
 * @param {T[]} tasks @param {number} ts
 * @returns {T | undefined}
 */
function containing(tasks, ts) {
  let low = 0;
  let high = tasks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const task = /** @type {T} */ (tasks[middle]);
    if (ts < task.ts) high = middle - 1;
    else if (ts > task.ts + task.dur) low = middle + 1;
    else return task;
  }
  return undefined;
}
