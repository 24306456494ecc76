// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { MentionStore, type MentionRecord } from './mention-store';
import { WRAP_CLASS } from './marks';
import { createWrapMarks } from './wrap-marks';

const settings = { highlightStyle: 'underline', highlightColor: 'auto' } as const;

function setup(html: string) {
  document.body.innerHTML = html;
  const marks = createWrapMarks((change) => change());
  marks.setStyle(settings);
  const store = new MentionStore({ added: (r) => marks.add(r), removed: (r) => marks.remove(r) });
  return { marks, store };
}

afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

describe('wrap fallback', () => {
  test('wraps a mention inside one text node and restores the very same node', () => {
    const { store, marks } = setup('<p>Yesterday Elon Musk spoke.</p>');
    const p = document.querySelector('p')!;
    const original = p.firstChild as Text;
    const record = store.add('musk', { node: original, offset: 10 }, { node: original, offset: 19 }, [original], '');
    const span = p.querySelector(`span.${WRAP_CLASS}`)!;
    expect(span.textContent).toBe('Elon Musk');
    expect(p.textContent).toBe('Yesterday Elon Musk spoke.');
    expect(marks.find(span.firstChild!)).toBe(record);
    store.removeAll();
    expect(p.childNodes.length).toBe(1);
    expect(p.firstChild).toBe(original);
    expect(original.data).toBe('Yesterday Elon Musk spoke.');
  });

  test('wraps a mention split across inline elements and puts every node back', () => {
    const { store } = setup('<p>Elon <b>Musk</b> bid</p>');
    const p = document.querySelector('p')!;
    const before = p.innerHTML;
    const first = p.firstChild as Text;
    const second = p.querySelector('b')!.firstChild as Text;
    store.add('musk', { node: first, offset: 0 }, { node: second, offset: 4 }, [first, second], '');
    expect(p.querySelectorAll(`span.${WRAP_CLASS}`).length).toBe(2);
    expect(p.textContent).toBe('Elon Musk bid');
    store.removeAll();
    expect(p.innerHTML).toBe(before);
  });

  test('clear removes every wrap and the style element', () => {
    const { store, marks } = setup('<p>OpenAI and OpenAI</p>');
    const node = document.querySelector('p')!.firstChild as Text;
    const records: MentionRecord[] = [];
    records.push(store.add('openai', { node, offset: 11 }, { node, offset: 17 }, [node], ''));
    expect(document.querySelectorAll('style[data-context-cards]').length).toBe(1);
    marks.clear();
    expect(document.querySelector(`span.${WRAP_CLASS}`)).toBeNull();
    expect(document.querySelector('p')!.childNodes.length).toBe(1);
    expect(document.querySelectorAll('style[data-context-cards]').length).toBe(0);
  });
});
