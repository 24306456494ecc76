import { ENTITY_IDS, type EntityId } from '../../data/types';
import { adoptSheet, dropSheet } from '../../lib/adopted-sheets';
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

/**
 * From this many characters of text in a document, the underline is drawn as a light tint instead.
 * While a custom highlight with a text decoration is on screen, Chromium redoes work that grows with
 * the whole document in every frame it renders (the compositing-inputs step; measured in Chromium 150): on the generated bench page
 * about 4 ms a frame per million characters, 20 ms at five million, where a background costs under 1 ms
 * a frame there. A giant page would feel slower in every frame; its marks are tinted instead.
 */
export const TINT_FROM_CHARS = 1_000_000;

/**
 * The style of the marks. `auto` follows each page's own text colour, so it reads on light and dark pages.
 * `large`: the document has TINT_FROM_CHARS or more of text, where an underline is drawn as a quiet tint.
 */
export function markCss(settings: Pick<Settings, 'highlightStyle' | 'highlightColor'>, selector: string, large = false): string {
  const color = settings.highlightColor === 'auto' ? 'currentColor' : settings.highlightColor;
  const fill = (fill: string) => `${selector}{background-color:${fill}}@media (forced-colors: active){${selector}{background-color:Mark;color:MarkText}}`;
  switch (settings.highlightStyle) {
    case 'none':
      return '';
    case 'background':
      return fill(settings.highlightColor === 'auto' ? 'rgb(255 196 0 / 0.38)' : `${settings.highlightColor}55`);
    case 'underline':
      if (large) return fill(settings.highlightColor === 'auto' ? 'rgb(128 128 128 / 0.2)' : `${settings.highlightColor}33`);
      return (
        `${selector}{text-decoration-line:underline;text-decoration-style:dotted;text-decoration-color:${color};` +
        `text-decoration-thickness:2px;text-underline-offset:0.2em}` +
        `@media (forced-colors: active){${selector}{text-decoration-color:LinkText}}`
      );
  }
}

/**
 * From this many mentions in a frame, only those near the viewport are in the highlights. Chromium
 * checks the markers of every registered range again after any change of the page's DOM or style: on a
 * page with thousands of mentions that is 15 to 20 ms in every frame that changes anything (a card
 * opening, the page's own updates), and it grows with each slice of the first scan.
 */
export const WINDOW_FROM = 300;
/** "Near": within a viewport's height above and below it (and as far around inner scrollers where supported). */
const NEAR: IntersectionObserverInit & { scrollMargin?: string } = { rootMargin: '100% 0px', scrollMargin: '100% 0px' };

/**
 * The mentions of a page with many, registered only while their element is near the viewport: an
 * IntersectionObserver on the elements that hold them (one per element, not per mention) says when an
 * element comes near or goes away, and its mentions' ranges are added to or taken from their highlight.
 */
class NearViewport {
  private readonly byTarget = new Map<Element, Set<MentionRecord>>();
  private readonly targets = new WeakMap<MentionRecord, Element>();
  private readonly near = new Set<Element>();
  private readonly observer: IntersectionObserver;

  constructor(
    private readonly show: (record: MentionRecord) => void,
    private readonly hide: (record: MentionRecord) => void,
  ) {
    this.observer = new IntersectionObserver((entries) => {
      for (const { target, isIntersecting } of entries) {
        const records = this.byTarget.get(target);
        if (!records) continue;
        if (isIntersecting === this.near.has(target)) continue;
        if (isIntersecting) this.near.add(target);
        else this.near.delete(target);
        for (const record of records) (isIntersecting ? this.show : this.hide)(record);
      }
    }, NEAR);
  }

  /** The element observed for each parent of a mention's text. */
  private readonly boxes = new WeakMap<Element, Element | undefined>();

  add(record: MentionRecord): void {
    const parent = record.range.startContainer.parentElement;
    let target = parent ? this.boxes.get(parent) : undefined;
    if (parent && !this.boxes.has(parent)) this.boxes.set(parent, (target = boxOf(parent)));
    if (!target) {
      this.show(record);
      return;
    }
    this.targets.set(record, target);
    let records = this.byTarget.get(target);
    if (!records) {
      this.byTarget.set(target, (records = new Set()));
      this.observer.observe(target);
    }
    records.add(record);
    if (this.near.has(target)) this.show(record);
  }

  remove(record: MentionRecord): void {
    const target = this.targets.get(record);
    this.targets.delete(record);
    const records = target && this.byTarget.get(target);
    if (!target || !records) return;
    records.delete(record);
    if (records.size) return;
    this.byTarget.delete(target);
    this.near.delete(target);
    this.observer.unobserve(target);
  }

  disconnect(): void {
    this.observer.disconnect();
    this.byTarget.clear();
    this.near.clear();
  }
}

/** The nearest element of a node that has a box of its own (an element with `display: contents` has none to observe). */
function boxOf(parent: Element): Element | undefined {
  for (let element: Element | null = parent; element; element = element.parentElement) {
    if (getComputedStyle(element).display !== 'contents') return element;
  }
  return undefined;
}

