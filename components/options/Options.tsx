import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ENTITY_IDS, type Entity, type EntityId, type UiLang } from '../../data/types';
import { t } from '../../lib/i18n';
import {
  CARD_LANGUAGES,
  DEFAULT_SETTINGS,
  HIGHLIGHT_STYLES,
  HOVER_DELAY,
  addDisabledSite,
  disabledSitesItem,
  exportSettings,
  importSettings,
  loadSettings,
  removeDisabledSite,
  resetSettings,
  sanitizeSites,
  updateSettings,
  watchDisabledSites,
  watchSettings,
  type CardLanguage,
  type HighlightStyle,
  type ImportProblem,
  type Settings,
} from '../../lib/settings';
import { Switch } from '../shared/Switch';
import { describeImportProblem, fieldLabel } from './describe';

/** Sliders and colour pickers fire many changes a second; storage.sync allows about two writes a second. */
const SAVE_DEBOUNCE_MS = 500;

const STYLE_KEYS = { underline: 'optionsStyleUnderline', background: 'optionsStyleBackground', none: 'optionsStyleNone' } as const;
const LANGUAGE_KEYS = { browser: 'optionsLanguageBrowser', en: 'optionsLanguageEn', de: 'optionsLanguageDe' } as const;
const SHORTCUTS_URL = 'chrome://extensions/shortcuts';

type Status =
  | { readonly kind: 'saved' | 'imported' | 'reset' }
  | { readonly kind: 'save-failed'; readonly message: string }
  | { readonly kind: 'import-failed'; readonly problems: readonly ImportProblem[] };

interface OptionsProps {
  readonly entities: Readonly<Record<EntityId, Entity>>;
  readonly lang: UiLang;
}

