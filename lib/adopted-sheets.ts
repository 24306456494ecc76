/**
 * Adding a constructed style sheet to a document or shadow root, and taking it away, from a content
 * script. Firefox ESR 140 neither lets a content script read `adoptedStyleSheets` through its wrapper of
 * the page's objects nor set it ("Accessing from Xray wrapper is not supported"; 153 does both). There
 * the list is changed in place through the page's own view of the tree (`wrappedJSObject`); everywhere
 * else, by assigning a new list as the standard asks.
 */

export type SheetHolder = Document | ShadowRoot;

interface FirefoxViews {
  /** Firefox: the page's own view of the object (no wrapper between it and the page's script). */
  wrappedJSObject?: SheetHolder;
}

function pageList(root: SheetHolder): CSSStyleSheet[] | undefined {
  const page = (root as SheetHolder & FirefoxViews).wrappedJSObject;
  return page ? (page.adoptedStyleSheets as unknown as CSSStyleSheet[]) : undefined;
}

/** The position of `sheet` in the page's own list (compared there, where both are the page's objects). */
function indexIn(list: CSSStyleSheet[], sheet: CSSStyleSheet): number {
  const wanted = (sheet as CSSStyleSheet & { wrappedJSObject?: CSSStyleSheet }).wrappedJSObject ?? sheet;
  for (let i = 0; i < list.length; i++) if (list[i] === wanted) return i;
  return -1;
}

function change(root: SheetHolder, sheet: CSSStyleSheet, add: boolean): void {
  try {
    const sheets: CSSStyleSheet[] = [];
    const list = root.adoptedStyleSheets;
    for (let i = 0; i < list.length; i++) sheets.push(list[i]!);
    const has = sheets.includes(sheet);
    if (add && !has) root.adoptedStyleSheets = [...sheets, sheet];
    else if (!add && has) root.adoptedStyleSheets = sheets.filter((other) => other !== sheet);
  } catch (error) {
    const list = pageList(root);
    if (!list) throw error;
    const at = indexIn(list, sheet);
    // Our own realm's methods, not the list's: a page may have replaced its Array.prototype.push.
    if (add && at < 0) Array.prototype.push.call(list, sheet);
    else if (!add && at >= 0) Array.prototype.splice.call(list, at, 1);
  }
}

/** Adds `sheet` after the tree's own sheets, once. */
export function adoptSheet(root: SheetHolder, sheet: CSSStyleSheet): void {
  change(root, sheet, true);
}

/** Takes `sheet` out of the tree's list, leaving the others as they are. */
export function dropSheet(root: SheetHolder, sheet: CSSStyleSheet): void {
  change(root, sheet, false);
}
