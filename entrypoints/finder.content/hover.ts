import { liveRange, type MentionRecord, type MentionStore } from './mention-store';
import type { Marks } from './marks';

/** The pointer must stay within this many pixels for the dwell to count as resting. */
const REST_RADIUS = 4;
/**
 * Once the pointer has rested this long (or at the end of a shorter delay), the mention under it is looked
 * up and its card prepared: the reader's intent, early enough in the dwell to load the card's code.
 */
export const INTENT_MS = 50;

export interface HoverOptions {
  readonly signal: AbortSignal;
  readonly delay: () => number;
  /** The pointer has rested on a mention for INTENT_MS: the card can be made ready, not shown. */
  readonly onPrepare?: (mention: MentionRecord) => void;
  /** The pointer moved on from a mention given to `onPrepare` before the delay was over. */
  readonly onDrop?: () => void;
  /** The pointer rested at (x, y): on a mention (no element), or elsewhere (undefined) with the element under it. */
  readonly onRest: (mention: MentionRecord | undefined, target: Element | null) => void;
}

/**
 * One passive pointermove listener for the whole document: after the pointer rests for the delay,
 * the mention under it is looked up; passing over a name, or moving fast, opens nothing.
 */
export function watchHover({ signal, delay, onPrepare, onDrop, onRest }: HoverOptions, findAt: (x: number, y: number) => MentionRecord | undefined): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let anchorX = -1;
  let anchorY = -1;
  /** True while a mention was given to `onPrepare` and the dwell is not over. */
  let preparing = false;
  const cancel = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (!preparing) return;
    preparing = false;
    onDrop?.();
  };
  document.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      if (timer !== undefined && Math.hypot(event.clientX - anchorX, event.clientY - anchorY) <= REST_RADIUS) return;
      cancel();
      anchorX = event.clientX;
      anchorY = event.clientY;
      const x = anchorX;
      const y = anchorY;
      const wait = delay();
      // The dwell counts from when the pointer got there (the event's time), not from when the page got
      // round to dispatching the event (pointer events wait for the next frame, and for a busy page).
      const late = Math.min(wait, Math.max(0, performance.now() - event.timeStamp));
      const restAt = performance.now() + wait - late;
      // Early in the dwell: one hit test, and the card made ready if it is a name; when the dwell is over,
      // the card is shown (or, elsewhere, the element under the pointer matters).
      timer = setTimeout(() => {
        const mention = findAt(x, y);
        if (mention && onPrepare) {
          preparing = true;
          onPrepare(mention);
        }
        timer = setTimeout(() => {
          timer = undefined;
          preparing = false;
          onRest(mention, mention ? null : document.elementFromPoint(x, y));
        }, Math.max(0, restAt - performance.now()));
      }, Math.max(0, Math.min(wait - late, INTENT_MS)));
    },
    { passive: true, capture: true, signal },
  );
  document.addEventListener('pointerleave', cancel, { passive: true, signal });
  window.addEventListener('blur', cancel, { signal });
  signal.addEventListener('abort', cancel);
}

interface CaretPosition {
  readonly offsetNode: Node;
  readonly offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;
};

function caretAt(x: number, y: number, shadowRoots: ShadowRoot[]): CaretPosition | undefined {
  const doc = document as CaretDocument;
  if (typeof doc.caretPositionFromPoint === 'function') return doc.caretPositionFromPoint(x, y, { shadowRoots }) ?? undefined;
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { offsetNode: range.startContainer, offset: range.startOffset } : undefined;
}

function containsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/**
 * The mention under a point: the caret position the browser reports there, mapped back through the
 * store's node index, and kept only when the point is really inside the mention's boxes (a caret
 * snaps to the nearest character, even past the end of a line).
 */
export function mentionFinder(store: MentionStore, marks: Marks, shadowRoots: () => ShadowRoot[]) {
  return (x: number, y: number): MentionRecord | undefined => {
    const caret = caretAt(x, y, shadowRoots());
    if (!caret) return undefined;
    const wrapped = marks.find(caret.offsetNode);
    if (wrapped) return wrapped;
    const candidates = [...store.at(caret.offsetNode)];
    // Near a mention's edge the caret may sit in the next text node: look at the neighbours' mentions too.
    const neighbours = [caret.offsetNode.previousSibling, caret.offsetNode.nextSibling, caret.offsetNode.parentNode?.previousSibling, caret.offsetNode.parentNode?.nextSibling];
    for (const node of neighbours) {
      if (node) candidates.push(...store.at(node), ...(node.firstChild ? store.at(node.firstChild) : []));
    }
    return candidates.find((record) => containsPoint(liveRange(record), x, y));
  };
}
