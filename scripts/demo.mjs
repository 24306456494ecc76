// `npm run demo`: a production build, then Debian's Chromium with the extension loaded on the
// project's demo page (the bundled article in German and English), served from 127.0.0.1.
// With no display (or --headless) it takes a screenshot of a card instead and prints its path.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(chromiumPath)) {
  console.error(`Chromium was not found at ${chromiumPath}. On Debian: sudo apt-get install -y chromium chromium-l10n`);
  process.exit(1);
}

execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
const extension = path.join(root, process.env.CC_OUT_DIR ?? '.output', 'chrome-mv3');

const bundle = await esbuild.build({
  entryPoints: [path.join(root, 'scripts/lib/demo-page.ts')],
  bundle: true, format: 'esm', platform: 'node', write: false,
});
const moduleUrl = `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`;
const { renderDemoPage } = await import(moduleUrl);
const html = renderDemoPage();

const server = http.createServer((request, response) => {
  response.writeHead(request.url === '/' ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
  response.end(request.url === '/' ? html : 'Not found');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'cc-demo-')), {
  executablePath: chromiumPath,
  headless,
  viewport: headless ? { width: 1280, height: 900 } : null,
  ignoreDefaultArgs: ['--disable-extensions'],
  args: [
    `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
    '--no-first-run', '--no-default-browser-check', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
// The background registers the content script when it starts; the demo page must come after that.
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
await worker.evaluate(async () => {
  for (let waited = 0; waited < 15_000; waited += 50) {
    if ((await chrome.scripting.getRegisteredContentScripts()).length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
console.log(`Demo page: ${url} (extension from ${extension})`);

if (headless) {
  // Rest the pointer on the first "Elon Musk" of the page, as a reader would.
  const point = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf('Elon Musk');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 4);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  });
  await page.waitForTimeout(1500);
  if (point) await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(1200);
  const shot = path.join(os.tmpdir(), 'context-cards-demo.png');
  await page.screenshot({ path: shot });
  console.log(`No display: screenshot of the demo with a card saved to ${shot}`);
  await context.close();
  server.close();
} else {
  console.log('Close the browser window to stop.');
  context.on('close', () => server.close());
}
