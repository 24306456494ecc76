import { ENTITY_IDS, type EntityId } from '../../data/types';
import type { Settings } from '../../lib/settings';
import type { MentionRecord } from './mention-store';

/** How mentions are shown: CSS Custom Highlights (the page's DOM untouched) or, without them, wrapped text. */
export interface Marks {
  add(record: MentionRecord): void;
  remove(record: MentionRecord): void;
  /** Installs the style for the current settings in the document and every shadow root that has mentions. */
  setStyle(settings: Pick<Settings, 'highlightStyle' | 'highlightColor'>): void;
  /** A shadow root with mentions needs the style too (styles do not cross shadow boundaries). */
  adopt(root: ShadowRoot): void;
  /** Puts the style back if the page replaced its adopted style sheets. */
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

/** Marks with CSS Custom Highlights: one Highlight per entity, ranges only. */
export function createHighlightMarks(): Marks {
  const highlights = new Map<EntityId, Highlight>();
  const sheet = new CSSStyleSheet();
  const roots = new Set<Document | ShadowRoot>([document]);
  const selector = ENTITY_IDS.map((id) => `::highlight(${highlightName(id)})`).join(',');

  const install = (root: Document | ShadowRoot): void => {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
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
    },
    remove(record) {
      highlights.get(record.entity)?.delete(record.range);
    },
    setStyle(settings) {
      sheet.replaceSync(markCss(settings, selector));
      for (const root of roots) install(root);
    },
    adopt(root) {
      roots.add(root);
      install(root);
    },
    ensureStyle() {
      for (const root of roots) install(root);
    },
    clear() {
      for (const id of highlights.keys()) CSS.highlights.delete(highlightName(id));
      highlights.clear();
      for (const root of roots) {
        if (root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      }
      roots.clear();
      roots.add(document);
    },
    find: () => undefined,
  };
}

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}
