// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { article, entities, formatFigure, relatedNames, relations, timeline } from '../../data';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { PageSummary } from '../../lib/messages';
import { PagePanel, type PagePanelProps } from './Popup';
import type { PageState } from './usePageState';

const data = { article, entities, relatedNames, relations, timeline, formatFigure };
const summary: PageSummary = {
  url: 'https://example.com/',
  enabled: true,
  counts: { musk: 1, altman: 0, openai: 0, stargate: 0, deepseek: 0, qwen: 0 },
  mentions: [{ id: '0:1', entity: 'musk', text: 'Musk', context: 'Musk said <img src=x onerror=alert(1)> nothing.', frameId: 0 }],
  scan: { textNodes: 3, chars: 90, ms: 1, done: true },
};

function show(state: PageState, extra: Partial<PagePanelProps['page']> = {}) {
  const page = {
    tab: { id: 1, url: 'https://example.com/' },
    host: 'example.com',
    state,
    settings: DEFAULT_SETTINGS,
    siteOff: false,
    start: vi.fn(async () => {}),
    showMention: vi.fn(async () => {}),
    setSiteOn: vi.fn(async () => {}),
    setPaused: vi.fn(async () => {}),
    ...extra,
  } satisfies PagePanelProps['page'];
  const root = document.createElement('div');
  document.body.append(root);
  render(<PagePanel page={page} data={data} lang="en" />, root);
  return { root, page, state: () => root.querySelector('[data-testid="page-state"]')?.getAttribute('data-state') };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('popup page states', () => {
  test('while the first scan runs, the mentions found so far show under a note', () => {
    const view = show({ kind: 'summary', summary: { ...summary, scan: { ...summary.scan, done: false } } });
    expect(view.state()).toBe('scanning');
    expect(view.root.textContent).toContain('Still reading the page…');
    expect(view.root.querySelectorAll('button.mention')).toHaveLength(1);
  });

  test('page text is shown as text, never as markup', () => {
    const view = show({ kind: 'summary', summary });
    expect(view.root.querySelector('img')).toBeNull();
    expect(view.root.querySelector('button.mention')!.textContent).toBe('Musk said <img src=x onerror=alert(1)> nothing.');
  });

  test('a click on a mention asks the tab to show it', () => {
    const view = show({ kind: 'summary', summary });
    view.root.querySelector<HTMLButtonElement>('button.mention')!.click();
    expect(view.page.showMention).toHaveBeenCalledWith('0:1');
  });

  test('a tab without the content script offers to start it', () => {
    const view = show({ kind: 'not-started', starting: false, error: 'Frame was removed' });
    expect(view.state()).toBe('not-started');
    expect(view.root.textContent).toContain('Could not start on this page: Frame was removed');
    view.root.querySelector<HTMLButtonElement>('[data-testid="start-here"]')!.click();
    expect(view.page.start).toHaveBeenCalled();
  });

  test.each([
    ['restricted', { kind: 'restricted' } as PageState, {}],
    ['paused', { kind: 'summary', summary } as PageState, { settings: { ...DEFAULT_SETTINGS, paused: true } }],
    ['site-off', { kind: 'summary', summary } as PageState, { siteOff: true }],
    ['error', { kind: 'error', message: 'Tab closed' } as PageState, {}],
    ['loading', { kind: 'loading' } as PageState, {}],
    ['none', { kind: 'summary', summary: { ...summary, counts: { ...summary.counts, musk: 0 }, mentions: [] } } as PageState, {}],
  ])('%s has its own message', (expected, state, extra) => {
    const view = show(state, extra);
    expect(view.state()).toBe(expected);
    expect(view.root.textContent!.length).toBeGreaterThan(10);
  });
});