/** The sheet of one tree (the document or a shadow root) and the elements in it that hold a mention. */
interface Scope {
  readonly root: TreeRoot;
  readonly sheet: CSSStyleSheet;
  /** Element -> entity -> how many of its text nodes hold a mention of that entity. */
  readonly marked: Map<Element, Map<EntityId, number>>;
  text: string;
  /** Past ELEMENT_RULES_UP_TO marked elements, the rules name no elements any more (and stay so). */
  everywhere: boolean;
}

/**
 * Rules naming elements cost the browser, at each change of the sheet, a style pass over the elements
 * of each tag named, each matched against every rule: with hundreds of marked elements that grows with
 * their square (about a second per frame with 1,500 marked paragraphs). Past this many marked elements
 * in a tree, its rules apply to every element instead: one style pass over the whole tree, once.
 */
export const ELEMENT_RULES_UP_TO = 150;

/**
 * Marks with CSS Custom Highlights: one Highlight per entity, ranges only, the DOM untouched. Their
 * style is one rule per tree whose selectors name only the elements that hold a mention (see
 * mark-selectors.ts: a rule for every element would make the browser restyle the whole page). The rule
 * is written once per frame at most, and only when it changed; a change of the page's tree (which may
 * move an element named by its place) has it checked again. `pageChars`: the characters of text read in
 * the document so far (see TINT_FROM_CHARS).
 */
export function createHighlightMarks(pageChars: () => number = () => 0): Marks {
  const highlights = new Map<EntityId, Highlight>();
  const scopes = new Map<TreeRoot, Scope>();
  /** The elements each mention was counted for (its text may have left them by the time it is removed). */
  const counted = new WeakMap<MentionRecord, { scope: Scope; element: Element }[]>();
  let style: Pick<Settings, 'highlightStyle' | 'highlightColor'> = { highlightStyle: 'underline', highlightColor: 'auto' };
  let frame = 0;
  /** Every mention marked, and (from WINDOW_FROM of them) the registration near the viewport. */
  const records = new Set<MentionRecord>();
  let windowed: NearViewport | undefined;

  const highlightOf = (entity: EntityId): Highlight => {
    let highlight = highlights.get(entity);
    if (!highlight) {
      highlight = new Highlight();
      highlights.set(entity, highlight);
      CSS.highlights.set(highlightName(entity), highlight);
    }
    return highlight;
  };
  const show = (record: MentionRecord): void => void highlightOf(record.entity).add(record.range);
  const hide = (record: MentionRecord): void => void highlights.get(record.entity)?.delete(record.range);
  /** Many mentions: from now on only those near the viewport stay registered (the observer's first report adds them back). */
  const narrow = (): void => {
    const near = new NearViewport(show, hide);
    windowed = near;
    for (const highlight of highlights.values()) highlight.clear();
    for (const record of records) near.add(record);
  };

  // A tree gets its sheet with its first rule: adding a sheet, even an empty one, has the browser look at
  // the page's styles again (several ms on a very long page).
  const install = (scope: Scope): void => {
    const { root, sheet, text } = scope;
    if (text) adoptSheet(root, sheet);
  };

  const scopeOf = (root: TreeRoot): Scope => {
    let scope = scopes.get(root);
    if (!scope) {
      scope = { root, sheet: new CSSStyleSheet(), marked: new Map(), text: '', everywhere: false };
      scopes.set(root, scope);
    }
    return scope;
  };

  const write = (): void => {
    cancelAnimationFrame(frame);
    frame = 0;
    for (const scope of scopes.values()) {
      const selectors: string[] = [];
      scope.everywhere ||= scope.marked.size > ELEMENT_RULES_UP_TO;
      if (scope.everywhere) {
        const present = new Set<EntityId>();
        for (const entities of scope.marked.values()) for (const entity of entities.keys()) present.add(entity);
        for (const entity of ENTITY_IDS) if (present.has(entity)) selectors.push(`::highlight(${highlightName(entity)})`);
      } else {
        const places = new Places();
        for (const [element, entities] of scope.marked) {
          const path = selectorOf(element, scope.root, places);
          if (path) for (const entity of entities.keys()) selectors.push(`${path}::highlight(${highlightName(entity)})`);
        }
      }
      const text = selectors.length ? markCss(style, selectors.join(), pageChars() >= TINT_FROM_CHARS) : '';
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
      records.add(record);
      if (windowed) windowed.add(record);
      else if (records.size >= WINDOW_FROM && typeof IntersectionObserver === 'function') narrow();
      else show(record);
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
      records.delete(record);
      windowed?.remove(record);
      hide(record);
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
      windowed?.disconnect();
      windowed = undefined;
      records.clear();
      for (const id of highlights.keys()) CSS.highlights.delete(highlightName(id));
      highlights.clear();
      for (const { root, sheet } of scopes.values()) {
        dropSheet(root, sheet);
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
