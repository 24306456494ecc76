import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from './support/chromium';
import { extensionDir } from './support/paths';
import { startServer, type FixtureServer } from './support/server';
import { CARD_TAG, restOn, textBox, waitForCard } from './support/page-helpers';
import {
  NEWS_COUNTS,
  NEWS_TOTAL,
  badgeOf,
  browserPool,
  inWorker,
  openNews,
  openPopupFor,
  screenshot,
  setStorage,
  summaryWhere,
  tabIdOf,
} from './popup-helpers';

let server: FixtureServer;
const closers: (() => Promise<void>)[] = [];

/**
 * Chromium without the extension, which `install()` then loads over CDP: the tabs opened before it are
 * exactly those of a reader who installs (or updates) the extension with pages already open.
 */
async function launchWithoutExtension() {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--no-first-run', '--enable-unsafe-extension-debugging', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  closers.push(() => context.close());
  const install = async () => {
    const cdp = await context.browser()!.newBrowserCDPSession();
    const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: extensionDir('chrome') } as never)) as { id: string };
    if (!context.serviceWorkers().some((worker) => worker.url().includes(id))) await context.waitForEvent('serviceworker');
    return id;
  };
  return { context, install };
}
/** Waits for what the reader would see; the content script applies changes on its own schedule. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000 });
const browsers = browserPool();

beforeAll(async () => {
  server = await startServer();
});
afterEach(async () => {
  await browsers.closeAll();
  await Promise.all(closers.splice(0).map((close) => close()));
});
afterAll(async () => {
  await server?.close();
});

describe('popup', () => {
  test('lists the known mentions grouped by entity, and a click shows that mention’s card in the tab', async () => {
    const browser = await browsers.launch();
    const page = await openNews(browser, server);
    const popup = await openPopupFor(browser, page);

    await poll(() => popup.getByTestId('mention-total').textContent()).toBe(`${NEWS_TOTAL} mentions on this page`);
    for (const [entity, count] of Object.entries(NEWS_COUNTS)) {
      const group = popup.getByTestId(`group-${entity}`);
      if (count === 0) {
        await poll(() => group.count()).toBe(0);
        continue;
      }
      await poll(() => group.getByTestId('group-count').textContent()).toBe(count === 1 ? '1 mention' : `${count} mentions`);
      await poll(() => group.locator('button.mention').count()).toBe(count);
    }
    // The context sentence, as text, with the name marked.
    const altman = popup.getByTestId('group-altman').locator('button.mention').first();
    await poll(() => altman.textContent()).toContain('Sam Altman, who runs the company, turned the offer down at once.');
    await poll(() => altman.locator('mark').textContent()).toBe('Sam Altman');

    await altman.click();
    const cardHost = page.locator('context-cards-card');
    await poll(() => cardHost.count()).toBeGreaterThan(0);
    // Locators pierce the card's open shadow root: its dialog is named after the entity.
    await poll(() => page.getByRole('dialog', { name: 'Sam Altman' }).count()).toBe(1);
  });

  test('the site switch turns marks off and on in the open tab, and the badge follows', async () => {
    const browser = await browsers.launch();
    const page = await openNews(browser, server);
    const tabId = await tabIdOf(browser, page);
    const popup = await openPopupFor(browser, page);
    const siteSwitch = popup.getByTestId('site-switch');
    await poll(() => siteSwitch.isChecked()).toBe(true);
    await poll(() => badgeOf(browser, tabId)).toEqual({ text: String(NEWS_TOTAL), title: '5 mentions: Elon Musk 2, OpenAI 2, Sam Altman 1' });

    await siteSwitch.click();
    await poll(() => popup.getByTestId('page-state').getAttribute('data-state')).toBe('site-off');
    const off = await summaryWhere(browser, page, 'the site turned off', (s) => !s.enabled);
    expect(Object.values(off.counts).every((count) => count === 0)).toBe(true);
    expect(off.mentions).toEqual([]);
    await poll(() => badgeOf(browser, tabId).then((badge) => badge.text)).toBe('');
    // Nothing of the extension stays on the page: the card's (hidden) host is gone too.
    await poll(() => page.evaluate((tag) => document.querySelector(tag) === null, CARD_TAG)).toBe(true);

    await siteSwitch.click();
    const on = await summaryWhere(browser, page, 'the site on again', (s) => s.enabled && s.scan.done && s.mentions.length === NEWS_TOTAL);
    expect(on.counts).toEqual(NEWS_COUNTS);
    await poll(() => popup.getByTestId('mention-total').textContent()).toBe(`${NEWS_TOTAL} mentions on this page`);
    await poll(() => badgeOf(browser, tabId).then((badge) => badge.text)).toBe(String(NEWS_TOTAL));
    // The card comes back with the marks.
    await restOn(page, await textBox(page, 'main p:nth-of-type(2)', 'Sam Altman'));
    await waitForCard(page, 'Sam Altman');
  });

  test('the badge is per tab and cleared when the tab navigates to a page without mentions', async () => {
    const browser = await browsers.launch();
    const page = await openNews(browser, server);
    const tabId = await tabIdOf(browser, page);
    const other = await browser.context.newPage();
    await other.goto(server.url('popup-empty.html'));
    const otherId = await tabIdOf(browser, other);
    await poll(() => badgeOf(browser, tabId).then((badge) => badge.text)).toBe(String(NEWS_TOTAL));
    expect((await badgeOf(browser, otherId)).text).toBe('');

    await page.goto(server.url('popup-empty.html'));
    await summaryWhere(browser, page, 'the empty page scanned', (s) => s.scan.done && s.mentions.length === 0);
    await poll(() => badgeOf(browser, tabId)).toEqual({ text: '', title: 'Context Cards: names on this page' });
  });

  test('the global pause stops every tab and shows why', async () => {
    const browser = await browsers.launch();
    const page = await openNews(browser, server);
    const popup = await openPopupFor(browser, page);
    await popup.getByTestId('pause-switch').click();
    await poll(() => popup.getByTestId('page-state').getAttribute('data-state')).toBe('paused');
    await summaryWhere(browser, page, 'the page paused', (s) => !s.enabled);
    await popup.getByTestId('pause-switch').click();
    await summaryWhere(browser, page, 'the page running again', (s) => s.enabled && s.mentions.length === NEWS_TOTAL);
  });

  test('says so on a page without mentions and on a page extensions cannot run on', async () => {
    const browser = await browsers.launch();
    const empty = await browser.context.newPage();
    await empty.goto(server.url('popup-empty.html'));
    await summaryWhere(browser, empty, 'the empty page scanned', (s) => s.scan.done);
    const popup = await openPopupFor(browser, empty);
    await poll(() => popup.getByTestId('page-state').getAttribute('data-state')).toBe('none');
    await poll(() => popup.getByTestId('page-state').textContent()).toBe('None of the six names is mentioned on this page.');

    // Without the "tabs" permission an about:blank tab has no URL the extension may read, so the
    // test opens it from the service worker to learn its id.
    const blankId = await inWorker(
      browser,
      async () => {
        const tabs = (globalThis as unknown as { chrome: { tabs: { create(p: object): Promise<{ id: number }> } } }).chrome.tabs;
        return (await tabs.create({ url: 'about:blank', active: false })).id;
      },
      null,
    );
    const restricted = await browser.context.newPage();
    await restricted.setViewportSize({ width: 380, height: 600 });
    await restricted.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${blankId}`);
    await poll(() => restricted.getByTestId('page-state').getAttribute('data-state')).toBe('restricted');
    await poll(() => restricted.getByTestId('site-switch').isDisabled()).toBe(true);
  });

  test('a tab opened before the extension was installed gets a button that starts it there without a reload', async () => {
    const { context, install } = await launchWithoutExtension();
    const page = await context.newPage();
    await page.goto(server.url('popup-news.html'));
    const extensionId = await install();
    const tabId = await context.serviceWorkers()[0]!.evaluate(async (url: string) => {
      const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome.tabs;
      return (await tabs.query({})).find((tab) => tab.url === url)?.id;
    }, page.url());
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await poll(() => popup.getByTestId('page-state').getAttribute('data-state')).toBe('not-started');
    await poll(() => popup.getByTestId('page-state').textContent()).toContain('opened before Context Cards was installed or updated');
    await popup.getByTestId('start-here').click();
    await poll(() => popup.getByTestId('mention-total').textContent()).toBe(`${NEWS_TOTAL} mentions on this page`);
    expect(page.url()).toBe(server.url('popup-news.html'));
  });

  test('the settings link opens the options page', async () => {
    const browser = await browsers.launch();
    const page = await openNews(browser, server);
    const popup = await openPopupFor(browser, page);
    await popup.getByRole('button', { name: 'Settings' }).click();
    await poll(() => browser.context.pages().some((p) => p.url() === `chrome-extension://${browser.extensionId}/options.html`)).toBe(true);
  });

  test('the story: a timeline with inferred dates marked, and a diagram whose nodes open card details by keyboard', async () => {
    const browser = await browsers.launch();
    const page = await openNews(browser, server);
    const popup = await openPopupFor(browser, page);
    // The tabs follow the ARIA pattern: arrow keys move between them.
    await popup.getByRole('tab', { name: 'On this page' }).focus();
    await popup.keyboard.press('ArrowRight');
    await poll(() => popup.getByRole('tab', { selected: true }).textContent()).toBe('The story');
    await poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('The story');
    await poll(() => popup.getByTestId('timeline-event').count()).toBeGreaterThan(3);
    await popup.keyboard.press('Tab');
    await poll(() => popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('diagram-entity-musk');
    await poll(() => popup.locator('.timeline details.inferred summary').first().textContent()).toBe('inferred');

    const diagram = popup.getByTestId('relation-diagram');
    await poll(() => diagram.getByRole('button').count()).toBe(6);
    const stargate = popup.getByTestId('diagram-entity-stargate');
    expect(await stargate.getAttribute('aria-label')).toBe('Stargate (Project): open its card');
    await stargate.focus();
    await poll(() => popup.getByTestId('diagram-ties').textContent()).toContain('Oracle');
    await popup.keyboard.press('Enter');
    const details = popup.getByTestId('entity-details');
    await poll(() => details.locator('h2').textContent()).toBe('Stargate');
    await poll(() => details.textContent()).toContain('$500 billion');
    await details.getByRole('button', { name: /Back to the story/ }).click();
    await poll(() => popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('diagram-entity-stargate');
  });
});

describe('popup screenshots', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${scheme}: mentions, story and card details`, async () => {
      const browser = await browsers.launch(scheme);
      const page = await openNews(browser, server);
      const popup = await openPopupFor(browser, page);
      await poll(() => popup.getByTestId('mention-total').textContent()).toBe(`${NEWS_TOTAL} mentions on this page`);
      await screenshot(popup, `popup-mentions-${scheme}`);
      await popup.getByRole('tab', { name: 'The story' }).click();
      await popup.getByTestId('diagram-entity-musk').hover();
      await screenshot(popup, `popup-story-${scheme}`);
      await popup.getByTestId('diagram-entity-altman').click();
      await poll(() => popup.getByTestId('entity-details').isVisible()).toBe(true);
      await screenshot(popup, `popup-details-${scheme}`);
      // Colour scheme really applied: the popup's background follows it.
      const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(27, 28, 31)');
    });
  }
});

test('a site turned off elsewhere (options, another window) shows as off in the popup', async () => {
  const browser = await browsers.launch();
  const page = await openNews(browser, server);
  await setStorage(browser, 'local', { disabledSites: ['127.0.0.1'] });
  const popup = await openPopupFor(browser, page);
  await poll(() => popup.getByTestId('page-state').getAttribute('data-state')).toBe('site-off');
  await poll(() => popup.getByTestId('site-switch').isChecked()).toBe(false);
});
