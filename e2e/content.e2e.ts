import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, waitFor, type LaunchedBrowser } from './support/chromium';
import { cardText, CARD_TAG, restOn, summary, textBox, waitForCard, waitForNoCard, waitForSummary } from './support/page-helpers';
import { repoRoot } from './support/paths';
import { startServer, type FixtureServer } from './support/server';

let browser: LaunchedBrowser;
let server: FixtureServer;
const artifacts = path.join(repoRoot, 'e2e/artifacts');

beforeAll(async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(fixture: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(fixture));
  return page;
}

/** Screenshots wait for the card's entrance animation to end. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async (tag) => {
    const frame = document.querySelector(tag)!.shadowRoot!.querySelector('.frame')!;
    await Promise.all(frame.getAnimations().map((animation) => animation.finished));
  }, CARD_TAG);
}

describe('on a news page', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('news.html');
  });

  test('page-summary lists the mentions in document order, with a name split across elements as one', async () => {
    const answer = await waitForSummary(browser, page, (s) => s.mentions.length >= 9);
    expect(answer.enabled).toBe(true);
    expect(answer.mentions[0]).toMatchObject({ entity: 'musk', frameId: 0 });
    expect(answer.mentions[0]!.text.replace(/\s+/g, ' ')).toBe('Elon Musk');
    expect(answer.mentions[0]!.context).toContain('$97.4 billion');
    expect(answer.mentions.map((m) => m.entity).slice(0, 3)).toEqual(['musk', 'openai', 'altman']);
    for (const id of ['musk', 'altman', 'openai', 'stargate', 'deepseek', 'qwen'] as const) expect(answer.counts[id]).toBeGreaterThan(0);
    // Not from code, the text field or the hidden block: Altman is named once in English and once in German.
    expect(answer.counts.altman).toBe(2);
    expect(new Set(answer.mentions.map((m) => m.id)).size).toBe(answer.mentions.length);
  });

  test('resting the pointer on a name opens its card with a figure and the source sentence', async () => {
    await restOn(page, await textBox(page, '#lead', 'Musk'));
    const text = await waitForCard(page, 'Elon Musk');
    expect(text).toContain('$97.4 billion');
    expect(text).toContain('Person');
    expect(text).toMatch(/mentions? on this page/);
    const dialog = await page.evaluate((tag) => {
      const card = document.querySelector(tag)!.shadowRoot!.querySelector('[role="dialog"]')!;
      return { labelledBy: card.ownerDocument === document, name: card.querySelector(`#${card.getAttribute('aria-labelledby')}`)?.textContent, quote: card.querySelector('blockquote')?.textContent };
    }, CARD_TAG);
    expect(dialog.name).toBe('Elon Musk');
    expect(dialog.quote?.length).toBeGreaterThan(20);
    await settled(page);
    await page.screenshot({ path: path.join(artifacts, 'card-light.png') });
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
  });

  test('passing over a name quickly opens nothing', async () => {
    await page.mouse.move(5, 5);
    const box = await textBox(page, '#stargate', 'Stargate');
    for (let x = box.x - 40; x <= box.x + box.width + 40; x += 20) {
      await page.mouse.move(x, box.y + box.height / 2);
      await page.waitForTimeout(30);
    }
    await page.mouse.move(5, 5);
    await page.waitForTimeout(800);
    expect(await cardText(page)).toBeNull();
  });

  test('during the dwell the card is made ready unseen: not visible, not in the accessibility tree, hidden again when the pointer moves on', async () => {
    await page.mouse.move(5, 5);
    await page.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.frame'), CARD_TAG);
    // What the card is like at the moment it is made ready (100 ms before the 300 ms delay is over).
    await page.evaluate((tag) => {
      const frame = document.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>('.frame')!;
      const observer = new MutationObserver(() => {
        if (frame.hidden) return;
        observer.disconnect();
        const dialog = frame.querySelector('[role="dialog"]');
        (window as unknown as { ahead: unknown }).ahead = {
          seen: dialog?.checkVisibility({ visibilityProperty: true, opacityProperty: true }) ?? false,
          ariaHidden: frame.getAttribute('aria-hidden'),
          opacity: getComputedStyle(frame).opacity,
        };
      });
      observer.observe(frame, { attributes: true });
    }, CARD_TAG);
    await restOn(page, await textBox(page, '#lead', 'Musk'));
    await expect.poll(() => page.evaluate(() => (window as unknown as { ahead: unknown }).ahead), { timeout: 2000, interval: 20 }).toEqual({ seen: false, ariaHidden: 'true', opacity: '0' });
    // Moved on before the delay is over (or just after, on a slow machine, which closes it too).
    await page.mouse.move(5, 5);
    await page.waitForTimeout(500);
    expect(await cardText(page)).toBeNull();
    expect(await page.getByRole('dialog').count()).toBe(0);
    const after = await page.evaluate((tag) => {
      const frame = document.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>('.frame')!;
      return { hidden: frame.hidden, visibility: getComputedStyle(frame).visibility };
    }, CARD_TAG);
    expect(after).toEqual({ hidden: true, visibility: 'hidden' });
    // Resting again shows it, and then it is in the accessibility tree.
    await restOn(page, await textBox(page, '#lead', 'Musk'));
    await waitForCard(page, 'Elon Musk');
    await expect.poll(() => page.getByRole('dialog', { name: 'Elon Musk' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
  });

  test('a related name switches the card, pin keeps it open, a click outside closes it', async () => {
    await restOn(page, await textBox(page, '#stargate', 'Stargate'));
    await waitForCard(page, 'Stargate');
    await page.locator(`${CARD_TAG} .related button`, { hasText: 'OpenAI' }).click();
    await waitForCard(page, 'OpenAI');
    await page.locator(`${CARD_TAG} button[aria-pressed]`).click();
    await expect(page.locator(`${CARD_TAG} button[aria-pressed="true"]`).count()).resolves.toBe(1);
    await page.mouse.click(5, 400);
    await page.waitForTimeout(300);
    expect(await cardText(page)).toContain('OpenAI');
    await page.locator(`${CARD_TAG} button[aria-pressed]`).click();
    await page.mouse.click(5, 400);
    await waitForNoCard(page);
  });

  test('the keyboard command cycles through the mentions with focus in the card; Escape gives focus back', async () => {
    await page.focus('#menu');
    await browser.sendToTab(page, { type: 'next-mention' });
    await waitForCard(page, 'Elon Musk');
    await waitFor(() => page.evaluate((tag) => document.activeElement?.localName === tag, CARD_TAG), 'focus in the card');
    await browser.sendToTab(page, { type: 'next-mention' });
    await waitForCard(page, 'OpenAI');
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    await waitFor(() => page.evaluate(() => document.activeElement?.id === 'menu'), 'focus back on the menu button');
  });

  test('show-mention scrolls to a mention and opens its card, which stays while the pointer rests elsewhere', async () => {
    const answer = await summary(browser, page);
    const qwen = answer.mentions.find((m) => m.entity === 'qwen')!;
    await page.mouse.move(5, 5);
    await expect(browser.sendToTab(page, { type: 'show-mention', id: qwen.id })).resolves.toBe(true);
    await waitForCard(page, 'Qwen');
    // Scrolling makes the browser report the resting pointer again; a card the reader asked for stays open.
    await page.waitForTimeout(1000);
    expect(await cardText(page)).toContain('Qwen');
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
  });

  test('the marks are drawn on the names and nowhere else, also after the page moves a marked element', async () => {
    await waitForSummary(browser, page, (s) => s.mentions.length >= 9);
    // The style the browser gives a highlight there: only elements that hold a mention of that entity get one.
    const line = (selector: string, entity: string) =>
      page.evaluate(([selector, entity]) => getComputedStyle(document.querySelector(selector!)!, `::highlight(context-cards-${entity})`).textDecorationLine, [selector, entity]);
    await waitFor(async () => (await line('#lead b', 'musk')) === 'underline', 'Musk in bold marked');
    expect(await line('#lead', 'openai')).toBe('underline');
    expect(await line('#deepseek', 'qwen')).toBe('underline');
    expect(await line('#plain', 'musk')).toBe('none');
    expect(await line('header h1', 'openai')).toBe('none');
    expect(await line('#stargate', 'musk')).toBe('none');
    // A paragraph without an id is named by its place: when the page puts an element before it, it is named anew.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.className = 'late';
      p.textContent = 'Late news: Qwen again.';
      document.querySelector('main')!.append(p);
    });
    await waitFor(async () => (await line('main .late', 'qwen')) === 'underline', 'the new paragraph marked');
    await page.evaluate(() => document.querySelector('main')!.prepend(document.createElement('aside')));
    await waitFor(async () => (await line('main .late', 'qwen')) === 'underline', 'the moved paragraph still marked');
    expect(await line('main > div[hidden]', 'qwen')).toBe('none');
    await page.evaluate(() => document.querySelectorAll('main > aside, main > .late').forEach((element) => element.remove()));
  });

  test('malformed and unknown messages are ignored', async () => {
    await expect(browser.sendToTab(page, { type: 'show-mention', id: 42 })).resolves.toBeUndefined();
    await expect(browser.sendToTab(page, { type: 'nonsense' })).resolves.toBeUndefined();
    expect((await summary(browser, page)).mentions.length).toBeGreaterThan(0);
  });
});

test('a dark card follows prefers-color-scheme', async () => {
  const page = await open('news.html');
  await page.emulateMedia({ colorScheme: 'dark' });
  await waitForSummary(browser, page, (s) => s.mentions.length > 0);
  await restOn(page, await textBox(page, '#deepseek', 'DeepSeek'));
  await waitForCard(page, 'DeepSeek');
  const background = await page.evaluate((tag) => {
    const frame = document.querySelector(tag)!.shadowRoot!.querySelector('.frame')!;
    return getComputedStyle(frame).backgroundColor;
  }, CARD_TAG);
  expect(background).toBe('rgb(30, 34, 39)');
  await settled(page);
  await page.screenshot({ path: path.join(artifacts, 'card-dark.png') });
  await page.close();
});

test('other Musks, the scent and Stargate SG-1 stay unmarked', async () => {
  const page = await open('lookalikes.html');
  const answer = await waitForSummary(browser, page, (s) => s.mentions.length > 0);
  expect(answer.mentions.map((m) => m.text)).toEqual(['Elon Musk']);
  await restOn(page, await textBox(page, '#tv', 'Stargate'));
  await page.waitForTimeout(800);
  expect(await cardText(page)).toBeNull();
  await page.close();
});

test('text inserted later is marked, and removed text takes its mentions along', async () => {
  const page = await open('dynamic.html');
  await waitForSummary(browser, page);
  expect((await summary(browser, page)).mentions).toEqual([]);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'late';
    p.textContent = 'Breaking: Sam Altman answers Elon Musk.';
    document.getElementById('feed')!.append(p);
  });
  const answer = await waitForSummary(browser, page, (s) => s.mentions.length === 2, 'two mentions');
  expect(answer.mentions.map((m) => m.entity)).toEqual(['altman', 'musk']);
  await page.evaluate(() => document.querySelector('#late b, #late')!.append(' And OpenAI too.'));
  const more = await waitForSummary(browser, page, (s) => s.mentions.length === 3, 'three mentions');
  expect(more.mentions.slice(0, 2).map((m) => m.id)).toEqual(answer.mentions.map((m) => m.id));
  await page.evaluate(() => document.getElementById('late')!.remove());
  await waitForSummary(browser, page, (s) => s.mentions.length === 0, 'no mentions');
  await page.close();
});

test('on a page with hundreds of mentions, only those near the viewport are registered; scrolling brings the others', async () => {
  const page = await open('many.html');
  const answer = await waitForSummary(browser, page, (s) => s.mentions.length === 800, 'all 800 mentions');
  expect(answer.counts.altman).toBe(800);
  const state = (selector: string) =>
    page.evaluate((selector) => {
      const registered = [...CSS.highlights.values()].reduce((sum, highlight) => sum + highlight.size, 0);
      const post = document.querySelector(selector)!;
      const text = post.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, text.data.indexOf('Altman'));
      range.setEnd(text, text.data.indexOf('Altman') + 6);
      const box = range.getBoundingClientRect();
      const registry = CSS.highlights as HighlightRegistry & { highlightsFromPoint(x: number, y: number): unknown[] };
      const at = registry.highlightsFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return { registered, marked: at.length > 0 };
    }, selector);
  await waitFor(async () => (await state('#post-1')).marked, 'the first post marked');
  const top = await state('#post-1');
  // One screen and one more either side: a few dozen posts, not 800.
  expect(top.registered).toBeGreaterThan(10);
  expect(top.registered).toBeLessThan(200);
  await page.evaluate(() => document.getElementById('post-800')!.scrollIntoView({ block: 'center', behavior: 'instant' }));
  await waitFor(async () => (await state('#post-800')).marked, 'the last post marked after scrolling to it');
  expect((await state('#post-800')).registered).toBeLessThan(200);
  await restOn(page, await textBox(page, '#post-800', 'Sam Altman'));
  expect(await waitForCard(page, 'Sam Altman')).toContain('800 mentions on this page');
  await page.close();
});

test('on a page of over a million characters the underline is drawn as a tint (the browser redraws an underline there slowly)', async () => {
  const page = await open('large.html');
  await waitForSummary(browser, page, (s) => s.scan.done && s.counts.musk === 1 && s.counts.openai === 1, 'the long page read');
  expect((await summary(browser, page)).scan.chars).toBeGreaterThan(1_000_000);
  const style = (entity: string) =>
    page.evaluate((entity) => {
      const style = getComputedStyle(document.querySelector('#lead')!, `::highlight(context-cards-${entity})`);
      return { line: style.textDecorationLine, fill: style.backgroundColor };
    }, entity);
  await waitFor(async () => (await style('musk')).fill === 'rgba(128, 128, 128, 0.2)', 'Musk tinted');
  expect(await style('musk')).toEqual({ line: 'none', fill: 'rgba(128, 128, 128, 0.2)' });
  expect(await style('openai')).toEqual({ line: 'none', fill: 'rgba(128, 128, 128, 0.2)' });
  await restOn(page, await textBox(page, '#lead', 'Elon Musk'));
  expect(await waitForCard(page, 'Elon Musk')).toContain('1 mention on this page');
  await page.close();
});

test('a single-page navigation is followed', async () => {
  const page = await open('spa.html');
  await waitForSummary(browser, page);
  await page.click('#go');
  const answer = await waitForSummary(browser, page, (s) => s.mentions.length === 2, 'the second view');
  expect(answer.url).toMatch(/\/spa\/next$/);
  expect(answer.mentions.map((m) => m.entity)).toEqual(['altman', 'openai']);
  await page.close();
});

test('names inside an open shadow root are marked and open a card', async () => {
  const page = await open('shadow.html');
  const answer = await waitForSummary(browser, page, (s) => s.scan.done && s.mentions.length > 0);
  // Also a component with children of its own, inside the first one's shadow tree, and a plain element
  // with a shadow root (looked at once the page turned out to name one of the six).
  expect(answer.mentions.map((m) => m.entity)).toEqual(['deepseek', 'qwen', 'altman', 'stargate']);
  // Drawn inside the component too: the shadow tree has a style of its own, naming its elements.
  const line = (selector: string, entity: string) =>
    page.evaluate(([selector, entity]) => getComputedStyle(document.querySelector('#host')!.shadowRoot!.querySelector(selector!)!, `::highlight(context-cards-${entity})`).textDecorationLine, [selector, entity]);
  await waitFor(async () => (await line('#inside', 'deepseek')) === 'underline' && (await line('em', 'qwen')) === 'underline', 'marks drawn in the shadow tree');
  expect(await line('#inside', 'qwen')).toBe('none');
  await restOn(page, await textBox(page, '#inside', 'DeepSeek', '#host'));
  await waitForCard(page, 'DeepSeek');
  await page.keyboard.press('Escape');
  await restOn(page, await textBox(page, '#plain', 'Stargate', '#plain-host'));
  await waitForCard(page, 'Stargate');
  await page.close();
});

test('mentions in a child frame are in the top frame’s page-summary and open there', async () => {
  const page = await open('iframe.html');
  const answer = await waitForSummary(browser, page, (s) => s.mentions.length === 4, 'mentions of both frames');
  expect(answer.mentions[0]).toMatchObject({ entity: 'openai', frameId: 0 });
  const child = answer.mentions.filter((m) => m.frameId !== 0);
  expect(child.map((m) => m.entity)).toEqual(['altman', 'stargate', 'openai']);
  expect(child[0]!.id.startsWith(`${child[0]!.frameId}:`)).toBe(true);
  await expect(browser.sendToTab(page, { type: 'show-mention', id: child[0]!.id })).resolves.toBe(true);
  const frame = page.frame({ url: /child\.html$/ })!;
  await waitFor(async () => (await frame.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.textContent ?? '', CARD_TAG)).includes('Sam Altman'), 'the card in the child frame');
  await page.close();
});

test('a card counts the mentions of the whole tab, child frames included', async () => {
  const page = await open('iframe.html');
  await waitForSummary(browser, page, (s) => s.mentions.length === 4, 'mentions of both frames');
  await restOn(page, await textBox(page, '#top', 'OpenAI'));
  // OpenAI: once in the top frame, once in the child frame.
  expect(await waitForCard(page, '2 mentions on this page')).toContain('OpenAI');
  // Switched to Sam Altman, named only in the child frame.
  await page.locator(`${CARD_TAG} .related button`, { hasText: 'Sam Altman' }).click();
  expect(await waitForCard(page, 'Sam Altman')).toContain('1 mention on this page');
  await page.close();
});

test('a hidden block is left alone until it is shown, then its names are marked', async () => {
  const page = await open('news.html');
  const before = await waitForSummary(browser, page, (s) => s.mentions.length >= 9);
  expect(before.counts.altman).toBe(2);
  expect(before.mentions.some((m) => m.context.includes('Hidden text'))).toBe(false);
  await page.evaluate(() => document.querySelector('div[hidden]')!.removeAttribute('hidden'));
  const after = await waitForSummary(browser, page, (s) => s.counts.altman === 3, 'the shown block read');
  expect(after.mentions.filter((m) => m.context.includes('Hidden text')).map((m) => m.text)).toEqual(['Sam Altman']);
  await page.close();
});

test('a block hidden by a class is read once a class change shows it', async () => {
  const page = await open('news.html');
  const before = await waitForSummary(browser, page, (s) => s.mentions.length >= 9);
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = '.collapsed { display: none }';
    document.head.append(style);
    const block = document.createElement('div');
    block.id = 'collapsed';
    block.className = 'collapsed';
    block.textContent = 'Later that week, Qwen answered DeepSeek.';
    document.body.append(block);
  });
  // Read and left unmarked while it is not shown.
  await new Promise((resolve) => setTimeout(resolve, 800));
  const hidden = await waitForSummary(browser, page, (s) => s.scan.done);
  expect(hidden.counts.qwen).toBe(before.counts.qwen);
  await page.evaluate(() => document.getElementById('collapsed')!.classList.remove('collapsed'));
  const after = await waitForSummary(browser, page, (s) => s.counts.qwen === before.counts.qwen + 1, 'the shown block read');
  expect(after.counts.deepseek).toBe(before.counts.deepseek + 1);
  await page.close();
});

test('the card flips above a name near the bottom edge', async () => {
  const page = await open('edge.html');
  await waitForSummary(browser, page, (s) => s.mentions.length === 1);
  const name = await textBox(page, '#bottom', 'Qwen');
  await restOn(page, name);
  await waitForCard(page, 'Qwen');
  const card = await page.evaluate((tag) => {
    const rect = document.querySelector(tag)!.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom };
  }, CARD_TAG);
  expect(card.bottom).toBeLessThanOrEqual(name.y + 1);
  expect(card.top).toBeGreaterThanOrEqual(0);
  await page.close();
});

test('the card follows its name when the page scrolls, and stays in the viewport', async () => {
  const page = await open('news.html');
  // A short viewport, so that the page scrolls.
  await page.setViewportSize({ width: 800, height: 420 });
  await waitForSummary(browser, page, (s) => s.mentions.length > 0);
  await restOn(page, await textBox(page, '#lead', 'Musk'));
  await waitForCard(page, 'Elon Musk');
  // Pinned: the browser reports the resting pointer again after a scroll, which would close it.
  await page.locator(`${CARD_TAG} button[aria-pressed]`).click();
  const place = () =>
    page.evaluate((tag) => {
      const frame = document.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>('.frame')!.getBoundingClientRect();
      const lead = document.querySelector('#lead b')!.getBoundingClientRect();
      return { offset: Math.round(frame.top - lead.top), top: Math.round(frame.top), bottom: Math.round(frame.bottom), nameTop: Math.round(lead.top) };
    }, CARD_TAG);
  // Floating UI takes over the place once the page is idle after the first frame.
  await page.waitForTimeout(400);
  const before = await place();
  const scrolled = await page.evaluate(() => {
    const from = scrollY;
    scrollBy(0, 40);
    return scrollY - from;
  });
  expect(scrolled, 'the page scrolled').toBeGreaterThan(20);
  await expect.poll(async () => (await place()).nameTop, { timeout: 2000 }).toBe(before.nameTop - scrolled);
  // Where it was next to the name, moved with it.
  await expect.poll(async () => (await place()).offset, { timeout: 2000 }).toBe(before.offset);
  const after = await place();
  expect(after.top).toBe(before.top - scrolled);
  expect(after.top, 'inside the viewport').toBeGreaterThanOrEqual(0);
  expect(after.bottom, 'inside the viewport').toBeLessThanOrEqual(420);
  await page.close();
});

test('at 200% zoom (a viewport half as wide and high) the card stays on screen and scrolls inside instead of cutting text', async () => {
  const page = await open('news.html');
  await page.setViewportSize({ width: 640, height: 300 });
  await waitForSummary(browser, page, (s) => s.mentions.length > 0);
  await restOn(page, await textBox(page, '#lead', 'Musk'));
  await waitForCard(page, 'Elon Musk');
  // Floating UI checks the place after the first frame.
  await page.waitForTimeout(300);
  const card = await page.evaluate((tag) => {
    const frame = document.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>('.frame')!;
    const rect = frame.getBoundingClientRect();
    return { rect: rect.toJSON() as DOMRect, scrollHeight: frame.scrollHeight, clientHeight: frame.clientHeight, scrollWidth: frame.scrollWidth, clientWidth: frame.clientWidth, overflowY: getComputedStyle(frame).overflowY };
  }, CARD_TAG);
  expect(card.rect.left).toBeGreaterThanOrEqual(0);
  expect(card.rect.top).toBeGreaterThanOrEqual(0);
  expect(card.rect.right).toBeLessThanOrEqual(640);
  expect(card.rect.bottom).toBeLessThanOrEqual(300);
  expect(card.scrollWidth, 'nothing cut off at the side').toBeLessThanOrEqual(card.clientWidth + 1);
  expect(card.overflowY).toBe('auto');
  expect(card.scrollHeight, 'the rest of the card is there to scroll to').toBeGreaterThan(card.clientHeight);
  await page.close();
});

test('marking the names and opening and closing a card shift nothing on the page', async () => {
  const page = await open('news.html');
  await page.evaluate(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push((entry as PerformanceEntry & { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
  });
  await waitForSummary(browser, page, (s) => s.mentions.length >= 9);
  await restOn(page, await textBox(page, '#stargate', 'Stargate'));
  await waitForCard(page, 'Stargate');
  await page.keyboard.press('Escape');
  await waitForNoCard(page);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
  await page.close();
});

test('in forced-colors mode the marks take the system link colour and the card keeps a visible border', async () => {
  const page = await open('news.html');
  await page.emulateMedia({ forcedColors: 'active' });
  await waitForSummary(browser, page, (s) => s.mentions.length >= 9);
  const mark = await waitFor(
    () =>
      page.evaluate(() => {
        const style = getComputedStyle(document.querySelector('#lead')!, '::highlight(context-cards-openai)');
        const probe = document.createElement('span');
        probe.style.color = 'LinkText';
        document.body.append(probe);
        const link = getComputedStyle(probe).color;
        probe.remove();
        return style.textDecorationLine === 'underline' ? { color: style.textDecorationColor, link } : undefined;
      }),
    'the marks drawn',
  );
  expect(mark.color).toBe(mark.link);
  await restOn(page, await textBox(page, '#deepseek', 'DeepSeek'));
  await waitForCard(page, 'DeepSeek');
  const border = await page.evaluate((tag) => {
    const style = getComputedStyle(document.querySelector(tag)!.shadowRoot!.querySelector('.frame')!);
    return { style: style.borderTopStyle, width: style.borderTopWidth };
  }, CARD_TAG);
  expect(border).toEqual({ style: 'solid', width: '2px' });
  await page.close();
});

test('a page with a strict CSP is read and its cards open', async () => {
  const page = await open('strict.csp.html');
  const answer = await waitForSummary(browser, page, (s) => s.mentions.length === 2);
  expect(answer.mentions.map((m) => m.entity)).toEqual(['musk', 'openai']);
  await restOn(page, await textBox(page, '#csp', 'OpenAI'));
  const text = await waitForCard(page, 'OpenAI');
  expect(text).toContain('Company');
  const styled = await page.evaluate((tag) => getComputedStyle(document.querySelector(tag)!.shadowRoot!.querySelector('.frame')!).position, CARD_TAG);
  expect(styled).toBe('fixed');
  await page.close();
});

test('page overrides of Element and Array prototypes break nothing', async () => {
  const page = await open('overrides.html');
  const answer = await waitForSummary(browser, page, (s) => s.mentions.length === 2);
  expect(answer.mentions.map((m) => m.entity)).toEqual(['altman', 'openai']);
  await restOn(page, await textBox(page, '#target', 'Altman'));
  await waitForCard(page, 'Sam Altman');
  await page.close();
});

test('the page hears nothing from the extension: no event on its document, no message to its window', async () => {
  const page = await browser.context.newPage();
  await page.addInitScript((id) => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    for (const script of ['content', 'finder', 'card']) {
      document.addEventListener(`${id}:${script}:wxt:content-script-started`, (event) => heard.push(`event ${event.type}`));
    }
    window.addEventListener('message', (event) => heard.push(`message ${JSON.stringify(event.data)}`));
  }, browser.extensionId);
  await page.goto(server.url('news.html'));
  await waitForSummary(browser, page, (s) => s.mentions.length > 0);
  // The finder script and the card UI are on the page once a card has opened.
  await restOn(page, await textBox(page, '#lead', 'Musk'));
  await waitForCard(page, 'Elon Musk');
  expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
  await page.close();
});

test('forged WXT events and postMessage from the page neither stop nor steer the extension', async () => {
  const page = await open('dynamic.html');
  await waitForSummary(browser, page);
  await page.evaluate((id) => {
    for (const script of ['content', 'finder', 'card']) {
      const type = `${id}:${script}:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: script, messageId: 'forged' } }));
      window.postMessage({ type, contentScriptName: script, messageId: 'forged' }, '*');
    }
    window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
    window.dispatchEvent(new Event('wxt:locationchange'));
    window.postMessage({ type: 'show-mention', id: '0:1' }, '*');
    window.postMessage({ type: 'page-summary' }, '*');
    document.dispatchEvent(new CustomEvent('next-mention'));
  }, browser.extensionId);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'after';
    p.textContent = 'After the forgeries, Qwen is still marked.';
    document.getElementById('feed')!.append(p);
  });
  await waitForSummary(browser, page, (s) => s.counts.qwen === 1, 'the new mention');
  expect(await cardText(page)).toBeNull();
  await restOn(page, await textBox(page, '#after', 'Qwen'));
  await waitForCard(page, 'Qwen');
  await page.close();
});

test('the page text is the same with and without the extension', async () => {
  const fixtures = ['news.html', 'lookalikes.html', 'shadow.html', 'strict.csp.html'];
  const withExtension: string[] = [];
  for (const fixture of fixtures) {
    const page = await open(fixture);
    await waitForSummary(browser, page, (s) => s.mentions.length > 0);
    withExtension.push(await page.evaluate(() => document.body.innerText));
    await page.close();
  }
  const bare = await launchChromium({ extension: null });
  try {
    for (const [index, fixture] of fixtures.entries()) {
      const page = await bare.context.newPage();
      await page.goto(server.url(fixture));
      expect(await page.evaluate(() => document.body.innerText)).toBe(withExtension[index]);
    }
  } finally {
    await bare.close();
  }
});

test('no console errors and no request to any host but 127.0.0.1', () => {
  expect(browser.consoleErrors).toEqual([]);
  expect(browser.externalRequests).toEqual([]);
});

const setPaused = (paused: boolean) =>
  browser.serviceWorker!.evaluate(async (paused) => {
    const api = (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).chrome;
    const { settings } = await api.storage.sync.get('settings');
    await api.storage.sync.set({ settings: { ...(settings as object), paused } });
  }, paused);

/** How many content scripts the background has registered (ours, or none while paused). */
const registeredScripts = () =>
  browser.serviceWorker!.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }).chrome;
    return (await api.scripting.getRegisteredContentScripts()).length;
  });

