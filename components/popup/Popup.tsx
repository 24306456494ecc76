import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { UiLang } from '../../data/types';
import { t } from '../../lib/i18n';
import { Switch } from '../shared/Switch';
import { Story, type StoryData } from '../story/Story';
import { MentionList } from './MentionList';
import { usePageState, type PageState } from './usePageState';

type TabName = 'page' | 'story';
const TABS: readonly TabName[] = ['page', 'story'];

interface PopupProps {
  readonly data: StoryData;
  readonly lang: UiLang;
}

export function Popup({ data, lang }: PopupProps) {
  const page = usePageState();
  const [tab, setTab] = useState<TabName>('page');
  const tabRefs = useRef<Partial<Record<TabName, HTMLButtonElement | null>>>({});

  const onTabKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!;
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  const canSwitchSite = page.host !== undefined;
  return (
    <div class="popup">
      <header>
        <h1>{t(lang, 'extName')}</h1>
        <button type="button" class="link-button" data-testid="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
          {t(lang, 'popupOptions')}
        </button>
      </header>

      <div class="switches">
        <Switch
          checked={canSwitchSite && !page.siteOff}
          disabled={!canSwitchSite}
          onChange={(on) => void page.setSiteOn(on)}
          testId="site-switch"
        >
          {page.host ? t(lang, 'popupSiteOn', page.host) : t(lang, 'popupSiteOnGeneric')}
        </Switch>
        <Switch checked={page.settings.paused} onChange={(paused) => void page.setPaused(paused)} testId="pause-switch">
          {t(lang, 'popupPause')}
        </Switch>
      </div>

      <div role="tablist" class="tabs" aria-label={t(lang, 'extName')} onKeyDown={onTabKey}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            ref={(element) => {
              tabRefs.current[name] = element;
            }}
            onClick={() => setTab(name)}
          >
            {t(lang, name === 'page' ? 'popupTabPage' : 'popupTabStory')}
          </button>
        ))}
      </div>

      <div role="tabpanel" id="panel-page" aria-labelledby="tab-page" hidden={tab !== 'page'} class="panel" data-testid="page-panel">
        <PagePanel page={page} data={data} lang={lang} />
      </div>
      <div role="tabpanel" id="panel-story" aria-labelledby="tab-story" hidden={tab !== 'story'} class="panel">
        {tab === 'story' && <Story data={data} lang={lang} />}
      </div>
    </div>
  );
}

export interface PagePanelProps {
  readonly page: ReturnType<typeof usePageState>;
  readonly data: StoryData;
  readonly lang: UiLang;
}

function Status({ state, children }: { state: string; children: ComponentChildren }) {
  return (
    <div class="status notice" role="status" data-state={state} data-testid="page-state">
      {children}
    </div>
  );
}

export function PagePanel({ page, data, lang }: PagePanelProps) {
  const state: PageState = page.state;
  if (state.kind === 'no-tab') return <Status state="no-tab">{t(lang, 'popupNoTab')}</Status>;
  if (state.kind === 'restricted') return <Status state="restricted">{t(lang, 'popupRestricted')}</Status>;
  if (page.settings.paused) return <Status state="paused">{t(lang, 'popupPaused')}</Status>;
  if (page.siteOff) return <Status state="site-off">{t(lang, 'popupSiteOff', page.host ?? '')}</Status>;
  if (state.kind === 'not-started') {
    return (
      <Status state="not-started">
        <p>{t(lang, 'popupNotStarted')}</p>
        <button type="button" class="button primary" disabled={state.starting} data-testid="start-here" onClick={() => void page.start()}>
          {t(lang, 'popupStart')}
        </button>
        {state.error && <p class="error-text">{t(lang, 'popupStartFailed', state.error)}</p>}
      </Status>
    );
  }
  if (state.kind === 'error') return <Status state="error">{t(lang, 'popupNoAnswer', state.message)}</Status>;
  if (state.kind === 'loading' || !state.summary.enabled) return <Status state="loading">{t(lang, 'popupLoading')}</Status>;

  const { summary } = state;
  const empty = summary.mentions.length === 0 && Object.values(summary.counts).every((count) => count === 0);
  return (
    <>
      {!summary.scan.done && <Status state="scanning">{t(lang, 'popupScanning')}</Status>}
      {summary.scan.done && empty ? (
        <Status state="none">{t(lang, 'popupNoMentions')}</Status>
      ) : (
        <MentionList summary={summary} entities={data.entities} lang={lang} onShow={(id) => void page.showMention(id)} />
      )}
    </>
  );
}
