// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createHighlightMarks, ELEMENT_RULES_UP_TO } from './marks';
import { MentionStore } from './mention-store';
import { Places, selectorOf } from './mark-selectors';

afterEach(() => {
  document.body.innerHTML = '';
  document.adoptedStyleSheets = [];
});

/** The elements a selector names in the document. */
const named = (selector: string | undefined) => [...document.querySelectorAll(selector ?? ':not(*)')];

describe('selectorOf', () => {
  test('names an element by its unique id, or by its place under its parents', () => {
    document.body.innerHTML = '<main><h2>Head</h2><p>One</p><p>Two <b>Musk</b></p></main><div id="lead"><p>Lead</p></div>';
    const [, second, lead] = [...document.querySelectorAll('p')];
    expect(selectorOf(document.querySelector('#lead')!, document)).toBe('#lead');
    expect(selectorOf(lead!, document)).toBe('#lead > p:nth-child(1)');
    expect(selectorOf(second!, document)).toBe(':root > body:nth-child(2) > main:nth-child(1) > p:nth-child(3)');
    for (const element of [second!, lead!, document.querySelector('b')!, document.body]) expect(named(selectorOf(element, document))).toEqual([element]);
  });

  test('an id the page uses twice, or one that needs escaping, still names only that element', () => {
    document.body.innerHTML = '<p id="x">First</p><p id="x">Second</p><p id="a:b">Third</p><x-card>Fourth</x-card>';
    const [first, second, third] = [...document.querySelectorAll('p')];
    expect(selectorOf(first!, document)).toBe('#x');
    expect(named(selectorOf(second!, document))).toEqual([second]);
    expect(named(selectorOf(third!, document))).toEqual([third]);
    expect(named(selectorOf(document.querySelector('x-card')!, document))).toEqual([document.querySelector('x-card')]);
  });

  test('in a shadow tree, its top-level elements are children of :host; elsewhere it names nothing', () => {
    document.body.innerHTML = '<div id="host"></div><p>Outside</p>';
    const shadow = document.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<style></style><p>In the shadow <i>tree</i></p>';
    const inner = shadow.querySelector('i')!;
    expect(selectorOf(inner, shadow)).toBe(':host > p:nth-child(2) > i:nth-child(1)');
    expect(selectorOf(inner, document)).toBeUndefined();
    expect(selectorOf(document.querySelector('p')!, shadow)).toBeUndefined();
  });

  test('places are counted once per parent and follow the tree as it is when asked', () => {
    document.body.innerHTML = '<ul><li>a</li><li>b</li><li>c</li></ul>';
    const last = document.querySelectorAll('li')[2]!;
    const places = new Places();
    expect(places.of(last)).toBe(3);
    document.querySelector('ul')!.prepend(document.createElement('li'));
    expect(places.of(last)).toBe(3);
    expect(new Places().of(last)).toBe(4);
  });
});

describe('the marks style', () => {
  /** The last rule text written to a sheet (happy-dom does not parse ::highlight rules). */
  function written(replaceSync: ReturnType<typeof vi.spyOn>): string {
    return String(replaceSync.mock.calls.at(-1)?.[0] ?? '');
  }

  function setup(html: string) {
    document.body.innerHTML = html;
    vi.stubGlobal('Highlight', class extends Set<StaticRange> {});
    vi.stubGlobal('CSS', { ...CSS, escape: CSS.escape, highlights: new Map() });
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(callback, 0) as unknown as number);
    vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
    const replaceSync = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync');
    const marks = createHighlightMarks();
    marks.setStyle({ highlightStyle: 'underline', highlightColor: 'auto' });
    const store = new MentionStore({ added: (r) => marks.add(r), removed: (r) => marks.remove(r) });
    return { marks, store, replaceSync };
  }

  const frame = () => new Promise((resolve) => setTimeout(resolve, 5));

  test('names only the elements holding a mention, per entity, and forgets them when their mentions go', async () => {
    const { store, replaceSync } = setup('<p>Other text</p><p id="lead">Elon <b>Musk</b> and OpenAI</p>');
    const lead = document.querySelector('#lead')!;
    const [elon, musk, rest] = [lead.firstChild as Text, lead.querySelector('b')!.firstChild as Text, lead.lastChild as Text];
    store.add('musk', { node: elon, offset: 0 }, { node: musk, offset: 4 }, [elon, musk], '');
    store.add('openai', { node: rest, offset: 5 }, { node: rest, offset: 11 }, [rest], '');
    await frame();
    const css = written(replaceSync);
    expect(css).toContain('#lead::highlight(context-cards-musk)');
    expect(css).toContain('#lead > b:nth-child(1)::highlight(context-cards-musk)');
    expect(css).toContain('#lead::highlight(context-cards-openai)');
    expect(css).not.toMatch(/(^|,)::highlight/);
    expect(css).not.toContain('nth-child(1)::highlight(context-cards-openai)');
    expect(document.adoptedStyleSheets).toHaveLength(1);
    store.removeAll();
    await frame();
    expect(written(replaceSync)).toBe('');
  });

  test('an element named by its place is named again after the page moves it', async () => {
    const { store, marks, replaceSync } = setup('<main><p>First</p><p>Sam Altman</p></main>');
    const text = document.querySelectorAll('p')[1]!.firstChild as Text;
    store.add('altman', { node: text, offset: 0 }, { node: text, offset: 10 }, [text], '');
    await frame();
    expect(written(replaceSync)).toContain('main:nth-child(1) > p:nth-child(2)::highlight(context-cards-altman)');
    document.querySelector('main')!.prepend(document.createElement('aside'));
    marks.ensureStyle();
    await frame();
    expect(written(replaceSync)).toContain('main:nth-child(1) > p:nth-child(3)::highlight(context-cards-altman)');
  });

  test('past ELEMENT_RULES_UP_TO marked elements, the rules name no element and list only the entities present', async () => {
    const count = ELEMENT_RULES_UP_TO + 1;
    const { store, replaceSync } = setup(Array.from({ length: count }, (_, i) => `<p>Post ${i}: Sam Altman</p>`).join(''));
    const texts = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    for (const text of texts.slice(0, ELEMENT_RULES_UP_TO)) store.add('altman', { node: text, offset: text.data.indexOf('Sam') }, { node: text, offset: text.data.length }, [text], '');
    await frame();
    expect(written(replaceSync)).toContain('p:nth-child(1)::highlight(context-cards-altman)');
    const last = texts.at(-1)!;
    store.add('altman', { node: last, offset: last.data.indexOf('Sam') }, { node: last, offset: last.data.length }, [last], '');
    await frame();
    const css = written(replaceSync);
    expect(css).toMatch(/^::highlight\(context-cards-altman\)\{text-decoration-line:underline/);
    expect(css).not.toContain('nth-child');
    expect(css).not.toContain('context-cards-musk');
  });

  test('the style setting is written at once; none writes no rule', () => {
    const { store, marks, replaceSync } = setup('<p id="q">Qwen</p>');
    const text = document.querySelector('#q')!.firstChild as Text;
    store.add('qwen', { node: text, offset: 0 }, { node: text, offset: 4 }, [text], '');
    expect(document.adoptedStyleSheets).toHaveLength(0);
    marks.setStyle({ highlightStyle: 'background', highlightColor: 'auto' });
    expect(written(replaceSync)).toMatch(/#q::highlight\(context-cards-qwen\)\{background-color/);
    marks.setStyle({ highlightStyle: 'none', highlightColor: 'auto' });
    expect(written(replaceSync)).toBe('');
    marks.clear();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });
});