export function Options({ entities, lang }: OptionsProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [sites, setSites] = useState<string[]>([]);
  const [corrupt, setCorrupt] = useState<{ fields: readonly string[]; droppedSites: number }>({ fields: [], droppedSites: 0 });
  const [status, setStatus] = useState<Status | null>(null);
  const pending = useRef<Partial<Settings>>({});
  const debounce = useRef<ReturnType<typeof setTimeout>>();
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    void Promise.all([loadSettings(), disabledSitesItem.getValue()]).then(([loaded, rawSites]) => {
      const checkedSites = sanitizeSites(rawSites);
      setSettings(loaded.settings);
      setSites(checkedSites.sites);
      setCorrupt({ fields: loaded.problems, droppedSites: checkedSites.dropped.length });
    });
    const stopSettings = watchSettings((incoming) => setSettings({ ...incoming, ...pending.current }));
    const stopSites = watchDisabledSites(setSites);
    return () => {
      stopSettings();
      stopSites();
    };
  }, []);

  /** Writes one after another, so two quick changes to different fields cannot overwrite each other. */
  const write = (patch: Partial<Settings>) => {
    queue.current = queue.current
      .then(() => updateSettings(patch))
      .then(
        () => setStatus({ kind: 'saved' }),
        (error: unknown) => setStatus({ kind: 'save-failed', message: error instanceof Error ? error.message : String(error) }),
      );
    return queue.current;
  };

  const change = (patch: Partial<Settings>, { debounced = false } = {}) => {
    setSettings((current) => (current ? { ...current, ...patch } : current));
    if (!debounced) return void write(patch);
    pending.current = { ...pending.current, ...patch };
    clearTimeout(debounce.current);
    debounce.current = setTimeout(() => {
      const batch = pending.current;
      pending.current = {};
      void write(batch);
    }, SAVE_DEBOUNCE_MS);
  };

  if (!settings) return null;

  return (
    <main class="options">
      <h1>{t(lang, 'optionsTitle')}</h1>
      <p class="muted">{t(lang, 'optionsIntro')}</p>

      {(corrupt.fields.length > 0 || corrupt.droppedSites > 0) && (
        <div class="notice error" role="alert" data-testid="corrupt-notice">
          {corrupt.fields.length > 0 && (
            <p>{t(lang, 'optionsCorrupt', corrupt.fields.map((field) => fieldLabel(lang, field, entities)).join(', '))}</p>
          )}
          {corrupt.droppedSites > 0 && <p>{t(lang, 'optionsCorruptSites', corrupt.droppedSites)}</p>}
        </div>
      )}

      <section aria-labelledby="general-heading">
        <h2 id="general-heading">{t(lang, 'optionsGeneralHeading')}</h2>
        <div class="stack">
          <Switch checked={settings.paused} onChange={(paused) => change({ paused })} testId="option-paused">
            {t(lang, 'optionsPauseLabel')}
          </Switch>
          <Switch checked={settings.showBadge} onChange={(showBadge) => change({ showBadge })} testId="option-badge">
            {t(lang, 'optionsBadgeLabel')}
          </Switch>
        </div>
      </section>

      <section aria-labelledby="entities-heading">
        <h2 id="entities-heading">{t(lang, 'optionsEntitiesHeading')}</h2>
        <div class="entity-grid">
          {ENTITY_IDS.map((id) => (
            <Switch
              key={id}
              checked={settings.entities[id]}
              onChange={(on) => change({ entities: { ...settings.entities, [id]: on } })}
              testId={`option-entity-${id}`}
            >
              {entities[id].name}
            </Switch>
          ))}
        </div>
      </section>

      <section aria-labelledby="style-heading">
        <h2 id="style-heading">{t(lang, 'optionsStyleHeading')}</h2>
        <fieldset>
          <legend>{t(lang, 'optionsStyleLabel')}</legend>
          {HIGHLIGHT_STYLES.map((style: HighlightStyle) => (
            <label key={style} class="choice">
              <input
                type="radio"
                name="highlightStyle"
                value={style}
                checked={settings.highlightStyle === style}
                onChange={() => change({ highlightStyle: style })}
              />
              <span class={`sample sample-${style}`} aria-hidden="true" style={sampleColor(settings)}>
                Abc
              </span>
              {t(lang, STYLE_KEYS[style])}
            </label>
          ))}
        </fieldset>

        <fieldset>
          <legend>{t(lang, 'optionsColorLabel')}</legend>
          <label class="choice">
            <input
              type="radio"
              name="highlightColor"
              checked={settings.highlightColor === 'auto'}
              onChange={() => change({ highlightColor: 'auto' })}
            />
            {t(lang, 'optionsColorAuto')}
          </label>
          <label class="choice">
            <input
              type="radio"
              name="highlightColor"
              checked={settings.highlightColor !== 'auto'}
              onChange={() => change({ highlightColor: lastColor.current })}
              data-testid="option-color-custom"
            />
            {t(lang, 'optionsColorCustom')}
          </label>
          <input
            type="color"
            class="color"
            aria-label={t(lang, 'optionsColorCustom')}
            value={settings.highlightColor === 'auto' ? lastColor.current : settings.highlightColor}
            onInput={(event) => {
              lastColor.current = event.currentTarget.value;
              change({ highlightColor: event.currentTarget.value }, { debounced: true });
            }}
          />
        </fieldset>

        <div class="field">
          <label for="hover-delay">{t(lang, 'optionsDelayLabel')}</label>
          <div class="range">
            <input
              id="hover-delay"
              type="range"
              min={HOVER_DELAY.min}
              max={HOVER_DELAY.max}
              step={HOVER_DELAY.step}
              value={settings.hoverDelayMs}
              aria-describedby="hover-delay-hint"
              aria-valuetext={t(lang, 'optionsDelayValue', settings.hoverDelayMs)}
              data-testid="option-delay"
              onInput={(event) => change({ hoverDelayMs: Number(event.currentTarget.value) }, { debounced: true })}
            />
            <output for="hover-delay">{t(lang, 'optionsDelayValue', settings.hoverDelayMs)}</output>
          </div>
          <p id="hover-delay-hint" class="muted hint">
            {t(lang, 'optionsDelayHint')}
          </p>
        </div>

        <div class="field">
          <label for="card-language">{t(lang, 'optionsLanguageLabel')}</label>
          <select
            id="card-language"
            value={settings.cardLanguage}
            data-testid="option-language"
            onChange={(event) => change({ cardLanguage: event.currentTarget.value as CardLanguage })}
          >
            {CARD_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(lang, LANGUAGE_KEYS[language])}
              </option>
            ))}
          </select>
        </div>
      </section>

      <Shortcuts lang={lang} />
      <Sites lang={lang} sites={sites} />

      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">{t(lang, 'optionsBackupHeading')}</h2>
        <div class="row">
          <button type="button" class="button" data-testid="export" onClick={() => void downloadExport()}>
            {t(lang, 'optionsExport')}
          </button>
          <label class="button file">
            {t(lang, 'optionsImport')}
            <input
              type="file"
              accept="application/json,.json"
              class="visually-hidden"
              data-testid="import"
              onChange={async (event) => {
                const input = event.currentTarget;
                const file = input.files?.[0];
                input.value = '';
                if (!file) return;
                let text: string;
                try {
                  text = await file.text();
                } catch (error) {
                  setStatus({ kind: 'import-failed', problems: [{ code: 'not-json', detail: String(error) }] });
                  return;
                }
                const result = await importSettings(text);
                setStatus(result.ok ? { kind: 'imported' } : { kind: 'import-failed', problems: result.problems });
              }}
            />
          </label>
          <button
            type="button"
            class="button"
            data-testid="reset"
            onClick={async () => {
              clearTimeout(debounce.current);
              pending.current = {};
              await resetSettings();
              setSettings(DEFAULT_SETTINGS);
              setStatus({ kind: 'reset' });
            }}
          >
            {t(lang, 'optionsReset')}
          </button>
        </div>
      </section>

      <div class="status-line" role="status" aria-live="polite" data-testid="options-status">
        {status?.kind === 'saved' && <p class="ok">{t(lang, 'optionsSaved')}</p>}
        {status?.kind === 'imported' && <p class="ok">{t(lang, 'optionsImportDone')}</p>}
        {status?.kind === 'reset' && <p class="ok">{t(lang, 'optionsResetDone')}</p>}
        {status?.kind === 'save-failed' && <p class="error-text">{t(lang, 'optionsSaveFailed', status.message)}</p>}
      </div>
      {status?.kind === 'import-failed' && (
        <div class="notice error" role="alert" data-testid="import-error">
          <p>{t(lang, 'optionsImportFailed')}</p>
          <ul>
            {status.problems.map((problem, index) => (
              <li key={index}>{describeImportProblem(lang, problem, entities)}</li>
            ))}
          </ul>
        </div>
      )}
    </main>
  );
}

