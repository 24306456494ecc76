import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  addDisabledSite,
  disabledSitesItem,
  exportSettings,
  importSettings,
  isSiteDisabled,
  loadDisabledSites,
  loadSettings,
  normalizeSitePattern,
  parseSettingsImport,
  removeDisabledSite,
  resetSettings,
  sanitizeSettings,
  setSiteEnabled,
  settingsItem,
  updateSettings,
  watchSettings,
} from './settings';

/** A settings value as version 1 stored it: everything but `showBadge`. */
const V1_SETTINGS = {
  entities: { musk: true, altman: false, openai: true, stargate: true, deepseek: true, qwen: true },
  highlightStyle: 'background',
  highlightColor: '#aa3300',
  hoverDelayMs: 500,
  cardLanguage: 'de',
  paused: false,
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('defaults', () => {
  it('a fresh install reads the defaults and reports no problem', async () => {
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(await loadDisabledSites()).toEqual([]);
  });

  it('every entity is on, underline, auto colour, 300 ms, browser language, not paused, badge shown', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      entities: { musk: true, altman: true, openai: true, stargate: true, deepseek: true, qwen: true },
      highlightStyle: 'underline',
      highlightColor: 'auto',
      hoverDelayMs: 300,
      cardLanguage: 'browser',
      paused: false,
      showBadge: true,
    });
  });

  it('the largest settings value stays far inside storage.sync’s 8 kB per item', () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ settings: { ...DEFAULT_SETTINGS, highlightColor: '#ffffff' } })).length;
    expect(bytes).toBeLessThan(8192 / 4);
  });

  it('reset puts every preference back and keeps the site list', async () => {
    await updateSettings({ hoverDelayMs: 900, paused: true });
    await addDisabledSite('example.com');
    await resetSettings();
    expect((await loadSettings()).settings).toEqual(DEFAULT_SETTINGS);
    expect(await loadDisabledSites()).toEqual(['example.com']);
  });
});

describe('migration', () => {
  it('a version 1 value gains showBadge and keeps every choice the reader made', async () => {
    await fakeBrowser.storage.sync.set({ settings: V1_SETTINGS, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await loadSettings()).toEqual({ settings: { ...V1_SETTINGS, showBadge: true }, problems: [] });
    expect(await fakeBrowser.storage.sync.get('settings$')).toEqual({ settings$: { v: SETTINGS_VERSION } });
  });

  it('a version 1 value without version metadata is treated as version 1', async () => {
    await fakeBrowser.storage.sync.set({ settings: V1_SETTINGS });
    await settingsItem.migrate();
    expect((await loadSettings()).settings.showBadge).toBe(true);
    expect((await loadSettings()).settings.cardLanguage).toBe('de');
  });

  it('a corrupt version 1 value survives migration and falls back when read', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'garbage', settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, problems: ['settings'] });
  });

  it('an old export file is migrated on import', () => {
    const result = parseSettingsImport(JSON.stringify({ format: 'context-cards-settings', version: 1, settings: V1_SETTINGS }));
    expect(result).toEqual({ ok: true, settings: { ...V1_SETTINGS, showBadge: true }, disabledSites: [] });
  });
});

describe('corrupt stored values', () => {
  it('each bad field falls back alone and is named; good fields are kept', async () => {
    await fakeBrowser.storage.sync.set({
      settings: {
        ...DEFAULT_SETTINGS,
        hoverDelayMs: 99999,
        highlightColor: 'red; background: url(x)',
        highlightStyle: 'blink',
        cardLanguage: 'de',
        entities: { ...DEFAULT_SETTINGS.entities, qwen: 'yes', musk: false },
      },
    });
    const { settings, problems } = await loadSettings();
    expect(problems).toEqual(['entities.qwen', 'highlightStyle', 'highlightColor', 'hoverDelayMs']);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      cardLanguage: 'de',
      entities: { ...DEFAULT_SETTINGS.entities, musk: false },
    });
  });

  it.each([
    ['a string', 'oops', ['settings']],
    ['an array', [1, 2], ['settings']],
    ['a number', 42, ['settings']],
    ['entities as a list', { entities: ['musk'] }, ['entities']],
    ['a fractional delay', { hoverDelayMs: 12.5 }, ['hoverDelayMs']],
    ['a negative delay', { hoverDelayMs: -1 }, ['hoverDelayMs']],
    ['a three-digit colour', { highlightColor: '#fff' }, ['highlightColor']],
    ['paused as a string', { paused: 'true' }, ['paused']],
  ])('%s falls back to defaults and is reported', (_label, raw, problems) => {
    expect(sanitizeSettings(raw).problems).toEqual(problems);
  });

  it('a missing field is not a problem (older or partial value)', () => {
    expect(sanitizeSettings({ paused: true })).toEqual({ settings: { ...DEFAULT_SETTINGS, paused: true }, problems: [] });
  });

  it('saving a change repairs a corrupt field instead of failing', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, hoverDelayMs: 'slow' } });
    await updateSettings({ paused: true });
    expect(await loadSettings()).toEqual({ settings: { ...DEFAULT_SETTINGS, paused: true }, problems: [] });
  });

  it('a corrupt site list keeps its valid entries only', async () => {
    await fakeBrowser.storage.local.set({ disabledSites: ['Example.COM', 42, 'not a host!', 'example.com', 'news.example.org'] });
    expect(await loadDisabledSites()).toEqual(['example.com', 'news.example.org']);
  });

  it('watchers receive sanitised values', async () => {
    const seen: unknown[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings.hoverDelayMs));
    await fakeBrowser.storage.sync.set({ settings: { hoverDelayMs: 'x' } });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, hoverDelayMs: 700 });
    unwatch();
    expect(seen).toEqual([300, 700]);
  });
});

