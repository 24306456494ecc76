import type { EntityId } from '../../data/types';
import type { LanguageSetting } from '../../lib/i18n';
import type { ContentMessage, FrameReport, PageSummary } from '../../lib/messages';
import type { Settings } from '../../lib/settings';

/**
 * The contract between the eager content script and the card script, which the background injects into
 * a frame once its text may name one of the six. The card script brings the finder and the card UI;
 * both scripts run in the extension's isolated world, so it hands itself over through a global the page
 * cannot see.
 */
export const CARD_SCRIPT_GLOBAL = '__contextCardsCardScript';

export interface CardScript {
  /** Starts reading and marking the page (the eager script only looked for a hint of a name). */
  startSession(settings: Settings, entities: string, summary: () => Promise<PageSummary>): PageSession;
}

/** The messages a running session answers. */
export type SessionMessage = Exclude<ContentMessage, { type: 'page-summary' | 'config-changed' }>;

/** A page being read and marked, with the card ready to open. */
export interface PageSession {
  /** The entities switched on when it started (a change restarts the session). */
  readonly entities: string;
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
  /** The card-language setting; the card script resolves it (the catalogues stay out of the eager script). */
  readonly language: LanguageSetting;
  readonly anchor: CardAnchor;
  /** Mentions of an entity on this page (the card may switch entity). */
  readonly countOf: (entity: EntityId) => number;
  /** True when the keyboard asked: focus moves into the card, and Escape gives it back. */
  readonly focus: boolean;
}

export interface CardUi {
  open(request: CardOpenRequest): void;
  /** Closes the card; focus goes back where it was when the keyboard opened it, unless `restoreFocus` is false. */
  close(restoreFocus?: boolean): void;
  isOpen(): boolean;
  isPinned(): boolean;
  /** True when the event target is inside the card. */
  contains(target: EventTarget | null): boolean;
  /** Called whenever the card opens (the background closes cards in the tab's other frames). */
  onOpened: (() => void) | undefined;
}

export function cardScript(): CardScript | undefined {
  return (globalThis as Record<string, unknown>)[CARD_SCRIPT_GLOBAL] as CardScript | undefined;
}
