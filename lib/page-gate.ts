import * as v from 'valibot';

/**
 * Whether a page may be read at all, kept where every content script can read it in one storage call
 * with no message to the background: whether the extension is paused, and the sites turned off. The
 * background derives it from the settings and the site list whenever either changes (the source of truth
 * stays there); a content script that finds it missing or malformed asks the background instead.
 */
export const PAGE_GATE_KEY = 'pageGate';

const HOST = v.pipe(v.string(), v.maxLength(253));
export const pageGateSchema = () => v.object({ paused: v.boolean(), sites: v.pipe(v.array(HOST), v.maxLength(10_000)) });
export type PageGate = v.InferOutput<ReturnType<typeof pageGateSchema>>;

/** True when the host is a listed site or a subdomain of one. */
export function isHostListed(host: string, sites: readonly string[]): boolean {
  const lower = host.toLowerCase();
  return sites.some((site) => lower === site || lower.endsWith(`.${site}`));
}

/** True when the URL's host is a listed site or a subdomain of one. */
export function isSiteDisabled(url: string, sites: readonly string[]): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return isHostListed(host, sites);
}

/** Whether a page on `host` may be read; undefined when the stored gate is missing or malformed. */
export function gateAllows(stored: unknown, host: string): boolean | undefined {
  const result = v.safeParse(pageGateSchema(), stored);
  if (!result.success) return undefined;
  return !result.output.paused && !isHostListed(host, result.output.sites);
}
