import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import { Card } from '../../components/Card';
import cardCss from '../../components/card.css?inline';
import { ENTITY_IDS, type EntityId } from '../../data/types';
import { resolveLang } from '../../lib/i18n';
import { Session } from '../content/session';
import { CARD_SCRIPT_GLOBAL, type CardOpenRequest, type CardScript, type CardUi } from '../content/card-api';
import { OWN_UI_TAG } from '../content/walker';
import { otherFrameCounts } from './tab-counts';
import type { ContentScriptContext } from '#imports';

/**
 * The finder, the marks, hover and the card UI. Not in the eager content script: the background injects
 * this file into a frame once that frame's text may name one of the six (`scripting.executeScript`), and
 * it hands itself to the eager script through an isolated-world global.
 */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main() {
    const global = globalThis as Record<string, unknown>;
    if (global[CARD_SCRIPT_GLOBAL]) return;
    // The card UI is built in a task of its own, after this script's (already long) evaluation.
    const card = new Promise<CardUi>((resolve, reject) => whenIdle(() => createCardUi().then(resolve, reject)));
    const script: CardScript = { startSession: (settings, entities, summary, pass) => new Session(settings, entities, summary, pass, card) };
    global[CARD_SCRIPT_GLOBAL] = script;
  },
});

/**
 * WXT's own context stops when the page dispatches its "script started" event, which a page can forge;
 * the card's life is tied to the eager content script instead, so the shadow-root UI gets a context
 * that only this script can end.
 */
function ownContext(signal: AbortSignal): ContentScriptContext {
  return {
    options: { cssInjectionMode: 'manual' },
    onInvalidated(callback: () => void) {
      signal.addEventListener('abort', callback);
      return () => signal.removeEventListener('abort', callback);
    },
  } as unknown as ContentScriptContext;
}

/** Runs `callback` once the frame now being prepared has been painted. */
function afterPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}

/** Runs `callback` when the main thread is idle (soon in any case). */
function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 2000 });
  else setTimeout(callback, 50);
}

/**
 * The card UI is built before anyone hovers: the shadow host, its style sheet and an empty frame are on
 * the page from the start (a 0×0 fixed box that contains its own layout, so nothing on the page moves or
 * is laid out again; the frame in it always laid out, only invisible while closed, so that showing it
 * lays out from the host, not from the page's root), and a card has been rendered and laid out once in
 * the closed frame (code compiled, fonts looked up). Opening a card then costs one small Preact render,
 * a layout of the host's subtree and one position computation.
 */
