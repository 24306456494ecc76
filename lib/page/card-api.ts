import type { EntityId } from '../../data/types';
import type { LanguageSetting } from '../i18n';
import type { ContentMessage, FrameReport, PageSummary } from '../messages';
import type { Settings } from '../settings';

/**
 * The contract between the eager content script and the two scripts the background injects into a frame
 * once its text may name one of the six: the finder script (entrypoints/finder.content: reads and marks
 * the page, follows the pointer and the keyboard), and, once the page is idle, the card UI script
 * (entrypoints/card.content: Preact, the card, its data and Floating UI). Each is evaluated in a task of
 * its own. They all run in the extension's isolated world, so each hands itself over through a global
 * the page cannot see.
 */
export const FINDER_SCRIPT_GLOBAL = '__contextCardsFinderScript';
export const CARD_UI_GLOBAL = '__contextCardsCardUi';

/** What the eager script's pass over the page has read so far. */
export interface PassStats {
  readonly textNodes: number;
  readonly chars: number;
  readonly ms: number;
  readonly done: boolean;
}

export interface FinderScript {
  /**
   * Starts marking the page: the session reads the blocks the eager script's pass found a hint in
   * (`read`), and follows the page's changes itself. `pass` is that pass's progress, for the reports.
   */
  startSession(settings: Settings, entities: string, summary: () => Promise<PageSummary>, pass: () => PassStats): PageSession;
}

/** The messages a running session answers. */
export type SessionMessage = Exclude<ContentMessage, { type: 'page-summary' | 'config-changed' }>;

/** A page being read and marked, with the card ready to open. */
export interface PageSession {
  /** The entities switched on when it started (a change restarts the session). */
  readonly entities: string;
  /** Reads a block the eager script found a hint in, or a change it saw and did not read. */
  read(root: Node): void;
  /** Follows the changes of an open shadow root the eager script found. */
  watch(root: ShadowRoot): void;
  /** The eager script's pass is over and everything it found is handed over: the first scan ends once that is read. */
  endPass(): void;
  restyle(settings: Settings): void;
  stop(): void;
  frameReport(): FrameReport;
  reportSoon(): void;
  handle(message: SessionMessage): Promise<boolean>;
}

/** Where the card points: a mention's range (floating-ui's virtual element). */
export interface CardAnchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList | DOMRect[];
  readonly contextElement?: Element;
}

export interface CardOpenRequest {
  readonly entity: EntityId;
  /** The card-language setting; the card UI resolves it (the catalogues stay out of the other scripts). */
  readonly language: LanguageSetting;
  readonly anchor: CardAnchor;
  /** Mentions of an entity on this page (the card may switch entity). */
  readonly countOf: (entity: EntityId) => number;
  /** True when the keyboard asked: focus moves into the card, and Escape gives it back. */
  readonly focus: boolean;
  /** Which mention this is (a card prepared for it can be shown as it is). */
  readonly key?: string;
}

export interface CardUi {
  /**
   * Renders and places a card in the closed (invisible) frame while the pointer rests on its name, so
   * that opening it when the dwell is over only shows it. Nothing happens while a card is open.
   */
  prepare(request: CardOpenRequest): void;
  /** The pointer moved on: the prepared card is forgotten (an `open` renders anew). */
  dropPrepared(): void;
  open(request: CardOpenRequest): void;
  /** Takes the card's host off the page (the extension stopped reading it); the next card puts it back. */
  detach(): void;
  /** Closes the card; focus goes back where it was when the keyboard opened it, unless `restoreFocus` is false. */
  close(restoreFocus?: boolean): void;
  isOpen(): boolean;
  isPinned(): boolean;
  /** True when the event target is inside the card. */
  contains(target: EventTarget | null): boolean;
  /** Called whenever the card opens (the background closes cards in the tab's other frames). */
  onOpened: (() => void) | undefined;
}

/** The card UI script, once it has been evaluated in this frame. */
export interface CardUiScript {
  /** Builds the card UI (its hidden host on the page, one card rendered ahead); called once. */
  create(): Promise<CardUi>;
}

export function finderScript(): FinderScript | undefined {
  return (globalThis as Record<string, unknown>)[FINDER_SCRIPT_GLOBAL] as FinderScript | undefined;
}

export function cardUiScript(): CardUiScript | undefined {
  return (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] as CardUiScript | undefined;
}
