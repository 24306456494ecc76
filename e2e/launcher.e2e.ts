import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, type LaunchedBrowser } from './support/chromium';
import { startServer, type FixtureServer } from './support/server';

let browser: LaunchedBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the launcher loads the extension and serves the fixtures from 127.0.0.1', async () => {
  expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  const page = await browser.context.newPage();
  await page.goto(server.url('plain.html'));
  await expect(page.locator('h1').textContent()).resolves.toBe('A quiet page');
  expect(browser.externalRequests).toEqual([]);
  expect(browser.consoleErrors).toEqual([]);
});
