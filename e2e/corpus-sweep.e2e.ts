import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { PageSummary } from '../lib/messages';
import { launchChromium, waitFor, type LaunchedBrowser } from './support/chromium';
import { hasShared, sharedDir } from './support/paths';
import { NAMED_PARAGRAPH_CLASS, NAMED_PARAGRAPH_TEXT, startCorpusServer, type CorpusServer } from '../scripts/bench/corpus-server.mjs';

/**
 * The real-page sweep: every saved page of ../shared/corpus/pages, served from 127.0.0.1 with the
 * pages' own scripts off (CSP script-src 'none'), loaded once in a browser without the extension and
 * once with it. With the extension the page's text is the same, the extension logs no error and asks
 * no other host for anything, and page-summary finds the names the page's text has, and no look-alike.
 * None of the pages names one of the six in its text, so each is swept a second time with a paragraph
 * naming all six put at the top of its body: there the finder and the marks run on the page's real
 * structure and styles, and must still leave everything else as it was.
 */
const pagesDir = path.join(sharedDir, 'corpus/pages');
const pages = hasShared ? fs.readdirSync(pagesDir).filter((name) => name.endsWith('.html')).sort() : [];

/** Names that can only mean one of the six: a page whose text has one must show a mention. */
const UNAMBIGUOUS = /\b(?:OpenAI|Elon Musk|Sam Altman|DeepSeek)\b/;
/**
 * One of the six names in Latin letters: Musk only capitalised (lower-case musk is the scent), the
 * others in any case. A page without one has at most look-alikes (Muskoka, musket, musk, musky).
 */
function namesOneOfTheSix(text: string): boolean {
  return /\b(?:Musk|MUSK)\b/.test(text) || /\b(?:altman|openai|stargate|deepseek|qwen)\b/i.test(text);
}
const LOOK_ALIKE = /musk/i;
const LATIN_LETTER = /[A-Za-z]/;

const SUMMARY_TIMEOUT_MS = 30_000;

interface ExtensionTrouble {
  errors: string[];
  requests: string[];
}

/** Console errors, uncaught exceptions and requests whose source is an extension script (CDP sees isolated worlds too). */
async function watchExtension(context: BrowserContext, page: Page, extensionId: string): Promise<{ cdp: CDPSession; trouble: ExtensionTrouble }> {
  const trouble: ExtensionTrouble = { errors: [], requests: [] };
  // Ours only: a saved page may itself ask for another extension's files (wikipedia-4 links one's fonts).
  const ours = `chrome-extension://${extensionId}/`;
  const fromExtension = (...urls: (string | undefined)[]): boolean => urls.some((url) => url?.startsWith(ours));
  const isLocal = (url: string): boolean => {
    const parsed = new URL(url);
    return parsed.hostname === '127.0.0.1' || !['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol);
  };
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.consoleAPICalled', (event) => {
    if (event.type !== 'error' && event.type !== 'assert') return;
    if (fromExtension(...(event.stackTrace?.callFrames ?? []).map((frame) => frame.url))) {
      trouble.errors.push(`console.${event.type}: ${event.args.map((arg) => arg.value ?? arg.description).join(' ')}`);
    }
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: details }) => {
    if (fromExtension(details.url, ...(details.stackTrace?.callFrames ?? []).map((frame) => frame.url))) {
      trouble.errors.push(`uncaught: ${details.exception?.description ?? details.text}`);
    }
  });
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error' && (fromExtension(entry.url, ...(entry.stackTrace?.callFrames ?? []).map((frame) => frame.url)) || entry.text.includes(ours))) {
      trouble.errors.push(`${entry.source}: ${entry.text}`);
    }
  });
  cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
    if (isLocal(request.url)) return;
    if (fromExtension(initiator.url, ...(initiator.stack?.callFrames ?? []).map((frame) => frame.url))) trouble.requests.push(request.url);
  });
  context.on('request', (request) => {
    if (isLocal(request.url())) return;
    const worker = request.serviceWorker();
    const frameUrl = worker ? worker.url() : request.frame().url();
    if (frameUrl.startsWith(ours)) trouble.requests.push(request.url());
  });
  await Promise.all([cdp.send('Runtime.enable'), cdp.send('Log.enable'), cdp.send('Network.enable')]);
  return { cdp, trouble };
}

/** Every host but 127.0.0.1 fails at once, so no page waits on the network. */
async function loopbackOnly(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => url.hostname !== '127.0.0.1' && ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol),
    (route) => route.abort('blockedbyclient'),
  );
}

