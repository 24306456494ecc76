import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import { Card } from '../../components/Card';
import cardCss from '../../components/card.css?inline';
import { ENTITY_IDS, type EntityId } from '../../data/types';
import { adoptSheet } from '../../lib/adopted-sheets';
import { resolveLang } from '../../lib/i18n';
import { CARD_UI_GLOBAL, type CardAnchor, type CardOpenRequest, type CardUi, type CardUiScript } from '../../lib/page/card-api';
import { OWN_UI_TAG } from '../../lib/page/walker';
import { otherFrameCounts } from './tab-counts';
import type { ContentScriptContext } from '#imports';

/**
 * The card UI: Preact, the card and its data, Floating UI. Injected by the background into a frame whose
 * finder script has started (entrypoints/finder.content), once the page is idle, so that its evaluation
 * is a task of its own; it hands itself over through an isolated-world global, and the finder script
 * builds it in another idle task.
 */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main() {
    const global = globalThis as Record<string, unknown>;
    if (global[CARD_UI_GLOBAL]) return;
    const script: CardUiScript = { create: createCardUi };
    global[CARD_UI_GLOBAL] = script;
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

/** The card's distance from its name, and the least room kept to the viewport's edges (px). */
const GAP = 6;
const EDGE = 8;

/** floating-ui's rules for the card: below its name, flipped and shifted into the viewport, at most as tall as the room. */
function placing() {
  return [
    offset(GAP),
    flip({ padding: EDGE, fallbackStrategy: 'bestFit' }),
    shift({ padding: EDGE }),
    // A tall card on a short viewport (or at 200% zoom) scrolls inside instead of leaving the screen.
    size({
      padding: EDGE,
      apply({ availableHeight, elements }) {
        const maxHeight = `${Math.max(120, Math.floor(availableHeight))}px`;
        if (elements.floating.style.maxHeight !== maxHeight) elements.floating.style.maxHeight = maxHeight;
      },
    }),
  ];
}

/** A point-sized anchor for running the placement once ahead of a hover. */
const WARM_ANCHOR = { getBoundingClientRect: () => new DOMRect(8, 8, 0, 0) };

/** Runs `callback` once the frame now being prepared has been painted. */
function afterPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}

/**
 * Asks for one more frame after the one now being prepared. A frame that lays something out marks the
 * element under the pointer as possibly changed, and the browser finds it again (a hit test: 4-5 ms with
 * the pointer on the five-million-character page) at the start of the next frame: after a card is made
 * ready, that next frame comes during the dwell, not as the card's own frame.
 */
function oneMoreFrame(): void {
  requestAnimationFrame(() => requestAnimationFrame(() => undefined));
}

/**
 * Runs `callback` in the page's first idle time after the frame now being prepared (at the latest
 * 200 ms after it): work that can wait, kept out of the tasks around a card's first frame, where the
 * page may have input or frames of its own to handle.
 */
function whenIdleAfterPaint(callback: () => void): void {
  requestAnimationFrame(() => idle(callback));
}

