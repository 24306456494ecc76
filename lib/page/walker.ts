/**
 * Turns a page's text into passages for the finder: the text nodes of one block (nearest block-level
 * ancestor) that follow each other, so `Elon <b>Musk</b>` is one passage and one mention. Pure DOM
 * reading: nothing here changes the page.
 */

/** Elements whose text is never read: not prose, not rendered, or the reader's own input. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'code', 'kbd', 'samp',
  'head', 'iframe', 'object', 'embed', 'video', 'audio', 'canvas', 'svg', 'math', 'button',
]);

/** Elements that flow inside a line: their text belongs to the block around them. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'label', 'mark',
  'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'big', 'nobr', 'tt', 'wbr', 'br',
]);

/** The tag of the card's shadow host; its subtree is the extension's own UI. */
export const OWN_UI_TAG = 'context-cards-card';
/** Set on elements the extension adds to a page (the wrap fallback); never read as page text. */
export const OWN_ATTRIBUTE = 'data-context-cards';

/**
 * Passages are capped so that one finder call stays far below a frame (a text node may be megabytes):
 * the finder's time grows faster than the passage (20,000 characters took up to 12 ms warm, 8,000 at most 3).
 */
export const MAX_PASSAGE = 8_000;

export interface Piece {
  readonly node: Text;
  /** The slice of the node's data in this passage. */
  readonly start: number;
  readonly end: number;
  /** Where that slice starts in the passage's text. */
  readonly at: number;
}

export interface Passage {
  readonly text: string;
  readonly pieces: readonly Piece[];
  /** The block element (or shadow root / document) the passage belongs to. */
  readonly block: Node;
}

export type WalkItem = { readonly passage: Passage } | { readonly shadowRoot: ShadowRoot };

export function isSkippedElement(element: Element): boolean {
  if (SKIPPED.has(element.localName) || element.localName === OWN_UI_TAG) return true;
  if (element.hasAttribute('hidden') || element.hasAttribute(OWN_ATTRIBUTE)) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** The element a text node's line belongs to: the nearest ancestor that is not an inline element. */
export function blockOf(node: Node): Node {
  let parent = node.parentNode;
  while (parent && parent.nodeType === Node.ELEMENT_NODE && INLINE.has((parent as Element).localName)) {
    const next = parent.parentNode;
    if (!next) break;
    parent = next;
  }
  return parent ?? node;
}

/** True when the node sits inside an element whose text is never read (or inside the extension's UI). */
export function isInSkippedSubtree(node: Node, root: Node): boolean {
  for (let current = node.parentNode; current && current !== root; current = current.parentNode) {
    if (current.nodeType === Node.ELEMENT_NODE && isSkippedElement(current as Element)) return true;
  }
  return false;
}

/** Where to cut a text that is over the cap: after a line break, a sentence or at least a space. */
function cutPoint(text: string, from: number, limit: number): number {
  const end = from + limit;
  if (end >= text.length) return text.length;
  for (const separator of ['\n', '. ', ' ']) {
    const at = text.lastIndexOf(separator, end);
    if (at > from + limit / 2) return at + separator.length;
  }
  return end;
}

/**
 * Yields the passages under `root` in document order, and each open shadow root met on the way
 * (the caller walks it next, so the order stays the document's). Pull one item at a time to slice the work.
 */
export function* walkPassages(root: Node): Generator<WalkItem, void, undefined> {
  const doc = root.ownerDocument ?? (root as Document);
  let interrupted = false;
  const shadowRoots: ShadowRoot[] = [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (isSkippedElement(element)) {
        interrupted = true;
        return NodeFilter.FILTER_REJECT;
      }
      if (element.shadowRoot) shadowRoots.push(element.shadowRoot);
      return element.localName === 'br' ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });

  let block: Node | null = null;
  let text = '';
  let pieces: Piece[] = [];
  const flush = (): Passage | undefined => {
    const passage = block && pieces.length && /\S/.test(text) ? { text, block, pieces } : undefined;
    block = null;
    text = '';
    pieces = [];
    return passage;
  };

  if (root.nodeType === Node.TEXT_NODE) walker.currentNode = root;
  for (let node: Node | null = root.nodeType === Node.TEXT_NODE ? root : walker.nextNode(); node; node = walker.nextNode()) {
    for (const shadowRoot of shadowRoots.splice(0)) {
      const passage = flush();
      if (passage) yield { passage };
      yield { shadowRoot };
    }
    if (node.nodeType !== Node.TEXT_NODE) {
      if (block && blockOf(node) === block) text += '\n';
      continue;
    }
    const data = (node as Text).data;
    if (!data) continue;
    const nodeBlock = blockOf(node);
    if (nodeBlock !== block || interrupted || text.length + data.length > MAX_PASSAGE) {
      const passage = flush();
      if (passage) yield { passage };
    }
    interrupted = false;
    block = nodeBlock;
    if (data.length <= MAX_PASSAGE) {
      pieces.push({ node: node as Text, start: 0, end: data.length, at: text.length });
      text += data;
      continue;
    }
    for (let from = 0; from < data.length; ) {
      const to = cutPoint(data, from, MAX_PASSAGE);
      pieces.push({ node: node as Text, start: from, end: to, at: text.length });
      text += data.slice(from, to);
      from = to;
      if (from < data.length) {
        const passage = flush();
        if (passage) yield { passage };
        block = nodeBlock;
      }
    }
  }
  for (const shadowRoot of shadowRoots.splice(0)) {
    const passage = flush();
    if (passage) yield { passage };
    yield { shadowRoot };
  }
  const passage = flush();
  if (passage) yield { passage };
}

/** The passage offset `offset` as a DOM position (node and offset in it). */
export function positionAt(passage: Passage, offset: number, preferEnd = false): { node: Text; offset: number } | undefined {
  for (const piece of passage.pieces) {
    const length = piece.end - piece.start;
    const inside = preferEnd ? offset > piece.at && offset <= piece.at + length : offset >= piece.at && offset < piece.at + length;
    if (inside) return { node: piece.node, offset: piece.start + offset - piece.at };
  }
  return undefined;
}
