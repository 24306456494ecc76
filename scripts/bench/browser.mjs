import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium with at most one extension, in a fresh profile. Only 127.0.0.1 is reachable:
 * every other host fails in the resolver and, should anything get past it, in a route that aborts it.
 *
 * @param {{ extensionDir?: string }} options
 */
export async function launchBrowser({ extensionDir } = {}) {
  const userDataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cc-bench-profile-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=BackForwardCache,Translate,OptimizationHints,MediaRouter',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
  ];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    ignoreDefaultArgs: extensionDir ? ['--disable-extensions'] : [],
    viewport: { width: 1280, height: 800 },
  });
  await context.route(
    (url) => url.hostname !== '127.0.0.1' && (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:'),
    (route) => route.abort('blockedbyclient'),
  );
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      await fs.rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    },
  };
}