describe('corpus sweep', () => {
  let server: CorpusServer | undefined;
  let withExtension: LaunchedBrowser;
  let without: LaunchedBrowser;
  let extensionPage: Page;
  let plainPage: Page;
  let trouble: ExtensionTrouble;
  /** Pages whose text names one of the six, with what page-summary found there. */
  const named: string[] = [];
  /** Pages whose text has only look-alikes (Muskoka, musket, musk). */
  const lookAlikes: string[] = [];
  /** Pages that hide the top of their body without their scripts: the inserted names are not shown there. */
  const hiddenTop: string[] = [];

  beforeAll(async () => {
    if (!hasShared) return;
    server = await startCorpusServer({ pagesDir });
    [withExtension, without] = await Promise.all([launchChromium(), launchChromium({ extension: null })]);
    await Promise.all([loopbackOnly(withExtension.context), loopbackOnly(without.context)]);
    extensionPage = withExtension.context.pages()[0] ?? (await withExtension.context.newPage());
    plainPage = without.context.pages()[0] ?? (await without.context.newPage());
    ({ trouble } = await watchExtension(withExtension.context, extensionPage, withExtension.extensionId));
  });

  afterAll(async () => {
    console.log(`corpus sweep: pages whose text names one of the six: ${named.length ? `\n${named.join('\n')}` : 'none'}`);
    console.log(`corpus sweep: pages with look-alikes only, no mention expected: ${lookAlikes.join(', ') || 'none'}`);
    console.log(`corpus sweep: pages whose inserted names are hidden by the page's styles, none marked: ${hiddenTop.join(', ') || 'none'}`);
    await withExtension?.close();
    await without?.close();
    await server?.close();
  });

  it('has the corpus to sweep', () => {
    if (hasShared) {
      expect(pages.length).toBeGreaterThan(0);
      return;
    }
    console.log(`corpus sweep: ${pagesDir} is missing, the sweep was left out`);
    expect(process.env.CI, 'the corpus sweep must run in CI').not.toBe('true');
  });

  /**
   * Loads `url` without and with the extension, waits for the extension's first scan of it, and checks
   * that the page's text is the same and the extension logged no error and asked no other host.
   */
  async function sweep(url: string, name: string): Promise<{ summary: PageSummary; text: string }> {
    trouble.errors.length = 0;
    trouble.requests.length = 0;
    const plainText = plainPage.goto(url, { waitUntil: 'load' }).then(() => plainPage.evaluate(() => document.body?.innerText ?? ''));
    await extensionPage.goto(url, { waitUntil: 'load' });
    const asked = Date.now();
    const summary = await waitFor(
      async () => {
        const answer = await withExtension.sendToTab<PageSummary | undefined>(extensionPage, { type: 'page-summary' });
        // Right after a navigation an answer can still be about the previous page, or say done
        // before any text was read: wait for this page's scan (a page without text gets 3 s).
        const scanned = answer?.url === url && answer.scan.done && (answer.scan.textNodes > 0 || Date.now() - asked > 3_000);
        return scanned ? answer : undefined;
      },
      `page-summary with scan.done on ${name}`,
      SUMMARY_TIMEOUT_MS,
    );
    const [text, textWithExtension] = await Promise.all([plainText, extensionPage.evaluate(() => document.body?.innerText ?? '')]);
    expect(textWithExtension, 'page text with the extension').toBe(text);
    expect(trouble.errors, 'extension errors').toEqual([]);
    expect(trouble.requests, 'extension requests to other hosts').toEqual([]);
    expect(withExtension.consoleErrors.filter((line) => line.startsWith('service worker:')), 'service worker errors').toEqual([]);
    return { summary, text };
  }

  for (const name of pages) {
    it(`leaves ${name} as it was and finds what its text names`, async () => {
      const { summary, text } = await sweep(server?.pageUrl(name) ?? '', name);

      const topMentions = summary.mentions.filter((mention) => mention.frameId === 0);
      if (namesOneOfTheSix(text) || summary.mentions.length > 0) {
        named.push(`  ${name}: ${summary.mentions.length} mention(s) ${JSON.stringify(summary.mentions.map((mention) => mention.text))}`);
      }
      for (const mention of topMentions) expect(text, `mention "${mention.text}" is in the page's text`).toContain(mention.text);
      if (UNAMBIGUOUS.test(text)) {
        expect(topMentions.length, `the text names ${UNAMBIGUOUS.exec(text)?.[0]}`).toBeGreaterThan(0);
      }
      if (!namesOneOfTheSix(text)) {
        // No name in Latin letters: a mention could only be an alias in another script, never a look-alike.
        if (LOOK_ALIKE.test(text)) lookAlikes.push(name);
        expect(topMentions.filter((mention) => LATIN_LETTER.test(mention.text)), LOOK_ALIKE.test(text) ? 'look-alikes marked' : 'Latin mentions without a name').toEqual([]);
      }
    });
  }

  for (const name of pages) {
    it(`marks the six names put into ${name}, and leaves the rest of it as it was`, async () => {
      const { summary } = await sweep(server?.namedUrl(name) ?? '', `${name} with the six names`);
      // The page's own styles may hide the top of its body (shown by a script, which is off here): then nothing is marked.
      const shown = await extensionPage.evaluate((name) => document.querySelector(`.${name}`)?.checkVisibility({ visibilityProperty: true }) ?? false, NAMED_PARAGRAPH_CLASS);
      const inserted = summary.mentions.filter((mention) => mention.frameId === 0 && NAMED_PARAGRAPH_TEXT.includes(mention.context.replace(/^…|…$/g, '')));
      if (!shown) {
        hiddenTop.push(name);
        expect(inserted, 'mentions in a paragraph the page does not show').toEqual([]);
        return;
      }
      expect(new Set(inserted.map((mention) => mention.entity)), 'the six names found').toEqual(new Set(['musk', 'openai', 'altman', 'stargate', 'deepseek', 'qwen']));
      // Drawn: the browser gives the paragraph the marks' style for each of the six.
      await waitFor(
        () =>
          extensionPage.evaluate((name) => {
            const paragraph = document.querySelector(`.${name}`)!;
            return ['musk', 'openai', 'altman', 'stargate', 'deepseek', 'qwen'].every(
              (entity) => getComputedStyle(paragraph, `::highlight(context-cards-${entity})`).textDecorationLine === 'underline',
            );
          }, NAMED_PARAGRAPH_CLASS),
        `the marks drawn on ${name}`,
        5_000,
      );
    });
  }
});