/** The colour a custom choice starts from: the last one picked on this page, or a readable blue. */
const lastColor = { current: '#1a73e8' };

function sampleColor(settings: Settings) {
  return settings.highlightColor === 'auto' ? undefined : { '--sample': settings.highlightColor };
}

async function downloadExport(): Promise<void> {
  const data = await exportSettings();
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'context-cards-settings.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Shortcuts({ lang }: { lang: UiLang }) {
  const [commands, setCommands] = useState<{ name?: string; description?: string; shortcut?: string }[]>([]);
  const [cannotOpen, setCannotOpen] = useState(false);
  const firefox = import.meta.env.BROWSER === 'firefox';
  useEffect(() => {
    void browser.commands.getAll().then((all) => setCommands(all.filter((command) => command.name !== '_execute_action')));
  }, []);
  return (
    <section aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">{t(lang, 'optionsShortcutHeading')}</h2>
      <ul class="plain" data-testid="shortcuts">
        {commands.map((command) => (
          <li key={command.name}>
            {t(lang, 'optionsShortcutCurrent', command.description ?? command.name ?? '', command.shortcut || t(lang, 'optionsShortcutUnset'))}
          </li>
        ))}
      </ul>
      {firefox ? (
        <p class="muted">{t(lang, 'optionsShortcutFirefox')}</p>
      ) : (
        <>
          {/* Pages cannot link to chrome:// addresses, but an extension may open one in a new tab. */}
          <button
            type="button"
            class="button"
            onClick={() => browser.tabs.create({ url: SHORTCUTS_URL }).catch(() => setCannotOpen(true))}
          >
            {t(lang, 'optionsShortcutOpen')}
          </button>
          <p class={cannotOpen ? '' : 'muted'} data-testid="shortcut-path">
            {t(lang, 'optionsShortcutPath', SHORTCUTS_URL)}
          </p>
        </>
      )}
    </section>
  );
}

function Sites({ lang, sites }: { lang: UiLang; sites: readonly string[] }) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const result = await addDisabledSite(input);
    if (result.ok) {
      setInput('');
      setError(null);
    } else {
      setError(result.reason === 'invalid' ? t(lang, 'optionsSitesInvalid', input.trim()) : t(lang, 'optionsSitesDuplicate', input.trim()));
    }
  };
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t(lang, 'optionsSitesHeading')}</h2>
      <p class="muted">{t(lang, 'optionsSitesHint')}</p>
      <form class="row" onSubmit={submit} noValidate>
        <label for="site-input" class="visually-hidden">
          {t(lang, 'optionsSitesInputLabel')}
        </label>
        <input
          id="site-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.com"
          value={input}
          aria-invalid={error !== null}
          aria-describedby={error ? 'site-error' : undefined}
          data-testid="site-input"
          onInput={(event) => setInput(event.currentTarget.value)}
        />
        <button type="submit" class="button" data-testid="site-add">
          {t(lang, 'optionsSitesAdd')}
        </button>
      </form>
      {error && (
        <p id="site-error" class="error-text" role="alert" data-testid="site-error">
          {error}
        </p>
      )}
      {sites.length === 0 ? (
        <p class="muted">{t(lang, 'optionsSitesEmpty')}</p>
      ) : (
        <ul class="sites" data-testid="site-list">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" class="button" aria-label={t(lang, 'optionsSitesRemove', site)} onClick={() => void removeDisabledSite(site)}>
                {t(lang, 'optionsSitesRemoveShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