describe('site list', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  News.Example.com. ', 'news.example.com'],
    ['*.example.com', 'example.com'],
    ['https://www.example.com/path?q=1', 'www.example.com'],
    ['localhost', 'localhost'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
  ])('%s is stored as %s', (input, site) => {
    expect(normalizeSitePattern(input)).toBe(site);
  });

  it.each(['', 'exa mple.com', '-bad.com', 'bad-.com', 'ex_ample.com', 'chrome://', 'a..b', `${'a'.repeat(64)}.com`])(
    '%j is refused',
    (input) => {
      expect(normalizeSitePattern(input)).toBeNull();
    },
  );

  it('a site covers its subdomains but not look-alike hosts', () => {
    expect(isSiteDisabled('https://news.example.com/a', ['example.com'])).toBe(true);
    expect(isSiteDisabled('https://example.com/', ['example.com'])).toBe(true);
    expect(isSiteDisabled('https://notexample.com/', ['example.com'])).toBe(false);
    expect(isSiteDisabled('not a url', ['example.com'])).toBe(false);
  });

  it('adding refuses invalid and duplicate patterns and leaves the list as it was', async () => {
    expect(await addDisabledSite('example.com')).toEqual({ ok: true, site: 'example.com' });
    expect(await addDisabledSite('EXAMPLE.com')).toEqual({ ok: false, reason: 'duplicate' });
    expect(await addDisabledSite('no spaces.com')).toEqual({ ok: false, reason: 'invalid' });
    expect(await loadDisabledSites()).toEqual(['example.com']);
    await removeDisabledSite('example.com');
    expect(await loadDisabledSites()).toEqual([]);
  });

  it('the site list is kept in storage.local, not storage.sync', async () => {
    await addDisabledSite('example.com');
    expect(await fakeBrowser.storage.local.get('disabledSites')).toEqual({ disabledSites: ['example.com'] });
    expect(await fakeBrowser.storage.sync.get('disabledSites')).toEqual({});
  });

  it('the popup switch turns the host off, and on again even when a parent domain was listed', async () => {
    await setSiteEnabled('https://news.example.com/story', false);
    expect(await loadDisabledSites()).toEqual(['news.example.com']);
    await disabledSitesItem.setValue(['example.com', 'other.org']);
    await setSiteEnabled('https://news.example.com/story', true);
    expect(await loadDisabledSites()).toEqual(['other.org']);
  });
});

describe('export and import', () => {
  it('an export imports back to the same settings and sites', async () => {
    await updateSettings({ highlightStyle: 'background', highlightColor: '#123456', hoverDelayMs: 650 });
    await addDisabledSite('example.com');
    const file = JSON.stringify(await exportSettings());
    fakeBrowser.reset();
    expect((await importSettings(file)).ok).toBe(true);
    expect((await loadSettings()).settings).toMatchObject({ highlightStyle: 'background', highlightColor: '#123456', hoverDelayMs: 650 });
    expect(await loadDisabledSites()).toEqual(['example.com']);
  });

  const file = (body: object) => JSON.stringify({ format: 'context-cards-settings', version: SETTINGS_VERSION, ...body });

  it.each([
    ['not JSON', '{ "format": ', [{ code: 'not-json' }]],
    ['JSON of another kind', '{"hello": "world"}', [{ code: 'not-settings-file' }]],
    ['a bare array', '[]', [{ code: 'not-settings-file' }]],
    ['a newer version', file({ version: 99, settings: {} }), [{ code: 'newer-version', version: 99 }]],
    ['a version that is not a number', file({ version: 'two', settings: {} }), [{ code: 'bad-field', field: 'version' }]],
    [
      'bad fields',
      file({ settings: { hoverDelayMs: 5000, highlightColor: 'red', entities: { musk: 1 } } }),
      [
        { code: 'bad-field', field: 'entities.musk' },
        { code: 'bad-field', field: 'highlightColor' },
        { code: 'bad-field', field: 'hoverDelayMs' },
      ],
    ],
    ['an unknown field', file({ settings: { theme: 'pink' } }), [{ code: 'bad-field', field: 'theme' }]],
    ['a bad site', file({ settings: {}, disabledSites: ['ok.com', 'bad site'] }), [{ code: 'bad-site', value: '"bad site"' }]],
    ['sites that are not a list', file({ settings: {}, disabledSites: 'ok.com' }), [{ code: 'bad-field', field: 'disabledSites' }]],
    ['a huge file', ' '.repeat(1_000_001), [{ code: 'too-large' }]],
  ])('%s is refused, naming what is wrong, and nothing changes', async (_label, text, problems) => {
    await updateSettings({ hoverDelayMs: 800 });
    await addDisabledSite('keep.example');
    const result = await importSettings(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual(problems.map((p) => expect.objectContaining(p)));
    expect((await loadSettings()).settings).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 800 });
    expect(await loadDisabledSites()).toEqual(['keep.example']);
  });

  it('a partial file keeps defaults for what it leaves out', () => {
    expect(parseSettingsImport(file({ settings: { paused: true } }))).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, paused: true },
      disabledSites: [],
    });
  });
});
