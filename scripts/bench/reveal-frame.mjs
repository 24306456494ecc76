#!/usr/bin/env node
/**
 * What the browser alone charges for one frame that shows a popover on a very large page, with no
 * extension loaded: a page script on the generated page shows and hides a fixed box, the way the card is
 * revealed (an opacity change on its own compositor layer, in a contained shadow host), and times each
 * frame from the change to the end of the frame (requestAnimationFrame, then a posted message). Each
 * case with no highlight, and with one highlight on one name styled as a tint or as the dotted underline.
 * Other ways to reveal a box are timed too (opacity from almost 0, a transform from off screen, an
 * animation, visibility, a text change, an iframe), to tell whether any change at all costs that frame.
 * It tells how much of the card's figure on the big page is the browser's, not ours.
 *
 * Usage: node scripts/bench/reveal-frame.mjs [--chars N]
 */
import { parseArgs } from 'node:util';
import { launchBrowser } from './browser.mjs';
import { startCorpusServer } from './corpus-server.mjs';
import { generatePage } from './generated-page.mjs';

const { values: options } = parseArgs({ options: { chars: { type: 'string', default: '5000000' } } });
const PATH = '/gen/big.html';
const server = await startCorpusServer({ generated: { [PATH]: generatePage(Number(options.chars)).html } });
const browser = await launchBrowser({});
try {
  const page = await browser.context.newPage();
  await page.goto(server.generatedUrl(PATH), { waitUntil: 'load', timeout: 120_000 });
  await page.waitForTimeout(2000);
  const lines = await page.evaluate(timeReveals);
  console.log(`median frame from the change to its end, ${options.chars} characters, no extension (ms):`);
  for (const line of lines) console.log(`  ${line}`);
} finally {
  await browser.close();
  await server.close();
}

/** Runs in the page: each case shown and hidden nine times; the median frame of each. */
async function timeReveals() {
  const frameDone = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  const median = (/** @type {number[]} */ values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const name = new Range();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = /** @type {Text} */ (node);
    const at = text.data.indexOf('Musk');
    if (at < 0) continue;
    text.parentElement?.scrollIntoView({ block: 'center' });
    name.setStart(text, at);
    name.setEnd(text, at + 4);
    break;
  }
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;inset:0 auto auto 0;width:0;height:0;z-index:2147483647;contain:size layout style';
  const box = document.createElement('div');
  box.style.cssText =
    'position:fixed;top:0;left:0;will-change:opacity;opacity:0;width:max-content;max-width:24rem;padding:12px;font:14px system-ui;background:#fff;color:#000;border:1px solid #ccc;transform:translate(200px,200px)';
  box.textContent = 'OpenAI is an AI company; its chief executive is Sam Altman.';
  host.attachShadow({ mode: 'open' }).append(box);
  document.documentElement.append(host);
  await frameDone();
  await frameDone();
  const time = async (/** @type {string} */ label, /** @type {() => void} */ show, /** @type {() => void} */ hide) => {
    const times = [];
    for (let i = 0; i < 9; i++) {
      const start = performance.now();
      show();
      times.push(/** @type {number} */ (await frameDone()) - start);
      hide();
      await frameDone();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return `${label}: ${median(times).toFixed(1)}`;
  };
  const reveal = () => (box.style.opacity = '1');
  const conceal = () => (box.style.opacity = '0');
  const style = (/** @type {string} */ css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`::highlight(reveal-frame){${css}}`);
    document.adoptedStyleSheets = [sheet];
    return frameDone();
  };
  const lines = [await time('a frame with no change', () => {}, () => {}), await time('opacity, no highlight', reveal, conceal)];
  // Other ways to reveal the box: if each costs the same frame, the frame is the browser's price for any change.
  box.style.opacity = '0.002';
  await frameDone();
  lines.push(await time('opacity 0.002 -> 1', () => (box.style.opacity = '1'), () => (box.style.opacity = '0.002')));
  box.style.opacity = '1';
  box.style.transform = 'translate(-2000px,200px)';
  await frameDone();
  lines.push(await time('transform offscreen -> on', () => (box.style.transform = 'translate(200px,200px)'), () => (box.style.transform = 'translate(-2000px,200px)')));
  box.style.transform = 'translate(200px,200px)';
  box.style.opacity = '0';
  await frameDone();
  const animate = () => void box.animate([{ opacity: 0 }, { opacity: 1 }], { duration: 1, fill: 'forwards' });
  lines.push(await time('an opacity animation', animate, () => box.getAnimations().forEach((animation) => animation.cancel())));
  box.style.opacity = '1';
  await frameDone();
  let edits = 0;
  lines.push(await time('a text change in the box, shown', () => (box.textContent = `Sam Altman runs OpenAI (${(edits += 1)}).`), () => {}));
  box.style.opacity = '0';
  box.style.visibility = 'hidden';
  await frameDone();
  const show = () => {
    box.style.visibility = 'visible';
    box.style.opacity = '1';
  };
  lines.push(await time('visibility hidden -> visible', show, () => (box.style.visibility = 'hidden')));
  box.style.visibility = 'visible';
  box.style.opacity = '0';
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position:fixed;top:300px;left:300px;width:300px;height:100px;border:0;opacity:0;will-change:opacity';
  frame.srcdoc = '<p>OpenAI</p>';
  document.documentElement.append(frame);
  await new Promise((resolve) => setTimeout(resolve, 300));
  await frameDone();
  lines.push(await time('an iframe, opacity 0 -> 1', () => (frame.style.opacity = '1'), () => (frame.style.opacity = '0')));
  CSS.highlights.set('reveal-frame', new Highlight(name));
  await style('background-color:rgb(128 128 128 / 0.2)');
  lines.push(await time('opacity, one highlight drawn as a tint', reveal, conceal));
  await style('text-decoration:underline dotted');
  lines.push(await time('opacity, one highlight drawn as a dotted underline', reveal, conceal));
  return lines;
}
