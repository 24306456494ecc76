import { afterAll, beforeAll, expect, test } from 'vitest';
import de from '../public/_locales/de/messages.json';
import { launchChromium, type LaunchedBrowser } from './support/chromium';
import { startServer, type FixtureServer } from './support/server';
import { badgeOf, inWorker, openPopupFor, screenshot, summaryWhere, tabIdOf } from './popup-helpers';

/** Chromium on Linux takes its UI language, and so browser.i18n, from LANGUAGE (with Debian's chromium-l10n). */
let browser: LaunchedBrowser;
let server: FixtureServer;
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000 });

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium({ env: { LANGUAGE: 'de' }, locale: 'de-DE' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the browser really runs in German', async () => {
  const ui = await inWorker(browser, async () => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage(), null);
  expect(ui.toLowerCase()).toMatch(/^de/);
});

test('popup, badge title and options render in German', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('popup-news.html'));
  await summaryWhere(browser, page, 'the first scan', (s) => s.scan.done && s.mentions.length > 0);

  const popup = await openPopupFor(browser, page);
  await poll(() => popup.getByRole('tab', { selected: true }).textContent()).toBe(de.popupTabPage.message);
  await poll(() => popup.getByTestId('mention-total').textContent()).toBe('5 Erwähnungen auf dieser Seite');
  await poll(() => popup.getByTestId('site-switch').locator('xpath=..').textContent()).toBe('Aktiv auf 127.0.0.1');
  expect(await popup.evaluate(() => document.documentElement.lang)).toBe('de');
  await screenshot(popup, 'popup-de');
  await popup.getByRole('tab', { name: de.popupTabStory.message }).click();
  await poll(() => popup.getByRole('heading', { name: de.storyTimelineHeading.message }).count()).toBe(1);
  await poll(() => popup.getByTestId('diagram-entity-qwen').getAttribute('aria-label')).toBe('Qwen (KI-Modellfamilie): Karte öffnen');

  const tabId = await tabIdOf(browser, page);
  await poll(() => badgeOf(browser, tabId).then((badge) => badge.title)).toBe('5 Erwähnungen: Elon Musk 2, OpenAI 2, Sam Altman 1');

  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await poll(() => options.getByRole('heading', { level: 1 }).textContent()).toBe(de.optionsTitle.message);
  await poll(() => options.title()).toBe(de.optionsTitle.message);
  await poll(() => options.getByRole('button', { name: de.optionsReset.message }).count()).toBe(1);
  await screenshot(options, 'options-de');
  expect(browser.consoleErrors).toEqual([]);
});
