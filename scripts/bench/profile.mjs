/**
 * Reading a V8 CPU profile (CDP `Profiler.stop`): the time of the samples whose stack holds a frame
 * of an extension's script (`chrome-extension://` URL), i.e. the extension's script time on that thread.
 */

/** A sample stands for the time until the next one, capped so that a stalled sampler does not inflate it. */
const MAX_SAMPLE_US = 2_000;

/**
 * @param {{ nodes: {id: number, callFrame: {url: string}, children?: number[]}[], startTime?: number, samples?: number[], timeDeltas?: number[] }} profile
 * @param {number} intervalUs the sampling interval asked for
 * @returns {{ extScriptMs: number, samples: number, extSamples: number, extIntervals: {ts: number, dur: number}[] }}
 *   extIntervals: the time each extension sample stands for, on the profile's clock (µs, the trace's clock too)
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
  return { extScriptMs: extUs / 1000, samples: samples.length, extSamples, extIntervals };
}
