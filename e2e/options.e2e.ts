import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { LaunchedBrowser } from './support/chromium';
import { startServer, type FixtureServer } from './support/server';
import {
  NEWS_COUNTS,
  NEWS_TOTAL,
  badgeOf,
  browserPool,
  getStorage,
  openNews,
  screenshot,
  setStorage,
  summaryWhere,
  tabIdOf,
} from './popup-helpers';

let server: FixtureServer;
const browsers = browserPool();
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000 });

async function openOptions(browser: LaunchedBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

beforeAll(async () => {
  server = await startServer();
});
afterEach(browsers.closeAll);
afterAll(async () => {
  await server?.close();
});

describe('options page', () => {
  test('changes survive a reload and reach an open tab without reloading it', async () => {
    const browser = await browsers.launch();
    const news = await openNews(browser, server);
    const options = await openOptions(browser);

    await options.getByRole('switch', { name: 'Elon Musk' }).click();
    const withoutMusk = await summaryWhere(browser, news, 'Musk no longer counted', (s) => s.counts.musk === 0 && s.scan.done);
    expect(withoutMusk.counts).toEqual({ ...NEWS_COUNTS, musk: 0 });

    await options.getByLabel('Background tint').check();
    await options.getByLabel('Card language').selectOption('de');
    const slider = options.getByLabel('Hover delay');
    await slider.focus();
    for (let i = 0; i < 4; i++) await options.keyboard.press('ArrowRight');
    await poll(() => options.locator('output').textContent()).toBe('500 ms');
    await poll(() => getStorage(browser, 'sync', 'settings')).toMatchObject({ hoverDelayMs: 500 });

    await options.reload();
    await poll(() => options.getByRole('switch', { name: 'Elon Musk' }).isChecked()).toBe(false);
    await poll(() => options.getByLabel('Background tint').isChecked()).toBe(true);
    await poll(() => options.getByLabel('Card language').inputValue()).toBe('de');
    await poll(() => options.locator('output').textContent()).toBe('500 ms');

    await options.getByRole('switch', { name: 'Elon Musk' }).click();
    await summaryWhere(browser, news, 'Musk counted again', (s) => s.counts.musk === NEWS_COUNTS.musk && s.mentions.length === NEWS_TOTAL);
  });

  test('the badge switch hides and shows the count on the toolbar button of an open tab', async () => {
    const browser = await browsers.launch();
    const news = await openNews(browser, server);
    const tabId = await tabIdOf(browser, news);
    await poll(() => badgeOf(browser, tabId).then((badge) => badge.text)).toBe(String(NEWS_TOTAL));
    const options = await openOptions(browser);
    const badgeSwitch = options.getByRole('switch', { name: 'Show the number of mentions on the toolbar button' });
    await badgeSwitch.click();
    await poll(() => badgeOf(browser, tabId).then((badge) => badge.text)).toBe('');
    await badgeSwitch.click();
    await poll(() => badgeOf(browser, tabId).then((badge) => badge.text)).toBe(String(NEWS_TOTAL));
  });

  test('a site is turned off with a validated pattern, which turns the open tab off, and on again', async () => {
    const browser = await browsers.launch();
    const news = await openNews(browser, server);
    const options = await openOptions(browser);
    const input = options.getByLabel('Site to turn off (for example example.com)');

    await input.fill('not a site!');
    await options.getByRole('button', { name: 'Turn off' }).click();
    await poll(() => options.getByTestId('site-error').textContent()).toBe(
      '“not a site!” is not a site name. Enter a host name such as example.com.',
    );
    expect(await input.getAttribute('aria-invalid')).toBe('true');

    await input.fill('http://127.0.0.1:9999/some/page');
    await options.getByRole('button', { name: 'Turn off' }).click();
    await poll(() => options.getByTestId('site-list').textContent()).toContain('127.0.0.1');
    await poll(() => options.getByTestId('site-error').count()).toBe(0);
    await summaryWhere(browser, news, 'the fixture site off', (s) => !s.enabled && s.mentions.length === 0);
    expect(await getStorage(browser, 'local', 'disabledSites')).toEqual(['127.0.0.1']);

    await options.getByRole('button', { name: 'Turn on 127.0.0.1 again' }).click();
    await summaryWhere(browser, news, 'the fixture site on again', (s) => s.enabled && s.mentions.length === NEWS_TOTAL);
  });

  test('a bad import file is refused with a message naming what is wrong, and nothing is lost', async () => {
    const browser = await browsers.launch();
    const options = await openOptions(browser);
    await options.getByRole('switch', { name: 'Qwen' }).click();
    await poll(() => getStorage(browser, 'sync', 'settings')).toMatchObject({ entities: { qwen: false } });
    const before = await getStorage(browser, 'sync', 'settings');

    const bad = JSON.stringify({
      format: 'context-cards-settings',
      version: 2,
      settings: { hoverDelayMs: 99999, highlightStyle: 'blink' },
      disabledSites: ['fine.example', 'not a host'],
    });
    await options.getByTestId('import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    const error = options.getByTestId('import-error');
    await poll(() => error.textContent()).toContain('The file was not imported and your settings are unchanged.');
    const text = await error.textContent();
    expect(text).toContain('“Highlight style” has a value that is not allowed.');
    expect(text).toContain('“Hover delay” has a value that is not allowed.');
    expect(text).toContain('The site "not a host" is not a valid site name.');
    expect(await getStorage(browser, 'sync', 'settings')).toEqual(before);
    expect(await getStorage(browser, 'local', 'disabledSites')).toBeUndefined();
    expect(await options.getByRole('switch', { name: 'Qwen' }).isChecked()).toBe(false);

    await options.getByTestId('import').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"notes": [1, 2') });
    await poll(() => error.textContent()).toContain('It is not valid JSON');
    expect(await getStorage(browser, 'sync', 'settings')).toEqual(before);
  });

  test('export downloads the settings as JSON, and importing that file restores them', async () => {
    const browser = await browsers.launch();
    const options = await openOptions(browser);
    await options.getByRole('switch', { name: 'DeepSeek' }).click();
    await poll(() => getStorage(browser, 'sync', 'settings')).toMatchObject({ entities: { deepseek: false } });
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export').click()]);
    const file = fs.readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(file)).toMatchObject({ format: 'context-cards-settings', version: 2, settings: { entities: { deepseek: false } } });

    await options.getByRole('button', { name: 'Reset to defaults' }).click();
    await poll(() => options.getByRole('switch', { name: 'DeepSeek' }).isChecked()).toBe(true);
    await options.getByTestId('import').setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await poll(() => options.getByTestId('options-status').textContent()).toBe('Settings imported.');
    await poll(() => options.getByRole('switch', { name: 'DeepSeek' }).isChecked()).toBe(false);
  });

  test('stored values that are corrupt fall back to defaults, and the page says which', async () => {
    const browser = await browsers.launch();
    await setStorage(browser, 'sync', { settings: { hoverDelayMs: 'slow', highlightColor: 'red', paused: false } });
    const options = await openOptions(browser);
    await poll(() => options.getByTestId('corrupt-notice').textContent()).toBe(
      'Some stored settings could not be read and fell back to their defaults: Highlight colour, Hover delay.',
    );
    await poll(() => options.locator('output').textContent()).toBe('300 ms');
  });

  test('shows the keyboard command and where to change it', async () => {
    const browser = await browsers.launch();
    const options = await openOptions(browser);
    await poll(() => options.getByTestId('shortcuts').textContent()).toBe('Go to the next marked name and open its card: Alt+Shift+M');
    await options.getByRole('button', { name: 'Change shortcuts' }).click();
    await poll(() => browser.context.pages().some((page) => page.url() === 'chrome://extensions/shortcuts')).toBe(true);
  });
});

describe('options screenshots', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(scheme, async () => {
      const browser = await browsers.launch(scheme);
      const options = await openOptions(browser);
      await options.getByLabel('Site to turn off (for example example.com)').fill('news.example.com');
      await options.getByRole('button', { name: 'Turn off' }).click();
      await options.getByLabel('Site to turn off (for example example.com)').fill('bad site');
      await options.getByRole('button', { name: 'Turn off' }).click();
      await poll(() => options.getByTestId('site-error').isVisible()).toBe(true);
      await screenshot(options, `options-${scheme}`);
    });
  }
});
