import type { EntityId, UiLang } from '../../data/types';

/**
 * The contract between the eager content script and the card UI script, which the background injects
 * into a frame once it has a mention. Both run in the extension's isolated world, so the card script
 * hands itself over through a global the page cannot see.
 */
export const CARD_UI_GLOBAL = '__contextCardsCardUi';

/** Where the card points: a mention's range (floating-ui's virtual element). */
export interface CardAnchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList | DOMRect[];
  readonly contextElement?: Element;
}

export interface CardOpenRequest {
  readonly entity: EntityId;
  readonly lang: UiLang;
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

export function cardUi(): CardUi | undefined {
  return (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] as CardUi | undefined;
}
