import fs from 'node:fs';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { extensionDir } from './paths';

/**
 * Launches Debian's Chromium with the built extension loaded (headless loads extensions), and records
 * what the tests assert never happens: console errors, uncaught errors, and requests to any host other
 * than 127.0.0.1.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /** Unpacked extension folder; default the Chrome build in $CC_OUT_DIR. `null` launches without it. */
  readonly extension?: string | null;
  readonly colorScheme?: 'light' | 'dark';
  readonly viewport?: { width: number; height: number };
  readonly deviceScaleFactor?: number;
  /** Extra environment, e.g. `{ LANGUAGE: 'de' }` for a German browser UI (needs chromium-l10n). */
  readonly env?: Record<string, string>;
  readonly locale?: string;
}

export interface LaunchedBrowser {
  readonly context: BrowserContext;
  /** Empty when launched without the extension. */
  readonly extensionId: string;
  /** The extension's service worker (undefined without the extension). */
  readonly serviceWorker: Worker | undefined;
  /** Console errors and uncaught errors from pages, frames and the service worker. */
  readonly consoleErrors: string[];
  /** Requests to anything but 127.0.0.1 (and the browser's own chrome-extension:, data:, blob: URLs). */
  readonly externalRequests: string[];
  /** Sends a runtime message from the service worker to a tab's frame, as the popup and background do. */
  sendToTab<T = unknown>(page: Page, message: unknown, frameId?: number): Promise<T>;
  close(): Promise<void>;
}

function isLocal(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:'].includes(parsed.protocol)) return true;
    return parsed.hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const extension = options.extension === undefined ? extensionDir('chrome') : options.extension;
  if (extension && !fs.existsSync(`${extension}/manifest.json`)) {
    throw new Error(`No built extension in ${extension}: run the e2e global setup or \`wxt build\` first.`);
  }
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--metrics-recording-only',
    // Belt and braces: whatever asks for another host gets nowhere.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
  ];
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args,
    ignoreDefaultArgs: ['--disable-extensions'],
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    locale: options.locale,
    env: options.env ? { ...process.env, ...options.env } : undefined,
  });

  const consoleErrors: string[] = [];
  const externalRequests: string[] = [];
  const watchPage = (page: Page): void => {
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  context.on('request', (request) => {
    if (!isLocal(request.url())) externalRequests.push(request.url());
  });

  let serviceWorker: Worker | undefined;
  let extensionId = '';
  if (extension) {
    serviceWorker =
      context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(serviceWorker.url()).host;
    serviceWorker.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`service worker: ${message.text()}`);
    });
    // The content script is registered by the background when it starts: pages opened before that
    // would not get it, as in a browser just after installing.
    await serviceWorker.evaluate(async () => {
      interface ScriptingApi {
        getRegisteredContentScripts(): Promise<unknown[]>;
      }
      const api = (globalThis as unknown as { chrome: { scripting: ScriptingApi } }).chrome;
      for (let waited = 0; waited < 15_000; waited += 50) {
        if ((await api.scripting.getRegisteredContentScripts()).length > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('the content script was never registered');
    });
  }

  const currentWorker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((worker) => worker.url().startsWith(`chrome-extension://${extensionId}/`));
    if (live) return live;
    return context.waitForEvent('serviceworker', { timeout: 30_000 });
  };

  return {
    context,
    extensionId,
    get serviceWorker() {
      return serviceWorker;
    },
    consoleErrors,
    externalRequests,
    async sendToTab<T>(page: Page, message: unknown, frameId = 0): Promise<T> {
      if (!extensionId) throw new Error('sendToTab needs the extension');
      serviceWorker = await currentWorker();
      return serviceWorker.evaluate(
        async ({ url, message, frameId }) => {
          interface TabsApi {
            query(filter: object): Promise<{ id?: number; url?: string }[]>;
            sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
          }
          const api = (globalThis as unknown as { chrome: { tabs: TabsApi } }).chrome;
          const tabs = await api.tabs.query({});
          const tab = tabs.reverse().find((candidate) => candidate.url === url);
          if (tab?.id === undefined) throw new Error(`no tab with ${url}`);
          return api.tabs.sendMessage(tab.id, message, { frameId });
        },
        { url: page.url(), message, frameId },
      ) as Promise<T>;
    },
    close: () => context.close(),
  };
}

/** Polls `check` until it returns a value that is not undefined/false, or fails after `timeout` ms. */
export async function waitFor<T>(check: () => Promise<T | undefined | false> | T | undefined | false, what: string, timeout = 20_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
