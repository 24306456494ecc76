import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PageSummary } from '../lib/messages';
import { launchChromium, waitFor, type LaunchedBrowser } from './support/chromium';
import { repoRoot } from './support/paths';
import type { FixtureServer } from './support/server';

/** Known mentions of e2e/fixtures/popup-news.html. */
export const NEWS_COUNTS = { musk: 2, altman: 1, openai: 2, stargate: 0, deepseek: 0, qwen: 0 } as const;
export const NEWS_TOTAL = 5;

/**
 * The browsers a test file launches: `closeAll` (for `afterEach`) asserts that none of them logged an
 * error or asked for another host, then closes them.
 */
export function browserPool() {
  const browsers: LaunchedBrowser[] = [];
  return {
    async launch(colorScheme: 'light' | 'dark' = 'light'): Promise<LaunchedBrowser> {
      const browser = await launchChromium({ colorScheme });
      browsers.push(browser);
      return browser;
    },
    async closeAll(): Promise<void> {
      for (const browser of browsers) {
        expect(browser.externalRequests).toEqual([]);
        expect(browser.consoleErrors).toEqual([]);
      }
      await Promise.all(browsers.splice(0).map((browser) => browser.close()));
    },
  };
}

/** A tab on e2e/fixtures/popup-news.html, once its first scan has finished. */
export async function openNews(browser: LaunchedBrowser, server: FixtureServer): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url('popup-news.html'));
  await summaryWhere(browser, page, 'the first scan of the news fixture', (s) => s.scan.done && s.enabled);
  return page;
}

const artifactsDir = path.join(repoRoot, 'e2e/artifacts');

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}

async function worker(browser: LaunchedBrowser) {
  const live = browser.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`));
  return live ?? browser.context.waitForEvent('serviceworker');
}

/** Runs `fn` in the extension's service worker (where `chrome` is the extension API). */
export async function inWorker<T, A>(browser: LaunchedBrowser, fn: (arg: A) => Promise<T>, arg: A): Promise<T> {
  return (await worker(browser)).evaluate(fn as (arg: unknown) => Promise<T>, arg as unknown);
}

export async function tabIdOf(browser: LaunchedBrowser, page: Page): Promise<number> {
  const url = page.url();
  return inWorker(
    browser,
    async (wanted: string) => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
      const tab = (await api.tabs.query({})).find((candidate) => candidate.url === wanted);
      if (tab?.id === undefined) throw new Error(`no tab for ${wanted}`);
      return tab.id;
    },
    url,
  );
}

/** The popup as a page of its own, pointed at `target` through its `?tab=` test hook. */
export async function openPopupFor(browser: LaunchedBrowser, target: Page, size = { width: 380, height: 600 }): Promise<Page> {
  const tabId = await tabIdOf(browser, target);
  const popup = await browser.context.newPage();
  await popup.setViewportSize(size);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

export function pageSummary(browser: LaunchedBrowser, page: Page): Promise<PageSummary> {
  return browser.sendToTab<PageSummary>(page, { type: 'page-summary' });
}

/** Waits until the page's summary satisfies `check` (the content script applies storage changes on its own schedule). */
export async function summaryWhere(browser: LaunchedBrowser, page: Page, what: string, check: (summary: PageSummary) => boolean) {
  let last: PageSummary | undefined;
  try {
    return await waitFor(async () => {
      last = await pageSummary(browser, page);
      return check(last) ? last : undefined;
    }, what);
  } catch (error) {
    const { mentions, ...rest } = last ?? { mentions: [] };
    throw new Error(`${String(error)}; last summary: ${JSON.stringify({ ...rest, mentions: mentions.length })}`);
  }
}

export async function badgeOf(browser: LaunchedBrowser, tabId: number): Promise<{ text: string; title: string }> {
  return inWorker(
    browser,
    async (id: number) => {
      const action = (globalThis as unknown as {
        chrome: { action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> } };
      }).chrome.action;
      return { text: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
    },
    tabId,
  );
}

export async function setStorage(browser: LaunchedBrowser, area: 'sync' | 'local', items: Record<string, unknown>): Promise<void> {
  await inWorker(
    browser,
    async ({ area: name, items: values }: { area: string; items: Record<string, unknown> }) => {
      const storage = (globalThis as unknown as { chrome: { storage: Record<string, { set(v: object): Promise<void> }> } }).chrome.storage;
      await storage[name]!.set(values);
    },
    { area, items },
  );
}

export async function getStorage(browser: LaunchedBrowser, area: 'sync' | 'local', key: string): Promise<unknown> {
  return inWorker(
    browser,
    async ({ area: name, key: k }: { area: string; key: string }) => {
      const storage = (globalThis as unknown as { chrome: { storage: Record<string, { get(k: string): Promise<Record<string, unknown>> }> } }).chrome.storage;
      return (await storage[name]!.get(k))[k];
    },
    { area, key },
  );
}
