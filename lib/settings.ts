import { storage } from '#imports';
import * as v from 'valibot';
import { ENTITY_IDS, type EntityId } from '../data/types';
import { isSiteDisabled } from './page-gate';

/**
 * The reader's settings: one schema, validated wherever a stored value enters.
 * `sync:settings` holds the small preferences (well inside storage.sync's 8 kB per item);
 * the site list can grow without bound, so it lives in `local:disabledSites`.
 */
export const HIGHLIGHT_STYLES = ['underline', 'background', 'none'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];
export const CARD_LANGUAGES = ['browser', 'en', 'de'] as const;
export type CardLanguage = (typeof CARD_LANGUAGES)[number];
export const HOVER_DELAY = { min: 0, max: 2000, step: 50, default: 300 } as const;

/** Bumped whenever the stored shape changes; `SETTINGS_MIGRATIONS` carries older values forward. */
export const SETTINGS_VERSION = 2;

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
  /** Since v2: the toolbar badge shows the number of mentions on the tab. */
  showBadge: v.boolean(),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;
export type SettingsField = keyof Settings;
export const SETTINGS_FIELDS = Object.keys(SettingsSchema.entries) as SettingsField[];

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  entities: Object.freeze(Object.fromEntries(ENTITY_IDS.map((id) => [id, true])) as Record<EntityId, boolean>),
  highlightStyle: 'underline',
  highlightColor: 'auto',
  hoverDelayMs: HOVER_DELAY.default,
  cardLanguage: 'browser',
  paused: false,
  showBadge: true,
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Migrations from each stored version to the next, keyed by the version they produce. They must accept
 * anything (a corrupt value is passed on unchanged for `sanitizeSettings` to repair field by field).
 */
const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: (old) => (isRecord(old) && !('showBadge' in old) ? { ...old, showBadge: true } : old),
};

/** Applies the migrations from `fromVersion` up to the current version (also used for imported files). */
function migrateSettings(value: unknown, fromVersion: number): unknown {
  let migrated = value;
  for (let version = fromVersion + 1; version <= SETTINGS_VERSION; version++) {
    migrated = SETTINGS_MIGRATIONS[version]?.(migrated) ?? migrated;
  }
  return migrated;
}

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** Site patterns the reader turned off: `example.com` (that host and its subdomains). */
export const disabledSitesItem = storage.defineItem<string[]>('local:disabledSites', {
  fallback: [],
  version: 1,
});

export interface LoadedSettings {
  readonly settings: Settings;
  /**
   * Stored fields that were corrupt or out of range and fell back to their defaults: a field name
   * (`hoverDelayMs`), `entities.<id>` for one entity switch, or `settings` when the whole value was unusable.
   */
  readonly problems: readonly string[];
}

/** Validates a stored value field by field: a bad field falls back to its default, the rest is kept. */
export function sanitizeSettings(raw: unknown): LoadedSettings {
  if (raw === null || raw === undefined) return { settings: DEFAULT_SETTINGS, problems: [] };
  if (!isRecord(raw)) return { settings: DEFAULT_SETTINGS, problems: ['settings'] };
  const problems: string[] = [];
  const settings = { ...DEFAULT_SETTINGS } as Record<SettingsField, unknown>;
  for (const key of SETTINGS_FIELDS) {
    if (!(key in raw)) continue;
    if (key === 'entities') {
      settings.entities = sanitizeEntities(raw.entities, problems);
      continue;
    }
    const parsed = v.safeParse(SettingsSchema.entries[key], raw[key]);
    if (parsed.success) settings[key] = parsed.output;
    else problems.push(key);
  }
  return { settings: settings as Settings, problems };
}

function sanitizeEntities(raw: unknown, problems: string[]): Record<EntityId, boolean> {
  if (!isRecord(raw)) {
    problems.push('entities');
    return { ...DEFAULT_SETTINGS.entities };
  }
  const entities = { ...DEFAULT_SETTINGS.entities };
  for (const id of ENTITY_IDS) {
    const value = raw[id];
    if (typeof value === 'boolean') entities[id] = value;
    else if (value !== undefined) problems.push(`entities.${id}`);
  }
  return entities;
}

export async function loadSettings(): Promise<LoadedSettings> {
  return sanitizeSettings(await settingsItem.getValue());
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(sanitizeSettings(value).settings));
}

