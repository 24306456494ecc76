/**
 * Selectors that name exactly the elements holding a mention, for the marks' `::highlight()` rules.
 *
 * A rule such as `::highlight(x)` applies to every element: when its sheet arrives, the browser
 * computes highlight styles for the whole page again (about 90 ms on a long Wikipedia article, over
 * 100 ms on a page of five million characters), and every later full style pass of the page costs
 * about twice as much. A rule that names only the few elements with a mention costs the page a style
 * pass over those elements alone.
 *
 * The page's DOM is not touched (no class or attribute of ours), so an element is named by where it
 * is: its id when that is unique in its tree, otherwise its place under its parent (`p:nth-child(4)`),
 * up to an ancestor with a unique id or the top of its tree.
 */

export type TreeRoot = Document | ShadowRoot;

/**
 * Element positions under their parents, counted once per parent while a set of selectors is made
 * (an element's place is otherwise a walk over all its earlier siblings, for each marked element).
 */
export class Places {
  private readonly byParent = new Map<ParentNode, Map<Element, number>>();

  of(element: Element): number {
    const parent = element.parentNode;
    if (!parent) return 1;
    let places = this.byParent.get(parent);
    if (!places) {
      places = new Map();
      let place = 0;
      for (let child = parent.firstElementChild; child; child = child.nextElementSibling) places.set(child, ++place);
      this.byParent.set(parent, places);
    }
    return places.get(element) ?? 1;
  }
}

function uniqueId(element: Element, root: TreeRoot): string | undefined {
  const id = element.id;
  return id && root.getElementById(id) === element ? `#${CSS.escape(id)}` : undefined;
}

/**
 * A selector for `element` in the style sheets of `root` (its document or shadow root), or undefined
 * when the element is not in that tree. In a shadow tree, its top-level elements are children of
 * `:host` for the tree's own sheets.
 */
export function selectorOf(element: Element, root: TreeRoot, places: Places = new Places()): string | undefined {
  if (element.getRootNode() !== root) return undefined;
  const steps: string[] = [];
  for (let current: Element = element; ; ) {
    const id = uniqueId(current, root);
    if (id) {
      steps.push(id);
      break;
    }
    const parent = current.parentElement;
    if (!parent && current === (root as Document).documentElement) {
      steps.push(':root');
      break;
    }
    steps.push(`${CSS.escape(current.localName)}:nth-child(${places.of(current)})`);
    if (!parent) {
      // A top-level element of a shadow tree (its parent node is the shadow root).
      if (current.parentNode !== root) return undefined;
      steps.push(':host');
      break;
    }
    current = parent;
  }
  return steps.reverse().join(' > ');
}
