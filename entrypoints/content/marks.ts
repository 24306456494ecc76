import { ENTITY_IDS, type EntityId } from '../../data/types';
import type { Settings } from '../../lib/settings';
import { Places, selectorOf, type TreeRoot } from './mark-selectors';
import type { MentionRecord } from './mention-store';

/** How mentions are shown: CSS Custom Highlights (the page's DOM untouched) or, without them, wrapped text. */
export interface Marks {
  add(record: MentionRecord): void;
  remove(record: MentionRecord): void;
  /** Installs the style for the current settings in the document and every shadow root that has mentions. */
  setStyle(settings: Pick<Settings, 'highlightStyle' | 'highlightColor'>): void;
  /** A shadow root with mentions needs the style too (styles do not cross shadow boundaries). */
  adopt(root: ShadowRoot): void;
  /** After a change of the page: puts the style back if the page replaced its adopted style sheets, and follows moved elements. */
  ensureStyle(): void;
  clear(): void;
  /** The mention marked at a node the marks created (the wrap fallback), if any. */
  find(node: Node): MentionRecord | undefined;
}

export function highlightName(entity: EntityId): string {
  return `context-cards-${entity}`;
}

export const WRAP_CLASS = 'context-cards-mark';

/** The style of the marks. `auto` follows each page's own text colour, so it reads on light and dark pages. */
export function markCss(settings: Pick<Settings, 'highlightStyle' | 'highlightColor'>, selector: string): string {
  const color = settings.highlightColor === 'auto' ? 'currentColor' : settings.highlightColor;
  switch (settings.highlightStyle) {
    case 'none':
      return '';
    case 'background': {
      const fill = settings.highlightColor === 'auto' ? 'rgb(255 196 0 / 0.38)' : `${settings.highlightColor}55`;
      return `${selector}{background-color:${fill}}@media (forced-colors: active){${selector}{background-color:Mark;color:MarkText}}`;
    }
    case 'underline':
      return (
        `${selector}{text-decoration-line:underline;text-decoration-style:dotted;text-decoration-color:${color};` +
        `text-decoration-thickness:2px;text-underline-offset:0.2em}` +
        `@media (forced-colors: active){${selector}{text-decoration-color:LinkText}}`
      );
  }
}

/** The sheet of one tree (the document or a shadow root) and the elements in it that hold a mention. */
interface Scope {
  readonly root: TreeRoot;
  readonly sheet: CSSStyleSheet;
  /** Element -> entity -> how many of its text nodes hold a mention of that entity. */
  readonly marked: Map<Element, Map<EntityId, number>>;
  text: string;
}

/**
 * Marks with CSS Custom Highlights: one Highlight per entity, ranges only, the DOM untouched. Their
 * style is one rule per tree whose selectors name only the elements that hold a mention (see
 * mark-selectors.ts: a rule for every element would make the browser restyle the whole page). The rule
 * is written once per frame at most, and only when it changed; a change of the page's tree (which may
 * move an element named by its place) has it checked again.
 */
export function createHighlightMarks(): Marks {
  const highlights = new Map<EntityId, Highlight>();
  const scopes = new Map<TreeRoot, Scope>();
  /** The elements each mention was counted for (its text may have left them by the time it is removed). */
  const counted = new WeakMap<MentionRecord, { scope: Scope; element: Element }[]>();
  let style: Pick<Settings, 'highlightStyle' | 'highlightColor'> = { highlightStyle: 'underline', highlightColor: 'auto' };
  let frame = 0;

  // A tree gets its sheet with its first rule: adding a sheet, even an empty one, has the browser look at
  // the page's styles again (several ms on a very long page).
  const install = (scope: Scope): void => {
    const { root, sheet, text } = scope;
    if (text && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  };

  const scopeOf = (root: TreeRoot): Scope => {
    let scope = scopes.get(root);
    if (!scope) {
      scope = { root, sheet: new CSSStyleSheet(), marked: new Map(), text: '' };
      scopes.set(root, scope);
    }
    return scope;
  };

  const write = (): void => {
    cancelAnimationFrame(frame);
    frame = 0;
    for (const scope of scopes.values()) {
      const places = new Places();
      const selectors: string[] = [];
      for (const [element, entities] of scope.marked) {
        const path = selectorOf(element, scope.root, places);
        if (path) for (const entity of entities.keys()) selectors.push(`${path}::highlight(${highlightName(entity)})`);
      }
      const text = selectors.length ? markCss(style, selectors.join()) : '';
      if (text !== scope.text) {
        scope.sheet.replaceSync(text);
        scope.text = text;
      }
      install(scope);
    }
  };
  const writeSoon = (): void => {
    if (!frame) frame = requestAnimationFrame(write);
  };

  return {
    add(record) {
      let highlight = highlights.get(record.entity);
      if (!highlight) {
        highlight = new Highlight();
        highlights.set(record.entity, highlight);
        CSS.highlights.set(highlightName(record.entity), highlight);
      }
      highlight.add(record.range);
      const places: { scope: Scope; element: Element }[] = [];
      for (const node of record.nodes) {
        const element = node.parentElement;
        const root = treeOf(node);
        if (!element || !root) continue;
        const scope = scopeOf(root);
        let entities = scope.marked.get(element);
        if (!entities) scope.marked.set(element, (entities = new Map()));
        entities.set(record.entity, (entities.get(record.entity) ?? 0) + 1);
        places.push({ scope, element });
      }
      counted.set(record, places);
      writeSoon();
    },
    remove(record) {
      highlights.get(record.entity)?.delete(record.range);
      for (const { scope, element } of counted.get(record) ?? []) {
        const entities = scope.marked.get(element);
        const left = (entities?.get(record.entity) ?? 0) - 1;
        if (left > 0) entities?.set(record.entity, left);
        else entities?.delete(record.entity);
        if (entities?.size === 0) scope.marked.delete(element);
      }
      counted.delete(record);
      writeSoon();
    },
    setStyle(settings) {
      style = { highlightStyle: settings.highlightStyle, highlightColor: settings.highlightColor };
      write();
    },
    // A tree gets its sheet with its first mention.
    adopt() {},
    ensureStyle() {
      for (const scope of scopes.values()) install(scope);
      writeSoon();
    },
    clear() {
      cancelAnimationFrame(frame);
      frame = 0;
      for (const id of highlights.keys()) CSS.highlights.delete(highlightName(id));
      highlights.clear();
      for (const { root, sheet } of scopes.values()) {
        if (root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      }
      scopes.clear();
    },
    find: () => undefined,
  };
}

/** The document or shadow root a node is in (undefined when it is in neither). */
function treeOf(node: Node): TreeRoot | undefined {
  const root = node.getRootNode();
  if (root.nodeType === Node.DOCUMENT_NODE) return root as Document;
  return root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in root ? (root as ShadowRoot) : undefined;
}

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}