/** Runs `callback` in the page's next idle time (at the latest after 200 ms). */
function idle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 200 });
  else setTimeout(callback, 0);
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
  /** A card rendered ahead in the closed frame while the pointer rests on its name (see `prepare`). */
  let prepared: CardOpenRequest | undefined;
  /** The card's last height, for placing the next one before it is laid out. */
  let lastHeight = 320;
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
      adoptSheet(shadow, sheet);
      container.append(frame);
      return frame;
    },
    onRemove() {
      render(null, frame);
    },
  });
  ui.mount();
  // Escape and a click outside close the card: listened for once, for the card's life, not added at each
  // opening (adding document listeners is part of the hover's task).
  const listening = { capture: true, signal: lifetime.signal };
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && api.isOpen()) api.close();
    },
    listening,
  );
  document.addEventListener(
    'pointerdown',
    (event) => {
      if (api.isOpen() && !pinned && !api.contains(event.target)) api.close(false);
    },
    listening,
  );
  // The first render of a card compiles its code, and the first layout of its text looks up fonts and
  // shapes words (a synchronous round trip to the browser per font, tens of ms): both done ahead, once,
  // in the closed frame (laid out but invisible, laid out from the host only), not on hover. One card
  // is enough for the fonts; it is rendered in the task that puts the host on the page, so both cost the
  // page one frame (on a very long page with marks, every frame with a change of ours costs a style and
  // overflow pass of the browser's), and it stays there, invisible, until a card is prepared or opened.
  // The layout is the browser's next frame, not forced here (which would also run any layout the page
  // has pending); floating-ui's code is run once after it, so that the first placement on a hover is
  // not its first call (without `size`, which would write a style).
  render(<Card entity="musk" lang="en" mentionCount={1} pinned={false} onPin={noop} onClose={noop} onSwitch={noop} />, frame);
  afterPaint(() => {
    if (!open && !prepared) void computePosition(WARM_ANCHOR, frame, { strategy: 'fixed', middleware: placing().slice(0, 3) });
  });

  const place = (): void => {
    const anchor = request?.anchor;
    if (!anchor) return;
    void computePosition(anchor, frame, { strategy: 'fixed', placement: 'bottom-start', middleware: placing() }).then(({ x, y, placement }) => {
      if (request?.anchor !== anchor) return;
      // A transform, not left/top: moving an out-of-flow box by its offsets lays out from the page's
      // root; a transform needs no layout at all. Whole device pixels keep the text sharp.
      const dpr = window.devicePixelRatio || 1;
      const left = Math.round(x * dpr) / dpr;
      const top = Math.round(y * dpr) / dpr;
      const box = frame.getBoundingClientRect();
      lastHeight = box.height || lastHeight;
      // Where the first frame put it already (see placeAhead), nothing is written: no style change, no frame.
      if (Math.abs(box.left - left) < 0.5 && Math.abs(box.top - top) < 0.5 && frame.dataset.placement === placement) return;
      frame.style.transform = `translate(${left}px, ${top}px)`;
      frame.dataset.placement = placement;
    });
  };

  /**
   * The card's place in its first frame, from the anchor's box alone: nothing of the card is measured,
   * so opening forces no layout (on a large page a forced layout is several ms of the hover's task).
   * Below the name when the card's last height fits there (else on the roomier side), shifted into the
   * viewport by CSS (`100%` is the card's own width in a transform), at most as tall as the room. The
   * same rules as floating-ui's offset/flip/shift/size in `place`, which runs after the first frame and
   * moves the card only where it differs.
   */
  const placeAhead = (anchor: CardAnchor): void => {
    const rect = anchor.getBoundingClientRect();
    const viewport = document.documentElement;
    const width = viewport.clientWidth || window.innerWidth;
    const height = viewport.clientHeight || window.innerHeight;
    const below = height - rect.bottom - GAP - EDGE;
    const above = rect.top - GAP - EDGE;
    const down = below >= lastHeight || below >= above;
    const x = `max(${EDGE}px, min(${rect.left}px, calc(${width - EDGE}px - 100%)))`;
    const y = down ? `${rect.bottom + GAP}px` : `calc(${rect.top - GAP}px - 100%)`;
    frame.style.maxHeight = `${Math.max(120, Math.floor(down ? below : above))}px`;
    frame.style.transform = `translate(${x}, ${y})`;
    frame.dataset.placement = down ? 'bottom-start' : 'top-start';
  };

  /** Closed: invisible (not shown, not hit, not focusable, not in the accessibility tree). */
  const conceal = (): void => {
    frame.hidden = true;
    frame.style.opacity = '';
    frame.removeAttribute('aria-hidden');
  };

  const draw = (focus: boolean): void => {
    if (!request || !entity) return;
    const following = stopFollowing !== undefined;
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
    // An open card that changed (pinned, switched, new counts) may have changed its size: placed again
    // (the placement does not watch the card's size, see `shown`).
    if (following) place();
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

  /**
   * What follows a card's showing, in the first idle time after its first frame (so that the card is
   * painted without waiting for any of it, and none of it is in the tasks around that frame): the
   * background is told (it closes the cards of the tab's other frames) and asked for their counts, and
   * following scrolls, resizes and moves of the name starts, with floating-ui's exact place (several ms
   * on a large page). Not the card's own size: a ResizeObserver would place it again at the start and
   * once more after `size` sets its height; `draw` places an open card again when its content changes.
   */
  const shown = (next: CardOpenRequest): void => {
    whenIdleAfterPaint(() => {
      if (request !== next || !open) return;
      api.onOpened?.();
      refreshCounts(next);
      // The placement in an idle time of its own: together the two would be one task of over 10 ms.
      idle(() => {
        if (request === next && open) stopFollowing ??= autoUpdate(next.anchor, frame, place, { elementResize: false });
      });
    });
  };

  const api: CardUi = {
    onOpened: undefined,
    prepare(next) {
      if (open) return;
      if (!ui.shadowHost.isConnected) ui.mount();
      placeAhead(next.anchor);
      request = next;
      entity = next.entity;
      pinned = false;
      draw(false);
      // Shown ahead, but transparent and out of the accessibility tree: on the hover, only the opacity of
      // the card's own compositor layer changes, which needs no paint (a visibility switch repaints: on
      // the five-million-character page 9 ms without marks; with marks, Chromium still revalidates its
      // highlight markers on any style change). Its place is below the name, away from the resting
      // pointer, and any move of the pointer hides it again (dropPrepared).
      frame.style.opacity = '0';
      frame.setAttribute('aria-hidden', 'true');
      frame.hidden = false;
      prepared = next;
      oneMoreFrame();
    },
    detach() {
      api.close(false);
      prepared = undefined;
      request = undefined;
      if (ui.shadowHost.isConnected) ui.remove();
    },
    dropPrepared() {
      // The rendered card stays in the closed frame (invisible, out of the accessibility tree): taking it
      // out would be one more change, and one more frame, for the page.
      if (open || !prepared) return;
      prepared = undefined;
      request = undefined;
      conceal();
    },
    open(next) {
      const ready = prepared;
      prepared = undefined;
      if (ready && !open && !next.focus && next.key !== undefined && ready.key === next.key && ui.shadowHost.isConnected) {
        // Rendered and placed while the pointer rested: showing it is all that is left.
        request = ready;
        open = true;
        returnFocusTo = undefined;
        frame.removeAttribute('aria-hidden');
        frame.style.opacity = '';
        shown(ready);
        return;
      }
      // Placed first, while the page's layout is still clean: reading the anchor's box then costs nothing.
      placeAhead(next.anchor);
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
      conceal();
      frame.hidden = false;
      draw(next.focus);
      shown(next);
    },
    close(restoreFocus = true) {
      if (!api.isOpen()) return;
      stopFollowing?.();
      stopFollowing = undefined;
      conceal();
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
  // Ready once the browser has laid out the host and the warm card in a frame of its own: a card
  // prepared in the same task would force that layout, and the page's pending one with it (13 ms on a
  // long page), inside the hover's task. A hidden tab paints no frames: then after 100 ms.
  await new Promise<void>((resolve) => {
    afterPaint(resolve);
    setTimeout(resolve, 100);
  });
  return api;
}

function noop(): void {}
