// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { EntityId } from '../../data/types';
import type { Mention, ScanResult } from '../../lib/types';
import { MentionStore } from './mention-store';
import { PageScanner } from './page-scanner';

/** A stand-in finder: exact names only, so these tests are about the scanner, not the finder. */
const NAMES: Record<string, EntityId> = { 'Elon Musk': 'musk', OpenAI: 'openai', 'Sam Altman': 'altman' };
function fakeScan(text: string): ScanResult {
  const mentions: Mention[] = [];
  for (const [name, entity] of Object.entries(NAMES)) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) mentions.push({ entity, start: at, end: at + name.length });
  }
  return { mentions: mentions.sort((a, b) => a.start - b.start), ambiguous: [] };
}

function setup(html: string) {
  document.body.innerHTML = html;
  const store = new MentionStore({ added: () => {}, removed: () => {} });
  const onProgress = vi.fn();
  const scanner = new PageScanner({
    store,
    loadScan: async () => fakeScan,
    resolve: async () => [],
    isEntityOn: () => true,
    onShadowRoot: () => {},
    onProgress,
  });
  const observer = new MutationObserver((records) => scanner.handleMutations(records));
  // As the session observes: text changes, and the attributes that show a hidden block.
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'open'] });
  scanner.start(document.body);
  const settle = () => vi.waitFor(() => expect(scanner.stats.done).toBe(true));
  const texts = () => store.all().map((record) => record.text);
  return { store, scanner, settle, texts, observer };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('PageScanner', () => {
  test('finds the mentions of the page in document order, across inline elements', async () => {
    const { settle, texts, scanner } = setup('<p>Elon <b>Musk</b> and OpenAI</p><p>Sam Altman</p>');
    await settle();
    expect(texts()).toEqual(['Elon Musk', 'OpenAI', 'Sam Altman']);
    expect(scanner.stats.chars).toBeGreaterThan(20);
  });

  test('added text is read, and only the changed block: other mentions keep their numbers', async () => {
    const { settle, store, texts } = setup('<p id="a">OpenAI</p><p id="b">nothing</p>');
    await settle();
    const openai = store.all()[0]!.n;
    document.getElementById('b')!.append(' then Sam Altman');
    await vi.waitFor(() => expect(texts()).toEqual(['OpenAI', 'Sam Altman']));
    expect(store.all()[0]!.n).toBe(openai);
  });

  test('a block read again keeps the numbers of the mentions that are still there', async () => {
    const { settle, store, texts } = setup('<p id="a">OpenAI and <span>x</span></p>');
    await settle();
    const before = store.all()[0]!.n;
    document.querySelector('#a span')!.textContent = 'Elon Musk';
    await vi.waitFor(() => expect(texts()).toEqual(['OpenAI', 'Elon Musk']));
    expect(store.all()[0]!.n).toBe(before);
  });

  test('removed text takes its mentions along; changed text drops what it no longer says', async () => {
    const { settle, texts } = setup('<p id="a">OpenAI</p><p id="b">Sam Altman</p>');
    await settle();
    document.getElementById('a')!.remove();
    await vi.waitFor(() => expect(texts()).toEqual(['Sam Altman']));
    (document.getElementById('b')!.firstChild as Text).data = 'Sam Smith';
    await vi.waitFor(() => expect(texts()).toEqual([]));
  });

  test('a hidden block is read once it is shown, and its mentions go when it is hidden again; other attributes are not read', async () => {
    const { settle, texts, scanner } = setup('<p>OpenAI</p><div id="later" hidden><p>Sam Altman</p></div>');
    await settle();
    expect(texts()).toEqual(['OpenAI']);
    const later = document.getElementById('later')!;
    later.removeAttribute('hidden');
    await vi.waitFor(() => expect(texts()).toEqual(['OpenAI', 'Sam Altman']));
    const read = scanner.stats.chars;
    later.setAttribute('hidden', '');
    await vi.waitFor(() => expect(texts()).toEqual(['OpenAI']));
    const handle = vi.spyOn(scanner, 'handleMutations');
    later.firstElementChild!.setAttribute('class', 'x');
    await Promise.resolve();
    expect(handle).not.toHaveBeenCalled();
    expect(scanner.stats.chars).toBe(read);
  });

  test('nested blocks added in one batch are read once each, inner ones with the outer', async () => {
    const { settle, scanner, texts } = setup('<p>nothing</p>');
    await settle();
    const before = scanner.stats.chars;
    const outer = document.createElement('section');
    outer.innerHTML = '<div><p>OpenAI</p></div>';
    document.body.append(outer);
    const inner = document.createElement('div');
    inner.innerHTML = '<p>Sam Altman</p>';
    outer.firstElementChild!.append(inner);
    await vi.waitFor(() => expect(texts()).toEqual(['OpenAI', 'Sam Altman']));
    expect(scanner.stats.chars - before).toBe('OpenAISam Altman'.length);
  });

  test('given blocks, reads only those (the same one twice adds nothing), and is done only once the pass is over', async () => {
    document.body.innerHTML = '<p id="a">OpenAI</p><p id="b">Sam Altman</p><div id="c">Elon Musk <p id="d">OpenAI</p></div>';
    const store = new MentionStore({ added: () => {}, removed: () => {} });
    const scanner = new PageScanner({
      store,
      loadScan: async () => fakeScan,
      resolve: async () => [],
      isEntityOn: () => true,
      onShadowRoot: () => {},
      onProgress: () => {},
    });
    const byId = (id: string) => document.getElementById(id)!;
    scanner.read(byId('d'));
    scanner.read(byId('a'));
    scanner.read(byId('c'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(scanner.stats.done).toBe(false);
    expect(store.all().map((record) => record.text)).toEqual(['OpenAI', 'Elon Musk', 'OpenAI']);
    scanner.endPass();
    await vi.waitFor(() => expect(scanner.stats.done).toBe(true));
    expect(store.size).toBe(3);
  });

  test('stop ends the work and reads nothing more', async () => {
    const { settle, scanner, texts } = setup('<p>OpenAI</p>');
    await settle();
    scanner.stop();
    document.body.append('Elon Musk');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(texts()).toEqual(['OpenAI']);
  });
});