async function createCardUi(): Promise<CardUi> {
  const lifetime = new AbortController();
  let request: CardOpenRequest | undefined;
  let entity: EntityId | undefined;
  let pinned = false;
  let open = false;
  let returnFocusTo: HTMLElement | undefined;
  let stopFollowing: (() => void) | undefined;
  let listeners: AbortController | undefined;
  /** Mentions in the tab's other frames, per entity, as the background last told this frame. */
  let elsewhere: Partial<Record<EntityId, number>> = {};
  const frame = document.createElement('div');
  frame.className = 'frame';
  frame.hidden = true;

  const ui = await createShadowRootUi(ownContext(lifetime.signal), {
    name: OWN_UI_TAG,
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    mode: 'open',
    onMount(container, shadow) {
      // A constructed sheet, not a <style>: a page's strict CSP (style-src) cannot block it.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`:host{all:initial !important}\n${cardCss}`);
      shadow.adoptedStyleSheets = [sheet];
      container.append(frame);
      return frame;
    },
    onRemove() {
      render(null, frame);
    },
  });
  ui.mount();
  // The first render of a card compiles its code, and the first layout of its text looks up fonts and
  // shapes words (a synchronous round trip to the browser per font, tens of ms): both done ahead, for
  // each of the six cards in an idle task of its own, in the closed frame (laid out but invisible, laid
  // out from the host only), not on hover. The layout is the browser's next frame, not forced here
  // (which would also run any layout the page has pending).
  const warm = (index: number): void => {
    const id = ENTITY_IDS[index];
    if (!id || open) return;
    render(<Card entity={id} lang="en" mentionCount={1} pinned={false} onPin={noop} onClose={noop} onSwitch={noop} />, frame);
    afterPaint(() => {
      if (open) return;
      render(null, frame);
      whenIdle(() => warm(index + 1));
    });
  };
  whenIdle(() => warm(0));

  const place = (): void => {
    const anchor = request?.anchor;
    if (!anchor) return;
    void computePosition(anchor, frame, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: 8, fallbackStrategy: 'bestFit' }),
        shift({ padding: 8 }),
        // A tall card on a short viewport (or at 200% zoom) scrolls inside instead of leaving the screen.
        size({
          padding: 8,
          apply({ availableHeight, elements }) {
            elements.floating.style.maxHeight = `${Math.max(120, Math.floor(availableHeight))}px`;
          },
        }),
      ],
    }).then(({ x, y, placement }) => {
      if (request?.anchor !== anchor) return;
      // A transform, not left/top: moving an out-of-flow box by its offsets lays out from the page's
      // root; a transform needs no layout at all. Whole device pixels keep the text sharp.
      const dpr = window.devicePixelRatio || 1;
      frame.style.transform = `translate(${Math.round(x * dpr) / dpr}px, ${Math.round(y * dpr) / dpr}px)`;
      frame.dataset.placement = placement;
    });
  };

  const draw = (focus: boolean): void => {
    if (!request || !entity) return;
    render(
      <Card
        entity={entity}
        lang={resolveLang(request.language)}
        mentionCount={request.countOf(entity) + (elsewhere[entity] ?? 0)}
        pinned={pinned}
        focusOnOpen={focus}
        onPin={() => {
          pinned = !pinned;
          draw(false);
        }}
        onClose={() => api.close()}
        onSwitch={(next) => {
          entity = next;
          draw(false);
        }}
      />,
      frame,
    );
  };

  /** The tab's other frames may name the entities too: their counts come from the background. */
  const refreshCounts = (shown: CardOpenRequest): void => {
    void otherFrameCounts().then((counts) => {
      if (!counts) return;
      const changed = ENTITY_IDS.some((id) => (counts[id] ?? 0) !== (elsewhere[id] ?? 0));
      elsewhere = counts;
      if (changed && request === shown) draw(false);
    });
  };

  const api: CardUi = {
    onOpened: undefined,
    open(next) {
      // Moving from card to card with the keyboard, focus goes back to where it was before the first.
      const active = document.activeElement;
      const keep = next.focus && api.isOpen() && api.contains(active) ? returnFocusTo : undefined;
      if (api.isOpen()) api.close(false);
      // A page may have taken the host away (rewriting the whole document): put it back.
      if (!ui.shadowHost.isConnected) ui.mount();
      request = next;
      entity = next.entity;
      pinned = false;
      open = true;
      returnFocusTo = keep ?? (next.focus && active instanceof HTMLElement ? active : undefined);
      // Shown before the render: the card can only take focus once it is displayed.
      frame.hidden = false;
      draw(next.focus);
      place();
      // Following scrolls and resizes starts after the first frame: the card is painted without waiting for it.
      const following = next;
      afterPaint(() => {
        if (request === following) stopFollowing = autoUpdate(following.anchor, frame, place);
      });
      refreshCounts(next);
      listeners = new AbortController();
      const options = { capture: true, signal: listeners.signal };
      document.addEventListener(
        'keydown',
        (event) => {
          if (event.key === 'Escape' && api.isOpen()) api.close();
        },
        options,
      );
      document.addEventListener(
        'pointerdown',
        (event) => {
          if (!pinned && !api.contains(event.target)) api.close(false);
        },
        options,
      );
      api.onOpened?.();
    },
    close(restoreFocus = true) {
      if (!api.isOpen()) return;
      listeners?.abort();
      stopFollowing?.();
      stopFollowing = undefined;
      frame.hidden = true;
      render(null, frame);
      open = false;
      request = undefined;
      pinned = false;
      const target = returnFocusTo;
      returnFocusTo = undefined;
      if (restoreFocus && target?.isConnected) target.focus();
    },
    isOpen: () => open,
    isPinned: () => pinned,
    contains: (target) => target instanceof Node && (ui.shadowHost === target || ui.shadowHost.contains(target)),
  };
  return api;
}

function noop(): void {}
