import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { extensionDir } from './paths';

/** The add-on id of the Firefox build (wxt.config.ts) and the UUID we pin for its moz-extension:// pages. */
const FIREFOX_ADDON_ID = 'context-cards@context-cards.invalid';
const FIREFOX_UUID = '6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f';

export interface FirefoxSession {
  readonly browser: Browser;
  /** Opens one of the extension's own pages (e.g. `popup.html`) in a new tab. */
  openExtensionPage(file: string): Promise<Page>;
  close(): Promise<void>;
}

interface BidiNavigable {
  browsingContext: { navigate(url: string, wait?: 'none' | 'interactive' | 'complete'): Promise<void> };
}

/**
 * Polls `check` from here until it holds. Not `page.waitForFunction` on the extension's own pages: its
 * poller builds the predicate with `Function()` inside the page, which the extension pages' CSP refuses
 * in Firefox ESR 140 (153 lets it through); a plain `evaluate` is not subject to the page's CSP.
 */
async function pollExtensionPage(page: Page, what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what} in Firefox`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Headless Firefox ESR driven over WebDriver BiDi, with the unpacked Firefox build installed as a
 * temporary add-on (host permissions are granted by default for those).
 */
export async function launchFirefox(): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
      // Nothing may leave the machine: no update checks, telemetry or captive-portal probes.
      'network.captive-portal-service.enabled': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  await browser.installExtension(extensionDir('firefox'));
  const launched: FirefoxSession = {
    browser,
    async openExtensionPage(file) {
      const page = await browser.newPage();
      const url = `moz-extension://${FIREFOX_UUID}/${file}`;
      // page.goto never sees a load event for moz-extension:// pages; navigate over BiDi directly.
      await (page.mainFrame() as unknown as BidiNavigable).browsingContext.navigate(url, 'none');
      await pollExtensionPage(page, `the page ${file} loaded`, () => page.evaluate((expected: string) => location.href === expected && document.readyState === 'complete', url));
      return page;
    },
    close: () => browser.close(),
  };
  // The background registers the content script when it starts, as just after an install: pages
  // opened before that would not get it, so the tests start once it is registered.
  const page = await launched.openExtensionPage('popup.html');
  try {
    await pollExtensionPage(page, 'the content script registered', () =>
      page.evaluate(async () => {
        const api = (globalThis as unknown as { browser: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }).browser;
        return (await api.scripting.getRegisteredContentScripts()).length > 0;
      }),
    );
  } finally {
    await page.close();
  }
  return launched;
}
