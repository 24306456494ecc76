import { browser } from 'wxt/browser';
import { cardUiScript, FINDER_SCRIPT_GLOBAL, type CardUi, type FinderScript } from '../../lib/page/card-api';
import { Session } from './session';

/**
 * The finder, the marks, hover and the keyboard. Not in the eager content script: the background injects
 * this file into a frame once that frame's text may name one of the six (`scripting.executeScript`), and
 * it hands itself to the eager script through an isolated-world global. The card UI comes after it, in
 * a script of its own (entrypoints/card.content), so that neither evaluation is a long task.
 */
export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    const global = globalThis as Record<string, unknown>;
    if (global[FINDER_SCRIPT_GLOBAL]) return;
    const script: FinderScript = { startSession: (settings, entities, summary, pass) => new Session(settings, entities, summary, pass, cardUi) };
    global[FINDER_SCRIPT_GLOBAL] = script;
  },
});

let loading: Promise<CardUi> | undefined;

/**
 * The card UI, once for the frame, loaded on the reader's intent (the pointer coming to rest on a name,
 * the keyboard command, the popup), never ahead: most pages with a name are never hovered. It is asked of
 * the background (its evaluation is a task of its own, before the answer's) and built when the answer comes,
 * not at the page's next idle time: the reader is waiting, and a busy page may have none for 300 ms. A failed load
 * (the extension reloaded under the page) is silent and asked for again at the next intent.
 */
function cardUi(): Promise<CardUi> {
  loading ??= loadCardUi();
  loading.catch(() => (loading = undefined));
  return loading;
}

async function loadCardUi(): Promise<CardUi> {
  if (!cardUiScript()) {
    if (!browser.runtime?.id) throw new Error('extension context gone');
    await browser.runtime.sendMessage({ type: 'inject-card', part: 'ui' });
  }
  const script = cardUiScript();
  if (!script) throw new Error('the card UI script did not load');
  return script.create();
}
