import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageSummary } from '../lib/messages';
import { renderDemoPage } from '../scripts/lib/demo-page';
import { launchFirefox, type FirefoxSession } from './support/firefox';

// The reader's path in Firefox ESR with the Firefox build installed: names marked, the right card on
// hover, `page-summary` answered, no errors.
let firefox: FirefoxSession;
let server: http.Server;
let pageUrl: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  const html = renderDemoPage();
  server = http.createServer((request, response) => {
    response.writeHead(request.url === '/' ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(request.url === '/' ? html : '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  server?.close();
});

async function openDemo(): Promise<Page> {
  const page = await firefox.browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(pageUrl);
  return page;
}

/** Sends `page-summary` to the demo tab from an extension page, as the popup does. */
async function pageSummary(): Promise<PageSummary> {
  const extensionPage = await firefox.openExtensionPage('popup.html');
  try {
    return await extensionPage.evaluate(async (url: string) => {
      const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
      const tab = (await api.tabs.query({})).find((candidate) => candidate.url === url);
      if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
      return (await api.tabs.sendMessage(tab.id, { type: 'page-summary' }, { frameId: 0 })) as PageSummary;
    }, pageUrl);
  } finally {
    await extensionPage.close();
  }
}

async function waitForSummary(done: (summary: PageSummary) => boolean): Promise<PageSummary> {
  const deadline = Date.now() + 30_000;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const summary = await pageSummary();
      if (done(summary)) return summary;
      last = summary;
    } catch (error) {
      last = error instanceof Error ? error.message : error;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`page-summary never settled: ${JSON.stringify(last)}`);
}

describe('Firefox ESR with the Firefox build', () => {
  let page: Page;

  it('marks the names on the demo page and answers page-summary', async () => {
    page = await openDemo();
    const summary = await waitForSummary((s) => s.scan.done && s.mentions.length > 0);
    expect(summary.enabled).toBe(true);
    expect(summary.url).toBe(pageUrl);
    expect(summary.counts.musk).toBeGreaterThan(5);
    expect(summary.counts.openai).toBeGreaterThan(5);
    expect(summary.counts.stargate).toBeGreaterThan(0);
    expect(summary.counts.deepseek).toBeGreaterThan(0);
    expect(summary.counts.qwen).toBeGreaterThan(0);
    // The look-alikes at the end of the demo page get no mention.
    const texts = summary.mentions.map((m) => m.context);
    expect(texts.some((t) => t.includes('Kimbal'))).toBe(false);
    expect(texts.some((t) => t.includes('SG-1'))).toBe(false);
    expect(texts.some((t) => t.includes('white musk'))).toBe(false);

    // The marks are CSS highlights, visible to the document's highlight registry.
    const marked = await page.evaluate(() => [...CSS.highlights.keys()]);
    expect(marked.length).toBeGreaterThan(0);
    // And they are drawn: the document has adopted the sheet that styles them (a dotted underline),
    // after any sheets of the page's own.
    const style = await page.evaluate(() =>
      [...document.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
    );
    expect(style).toMatch(/::highlight\(context-cards-musk\)/);
    expect(style).toMatch(/dotted/);
  });

  it('opens the right card when the pointer rests on a name', async () => {
    const point = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf('Sam Altman');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + 5);
        range.setEnd(node, at + 10);
        const rect = range.getBoundingClientRect();
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const after = range.getBoundingClientRect();
        return { x: after.left + after.width / 2, y: after.top + after.height / 2, width: rect.width };
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    const card = await page.waitForFunction(
      () => {
        for (const host of document.querySelectorAll('*')) {
          const dialog = host.shadowRoot?.querySelector('[role="dialog"]');
          // Shown, not one rendered ahead in the closed (invisible) frame.
          if (dialog?.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return dialog.textContent;
        }
        return false;
      },
      { timeout: 15_000 },
    );
    const text = String(await card.jsonValue());
    expect(text).toContain('Sam Altman');
    expect(text).toMatch(/OpenAI/);
  });

  it('logged no errors on the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
