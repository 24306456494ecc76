import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

const CONTEXT_MODULE = 'wxt/utils/content-script-context';
const EMPTY_CONTEXT = '\0context-cards:empty-content-script-context';

/** Resolves WXT's ContentScriptContext to a class that does nothing (see the hook below). */
function noContentScriptContext(): Plugin {
  return {
    name: 'context-cards:no-content-script-context',
    enforce: 'pre',
    resolveId: (id) => (id === CONTEXT_MODULE ? EMPTY_CONTEXT : undefined),
    load: (id) => (id === EMPTY_CONTEXT ? 'export class ContentScriptContext {}' : undefined),
  };
}

// Parallel builds (tests, benchmarks, several engineers) each get their own output folder.
const outDir = process.env.CC_OUT_DIR ?? '.output';

export default defineConfig({
  outDir,
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
    // CC_NO_MINIFY=1 keeps names readable in profiles (scripts/bench/profile-functions.mjs).
    build: { sourcemap: false, ...(process.env.CC_NO_MINIFY ? { minify: false } : {}) },
  }),
  hooks: {
    // The content scripts run on every page: they use the browser's own `browser`/`chrome` (WXT's default),
    // not webextension-polyfill, whose module set-up reads every property of `chrome` (over 10 ms on a
    // page). They only send messages and answer with `sendResponse`, which both browsers have.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((entry: { find: unknown }) => entry.find !== 'wxt/browser');
      } else if (alias) {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
      // No content script uses WXT's `ctx`, whose set-up dispatches a "content script started" event on
      // the page's document (the page sees it) and listens for one that a page can forge (the eager script's
      // start-up task: median 1.55 -> 1.06 ms without it). WXT's wrapper still calls main(ctx); in these
      // builds the context is an empty object. The card UI passes createShadowRootUi a context of its own.
      (config.plugins ??= []).push(noContentScriptContext());
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_commandNextMention__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'context-cards@context-cards.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
