/**
 * Elements that may hold an open shadow root, found by the browser instead of a script call per element
 * (a wrapper object per element of the page is what makes a script's walk slow): every element with a
 * custom element name (it has a hyphen), where components keep their shadow roots, by XPath; and the
 * built-in elements that may host one (div, span, section...) when they have no children of their own,
 * as hosts usually do, by the selector engine. A selector cannot test for a hyphen: listing the common
 * tags that are not custom elements instead (`:not(div, span, ...)`) cost twice as much as the XPath over
 * the corpus. Only the elements found are asked for a shadow root.
 *
 * The empty built-in elements are many on most pages (icons, spacers: 35 a page over the corpus, 482 on
 * one), and making their wrappers was the largest cost of the pass after the walk itself. So the pass over
 * the page as it is at the start looks only at custom elements; the empty built-in ones are looked at
 * under what the page adds later (where the cost follows the change) and inside shadow roots, and once
 * over the whole page by the finder script, on pages that turn out to name one of the six
 * (`builtInHostsIn`, from the session).
 */
export const EMPTY_HOSTS = ':empty:is(div, span, p, section, article, aside, main, nav, header, footer, blockquote, h1, h2, h3, h4, h5, h6)';
const CUSTOM_ELEMENTS = ".//*[contains(local-name(), '-')]";

/** The elements with a custom element name under `root` (not `root` itself). */
export function customElementsIn(root: Element | Document | ShadowRoot): Element[] {
  if (typeof document.evaluate !== 'function' || typeof XPathResult !== 'function') {
    // Where there is no XPath (test DOMs): every element, one by one.
    return [...root.querySelectorAll('*')].filter((element) => element.localName.includes('-'));
  }
  const found: Element[] = [];
  const add = (context: Node): void => {
    const result = document.evaluate(CUSTOM_ELEMENTS, context, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
    for (let i = 0; i < result.snapshotLength; i++) found.push(result.snapshotItem(i) as Element);
  };
  if (root.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) add(root);
  else {
    // A shadow root is no context for XPath: its top-level elements are.
    for (const child of root.children) {
      if (child.localName.includes('-')) found.push(child);
      add(child);
    }
  }
  return found;
}

/** The empty built-in elements under `root` that hold an open shadow root (see EMPTY_HOSTS). */
export function builtInHostsIn(root: Document | Element | ShadowRoot): Element[] {
  return [...root.querySelectorAll(EMPTY_HOSTS)].filter((host) => host.shadowRoot !== null);
}
