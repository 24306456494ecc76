import type { Page } from 'playwright-core';
import type { PageSummary } from '../../lib/messages';
import { waitFor, type LaunchedBrowser } from './chromium';

/** The card's shadow host tag (lib/page/walker.ts OWN_UI_TAG). */
export const CARD_TAG = 'context-cards-card';

export async function summary(browser: LaunchedBrowser, page: Page): Promise<PageSummary> {
  return browser.sendToTab<PageSummary>(page, { type: 'page-summary' });
}

/** Polls `page-summary` until the first full scan is done and `accept` holds. */
export async function waitForSummary(
  browser: LaunchedBrowser,
  page: Page,
  accept: (summary: PageSummary) => boolean = () => true,
  what = 'page summary',
): Promise<PageSummary> {
  return waitFor(async () => {
    const answer = await summary(browser, page);
    return answer?.scan.done && accept(answer) ? answer : undefined;
  }, what);
}

/** The viewport box of the first occurrence of `text` inside the element matching `selector` (shadow roots allowed via `host`). */
export async function textBox(page: Page, selector: string, text: string, host?: string) {
  return page.evaluate(
    ({ selector, text, host }) => {
      const root: ParentNode = host ? document.querySelector(host)!.shadowRoot! : document;
      const element = root.querySelector(selector)!;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let all = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes[nodes.length] = node as Text;
        all += (node as Text).data;
      }
      const start = all.indexOf(text);
      const end = start + text.length;
      const range = document.createRange();
      let offset = 0;
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        if (start >= offset && start <= offset + node.length) range.setStart(node, start - offset);
        if (end >= offset && end <= offset + node.length) {
          range.setEnd(node, end - offset);
          break;
        }
        offset += node.length;
      }
      const rect = Range.prototype.getBoundingClientRect.call(range);
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    },
    { selector, text, host },
  );
}

/** Rests the pointer on the middle of a box long enough for the dwell delay. */
export async function restOn(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<void> {
  await page.mouse.move(box.x + box.width / 2 - 3, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

export async function cardText(page: Page): Promise<string | null> {
  return page.evaluate((tag) => {
    const host = document.querySelector(tag);
    const card = host?.shadowRoot?.querySelector('[role="dialog"]');
    // A closed card's frame stays laid out but invisible, and may hold a card rendered ahead of a hover.
    return card?.checkVisibility({ visibilityProperty: true, opacityProperty: true }) ? (card as HTMLElement).innerText : null;
  }, CARD_TAG);
}

export async function waitForCard(page: Page, includes: string): Promise<string> {
  return waitFor(async () => {
    const text = await cardText(page);
    return text?.includes(includes) ? text : undefined;
  }, `a card with "${includes}"`);
}

export async function waitForNoCard(page: Page): Promise<void> {
  await waitFor(async () => (await cardText(page)) === null, 'the card to close');
}
