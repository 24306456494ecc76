import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import { Card } from '../../components/Card';
import cardCss from '../../components/card.css?inline';
import type { EntityId } from '../../data/types';
import { resolveLang } from '../../lib/i18n';
import { Session } from '../content/session';
import { CARD_SCRIPT_GLOBAL, type CardOpenRequest, type CardScript, type CardUi } from '../content/card-api';
import { OWN_UI_TAG } from '../content/walker';
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
    const card = createCardUi();
    const script: CardScript = { startSession: (settings, entities, summary) => new Session(settings, entities, summary, card) };
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

async function createCardUi(): Promise<CardUi> {
  const lifetime = new AbortController();
  let request: CardOpenRequest | undefined;
  let entity: EntityId | undefined;
  let pinned = false;
  let returnFocusTo: HTMLElement | undefined;
  let stopFollowing: (() => void) | undefined;
  let frame: HTMLElement | undefined;
  let listeners: AbortController | undefined;

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
      frame = document.createElement('div');
      frame.className = 'frame';
      container.append(frame);
      return frame;
    },
    onRemove(mounted) {
      if (mounted) render(null, mounted);
    },
  });

  const place = (): void => {
    if (!frame || !request) return;
    const anchor = request.anchor;
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
      if (!frame) return;
      frame.style.left = `${x}px`;
      frame.style.top = `${y}px`;
      frame.dataset.placement = placement;
    });
  };

  const draw = (focus: boolean): void => {
    if (!frame || !request || !entity) return;
    render(
      <Card
        entity={entity}
        lang={resolveLang(request.language)}
        mentionCount={request.countOf(entity)}
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

  const api: CardUi = {
    onOpened: undefined,
    open(next) {
      // Moving from card to card with the keyboard, focus goes back to where it was before the first.
      const active = document.activeElement;
      const keep = next.focus && api.isOpen() && api.contains(active) ? returnFocusTo : undefined;
      if (api.isOpen()) api.close(false);
      request = next;
      entity = next.entity;
      pinned = false;
      returnFocusTo = keep ?? (next.focus && active instanceof HTMLElement ? active : undefined);
      ui.mount();
      draw(next.focus);
      place();
      if (frame) stopFollowing = autoUpdate(next.anchor, frame, place);
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
      ui.remove();
      frame = undefined;
      request = undefined;
      pinned = false;
      const target = returnFocusTo;
      returnFocusTo = undefined;
      if (restoreFocus && target?.isConnected) target.focus();
    },
    isOpen: () => frame !== undefined,
    isPinned: () => pinned,
    contains: (target) => target instanceof Node && (ui.shadowHost === target || ui.shadowHost.contains(target)),
  };
  return api;
}