test('pausing takes the marks away in the open tab at once, and resuming brings them back', async () => {
  const page = await open('news.html');
  const before = await waitForSummary(browser, page, (s) => s.mentions.length > 0);
  await setPaused(true);
  const paused = await waitForSummary(browser, page, (s) => !s.enabled, 'the page to be off');
  expect(paused.mentions).toEqual([]);
  await restOn(page, await textBox(page, '#lead', 'OpenAI'));
  await page.waitForTimeout(800);
  expect(await cardText(page)).toBeNull();
  await setPaused(false);
  const resumed = await waitForSummary(browser, page, (s) => s.enabled && s.mentions.length === before.mentions.length, 'the marks back');
  expect(resumed.counts).toEqual(before.counts);
  await page.close();
});

test('a page opened while paused gets no content script at all; resuming starts it there without a reload', async () => {
  await setPaused(true);
  await waitFor(async () => (await registeredScripts()) === 0, 'the content script unregistered');
  const page = await open('news.html');
  await page.waitForTimeout(500);
  const asked = await browser.sendToTab(page, { type: 'page-summary' }).then(
    () => 'answered',
    (error: unknown) => String(error),
  );
  expect(asked).toMatch(/Receiving end does not exist/);
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
  await setPaused(false);
  await waitFor(async () => (await registeredScripts()) === 1, 'the content script registered again');
  const resumed = await waitForSummary(browser, page, (s) => s.enabled && s.mentions.length > 0, 'the page read after resuming');
  expect(resumed.counts.musk).toBeGreaterThan(0);
  await page.close();
});
