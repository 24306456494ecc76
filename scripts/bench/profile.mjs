/**
 * Reading a V8 CPU profile (CDP `Profiler.stop`): the time of the samples whose stack holds a frame
 * of an extension's script (`chrome-extension://` URL), i.e. the extension's script time on that thread.
 */

/** A sample stands for the time until the next one, capped so that a stalled sampler does not inflate it. */
const MAX_SAMPLE_US = 2_000;

/**
 * @param {{ nodes: {id: number, callFrame: {url: string}, children?: number[]}[], startTime?: number, samples?: number[], timeDeltas?: number[] }} profile
 * @param {number} intervalUs the sampling interval asked for
 * @returns {{ extScriptMs: number, samples: number, extSamples: number, longestSampleRunMs: number, extIntervals: {ts: number, dur: number}[] }}
 *   extIntervals: the time each extension sample stands for, on the profile's clock (µs, the trace's clock too);
 *   longestSampleRunMs: the longest unbroken run of extension samples (see longestRun), from the samples alone
 */
export function extensionScriptTime(profile, intervalUs) {
  const parentOf = new Map();
  const urlOf = new Map();
  for (const node of profile.nodes) {
    urlOf.set(node.id, node.callFrame.url);
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  }
  /** @type {Map<number, boolean>} */
  const isExtension = new Map();
  const underExtension = (/** @type {number} */ id) => {
    const known = isExtension.get(id);
    if (known !== undefined) return known;
    const parent = parentOf.get(id);
    const result = String(urlOf.get(id) ?? '').startsWith('chrome-extension://') || (parent !== undefined && underExtension(parent));
    isExtension.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let extUs = 0;
  let extSamples = 0;
  /** @type {{ts: number, dur: number}[]} */
  const extIntervals = [];
  let at = profile.startTime ?? 0;
  samples.forEach((id, index) => {
    at += deltas[index] ?? 0;
    if (!underExtension(id)) return;
    extSamples += 1;
    const dur = Math.min(deltas[index + 1] ?? intervalUs, MAX_SAMPLE_US);
    extUs += dur;
    extIntervals.push({ ts: at, dur });
  });
  return { extScriptMs: extUs / 1000, samples: samples.length, extSamples, longestSampleRunMs: longestRun(extIntervals).ms, extIntervals };
}

/** A gap longer than this between two stretches of extension work ends an unbroken run (µs). */
export const RUN_GAP_US = 1_000;

/**
 * The longest unbroken run of extension work: a stretch of intervals (profiler samples holding an extension
 * frame, or trace events naming an extension script) with no gap over `gapUs` between one's end and the next
 * one's start, whatever ran in the gap (the page's work, or nothing); its length is from the first one's start to
 * the last one's end. The page cannot get the thread for more than a millisecond at a time during such a run.
 * @param {{ts: number, dur: number}[]} intervals µs @param {number} [gapUs]
 * @returns {{ ms: number, ts?: number }} ts: where the run starts (µs, the profile's and trace's clock)
 */
export function longestRun(intervals, gapUs = RUN_GAP_US) {
  const sorted = [...intervals].sort((a, b) => a.ts - b.ts);
  let best = { us: 0, ts: /** @type {number | undefined} */ (undefined) };
  let start = NaN;
  let end = -Infinity;
  for (const { ts, dur } of sorted) {
    if (ts - end > gapUs) {
      start = ts;
      end = ts + dur;
    } else end = Math.max(end, ts + dur);
    if (end - start > best.us) best = { us: end - start, ts: start };
  }
  return { ms: best.us / 1000, ...(best.ts !== undefined ? { ts: best.ts } : {}) };
}
