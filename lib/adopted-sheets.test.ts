// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { adoptSheet, dropSheet, type SheetHolder } from './adopted-sheets';

/** A tree as a Firefox ESR 140 content script sees it: the list can be neither read nor set, but the page's own view has it. */
function firefoxTree(pageSheets: CSSStyleSheet[]) {
  const blocked = () => {
    throw new Error('Accessing from Xray wrapper is not supported.');
  };
  const tree = { wrappedJSObject: { adoptedStyleSheets: pageSheets } };
  Object.defineProperty(tree, 'adoptedStyleSheets', { get: blocked, set: blocked });
  return tree as unknown as SheetHolder;
}

describe('adopted sheets', () => {
  test('ours is added once after the page’s own sheets, and taken out leaving them', () => {
    const page = new CSSStyleSheet();
    const ours = new CSSStyleSheet();
    document.adoptedStyleSheets = [page];
    adoptSheet(document, ours);
    adoptSheet(document, ours);
    expect(document.adoptedStyleSheets).toEqual([page, ours]);
    dropSheet(document, ours);
    expect(document.adoptedStyleSheets).toEqual([page]);
    dropSheet(document, ours);
    expect(document.adoptedStyleSheets).toEqual([page]);
  });

  test('where the wrapper refuses the list (Firefox ESR 140), the page’s own list is changed in place', () => {
    const page = new CSSStyleSheet();
    const ours = new CSSStyleSheet();
    const list = [page];
    const tree = firefoxTree(list);
    adoptSheet(tree, ours);
    adoptSheet(tree, ours);
    expect(list).toEqual([page, ours]);
    dropSheet(tree, ours);
    expect(list).toEqual([page]);
  });

  test('without a page view to fall back on, the browser’s error is not hidden', () => {
    const tree = {} as SheetHolder;
    Object.defineProperty(tree, 'adoptedStyleSheets', { get: () => { throw new TypeError('no list'); } });
    expect(() => adoptSheet(tree, new CSSStyleSheet())).toThrow('no list');
  });
});
