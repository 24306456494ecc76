/**
 * Which pages the content script is registered for. The background registers it dynamically
 * (`scripting.registerContentScripts`) rather than in the manifest: for every http(s) page except the
 * sites turned off, and not at all while the extension is paused. A page it may not read never loads it,
 * and a page it may read learns so without a storage read or a message.
 */
export const CONTENT_SCRIPT_ID = 'context-cards-content';
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
export const CONTENT_SCRIPT_MATCHES = ['http://*/*', 'https://*/*'];

export interface ContentScriptRegistration {
  readonly id: string;
  readonly js: string[];
  readonly matches: string[];
  readonly excludeMatches?: string[];
  readonly allFrames: boolean;
  readonly runAt: 'document_idle';
  readonly persistAcrossSessions: boolean;
}

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

/** Match patterns for a site and its subdomains (sites are normalised host names: lib/settings.ts). */
export function sitePatterns(sites: readonly string[]): string[] {
  return sites.flatMap((site) => [`*://${site}/*`, `*://*.${site}/*`]);
}

/** The content script's registration for these settings, or undefined while paused (no page is read). */
export function contentScriptRegistration(paused: boolean, sites: readonly string[]): ContentScriptRegistration | undefined {
  if (paused) return undefined;
  const excludeMatches = sitePatterns(sites);
  return {
    id: CONTENT_SCRIPT_ID,
    js: [CONTENT_SCRIPT_FILE],
    matches: [...CONTENT_SCRIPT_MATCHES],
    ...(excludeMatches.length ? { excludeMatches } : {}),
    allFrames: true,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
}
