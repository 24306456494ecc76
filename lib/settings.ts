import { storage } from '#imports';
import * as v from 'valibot';
import { ENTITY_IDS, type EntityId } from '../data/types';

/**
 * The reader's settings: one schema, validated wherever a stored value enters.
 * `sync:settings` holds the small preferences (well inside storage.sync's 8 kB per item);
 * the site list can grow without bound, so it lives in `local:disabledSites`.
 */
export const HIGHLIGHT_STYLES = ['underline', 'background', 'none'] as const;
export const CARD_LANGUAGES = ['browser', 'en', 'de'] as const;
export const HOVER_DELAY = { min: 0, max: 2000, default: 300 } as const;

const EntitySwitches = v.object(
  Object.fromEntries(ENTITY_IDS.map((id) => [id, v.boolean()])) as Record<EntityId, v.BooleanSchema<undefined>>,
);

export const SettingsSchema = v.object({
  entities: EntitySwitches,
  highlightStyle: v.picklist(HIGHLIGHT_STYLES),
  /** `auto` follows the page's text colour; otherwise a #rrggbb colour. */
  highlightColor: v.union([v.literal('auto'), v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i))]),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(HOVER_DELAY.min), v.maxValue(HOVER_DELAY.max)),
  cardLanguage: v.picklist(CARD_LANGUAGES),
  /** Global pause: no site is read while it is on. */
  paused: v.boolean(),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  entities: Object.freeze(Object.fromEntries(ENTITY_IDS.map((id) => [id, true])) as Record<EntityId, boolean>),
  highlightStyle: 'underline',
  highlightColor: 'auto',
  hoverDelayMs: HOVER_DELAY.default,
  cardLanguage: 'browser',
  paused: false,
});

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Site patterns the reader turned off: `example.com` (that host and its subdomains). */
export const disabledSitesItem = storage.defineItem<string[]>('local:disabledSites', {
  fallback: [],
  version: 1,
});

export interface LoadedSettings {
  readonly settings: Settings;
  /** Names of stored fields that were corrupt or out of range and fell back to their defaults. */
  readonly problems: readonly string[];
}

/** Validates a stored value field by field: a bad field falls back to its default, the rest is kept. */
export function sanitizeSettings(raw: unknown): LoadedSettings {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const problems: string[] = [];
  const settings = { ...DEFAULT_SETTINGS } as Record<keyof Settings, unknown>;
  for (const key of Object.keys(SettingsSchema.entries) as (keyof Settings)[]) {
    if (!(key in record)) continue;
    const parsed = v.safeParse(SettingsSchema.entries[key], record[key]);
    if (parsed.success) settings[key] = parsed.output;
    else problems.push(key);
  }
  if (raw !== null && raw !== undefined && typeof raw !== 'object') problems.push('settings');
  return { settings: settings as Settings, problems };
}

export async function loadSettings(): Promise<LoadedSettings> {
  return sanitizeSettings(await settingsItem.getValue());
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(sanitizeSettings(value).settings));
}

/** The host a site pattern applies to, or null when the pattern is not a valid host name. */
export function normalizeSitePattern(input: string): string | null {
  let host = input.trim().toLowerCase();
  if (!host) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) {
    try {
      host = new URL(host).hostname;
    } catch {
      return null;
    }
  }
  host = host.replace(/^\*\./, '').replace(/\.$/, '');
  const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
  return host.length <= 253 && host.split('.').every((part) => label.test(part)) ? host : null;
}

/** True when the URL's host is a listed site or a subdomain of one. */
export function isSiteDisabled(url: string, sites: readonly string[]): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}

export async function loadDisabledSites(): Promise<string[]> {
  const raw: unknown = await disabledSitesItem.getValue();
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    const site = typeof entry === 'string' ? normalizeSitePattern(entry) : null;
    return site ? [site] : [];
  });
}