/** Saves a change to some fields; the rest is read back (sanitised) so one corrupt field cannot block saving. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = { ...settings, ...patch };
  await settingsItem.setValue(next);
  return next;
}

/** Puts every preference back to its default. The site list is not a preference and is kept. */
export async function resetSettings(): Promise<void> {
  await settingsItem.setValue(DEFAULT_SETTINGS);
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

export { isSiteDisabled };

export interface LoadedSites {
  readonly sites: string[];
  /** Stored entries that were not valid site patterns and were left out. */
  readonly dropped: readonly unknown[];
}

export function sanitizeSites(raw: unknown): LoadedSites {
  if (raw === null || raw === undefined) return { sites: [], dropped: [] };
  if (!Array.isArray(raw)) return { sites: [], dropped: [raw] };
  const sites: string[] = [];
  const dropped: unknown[] = [];
  for (const entry of raw) {
    const site = typeof entry === 'string' ? normalizeSitePattern(entry) : null;
    if (site === null) dropped.push(entry);
    else if (!sites.includes(site)) sites.push(site);
  }
  return { sites, dropped };
}

export async function loadDisabledSites(): Promise<string[]> {
  return sanitizeSites(await disabledSitesItem.getValue()).sites;
}

export function watchDisabledSites(callback: (sites: string[]) => void): () => void {
  return disabledSitesItem.watch((value) => callback(sanitizeSites(value).sites));
}

export type AddSiteResult = { readonly ok: true; readonly site: string } | { readonly ok: false; readonly reason: 'invalid' | 'duplicate' };

/** Turns a site off. The input may be a host name, `*.host` or a URL; anything else is refused. */
export async function addDisabledSite(input: string): Promise<AddSiteResult> {
  const site = normalizeSitePattern(input);
  if (site === null) return { ok: false, reason: 'invalid' };
  const sites = await loadDisabledSites();
  if (sites.includes(site)) return { ok: false, reason: 'duplicate' };
  await disabledSitesItem.setValue([...sites, site]);
  return { ok: true, site };
}

export async function removeDisabledSite(site: string): Promise<void> {
  const sites = await loadDisabledSites();
  await disabledSitesItem.setValue(sites.filter((entry) => entry !== site));
}

/**
 * The popup's per-site switch. Turning a site on removes every pattern that covers its host
 * (a listed parent domain included), so the switch always does what it says for the page at hand.
 */
export async function setSiteEnabled(url: string, enabled: boolean): Promise<void> {
  const host = new URL(url).hostname.toLowerCase();
  const sites = await loadDisabledSites();
  if (enabled) {
    await disabledSitesItem.setValue(sites.filter((site) => !isSiteDisabled(url, [site])));
  } else if (!isSiteDisabled(url, sites)) {
    await disabledSitesItem.setValue([...sites, host]);
  }
}

/* ---------- Export and import ---------- */

const EXPORT_FORMAT = 'context-cards-settings';
/** Larger files are refused before parsing: a real export is well under 1 kB plus the site list. */
const IMPORT_MAX_BYTES = 1_000_000;

export interface SettingsExport {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: number;
  readonly settings: Settings;
  readonly disabledSites: readonly string[];
}

export async function exportSettings(): Promise<SettingsExport> {
  const [{ settings }, disabledSites] = await Promise.all([loadSettings(), loadDisabledSites()]);
  return { format: EXPORT_FORMAT, version: SETTINGS_VERSION, settings, disabledSites };
}

/** What is wrong with an import file; the options page turns each into a sentence. */
export type ImportProblem =
  | { readonly code: 'too-large' }
  | { readonly code: 'not-json'; readonly detail: string }
  | { readonly code: 'not-settings-file' }
  | { readonly code: 'newer-version'; readonly version: number }
  | { readonly code: 'bad-field'; readonly field: string }
  | { readonly code: 'bad-site'; readonly value: string };

export type ImportResult =
  | { readonly ok: true; readonly settings: Settings; readonly disabledSites: string[] }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

/**
 * Checks an import file completely. Unlike stored values, nothing falls back here: a file with any
 * bad field is refused as a whole, so importing can never half-apply. Fields missing from an older
 * file are migrated the same way stored values are; fields the file leaves out keep their defaults.
 */
export function parseSettingsImport(text: string): ImportResult {
  if (text.length > IMPORT_MAX_BYTES) return { ok: false, problems: [{ code: 'too-large' }] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ code: 'not-json', detail: error instanceof Error ? error.message : String(error) }] };
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT || !isRecord(data.settings)) {
    return { ok: false, problems: [{ code: 'not-settings-file' }] };
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problems: [{ code: 'bad-field', field: 'version' }] };
  }
  if (version > SETTINGS_VERSION) return { ok: false, problems: [{ code: 'newer-version', version }] };

  const migrated = migrateSettings(data.settings, version);
  const { settings, problems: fieldProblems } = sanitizeSettings(migrated);
  const problems: ImportProblem[] = fieldProblems.map((field) => ({ code: 'bad-field', field }));
  if (isRecord(migrated)) {
    for (const key of Object.keys(migrated)) {
      if (!(SETTINGS_FIELDS as string[]).includes(key)) problems.push({ code: 'bad-field', field: key });
    }
  }

  let disabledSites: string[] = [];
  if (data.disabledSites !== undefined) {
    if (!Array.isArray(data.disabledSites)) {
      problems.push({ code: 'bad-field', field: 'disabledSites' });
    } else {
      const loaded = sanitizeSites(data.disabledSites);
      disabledSites = loaded.sites;
      for (const entry of loaded.dropped) problems.push({ code: 'bad-site', value: JSON.stringify(entry).slice(0, 80) });
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, settings, disabledSites };
}

/** Validates, then writes both stores; on any problem nothing is written. */
export async function importSettings(text: string): Promise<ImportResult> {
  const result = parseSettingsImport(text);
  if (result.ok) {
    await settingsItem.setValue(result.settings);
    await disabledSitesItem.setValue(result.disabledSites);
  }
  return result;
}
