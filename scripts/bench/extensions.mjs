import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const here = import.meta.dirname;
export const repoRoot = path.resolve(here, '../..');

/**
 * The floor and mark.js extensions, put together in a temporary folder: their manifest and content
 * script are committed under scripts/bench/extensions/, mark.js comes from node_modules.
 * @returns {{ floor: string, mark: string, remove: () => void }}
 */
export function prepareReferenceExtensions() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-bench-ext-'));
  const floor = path.join(root, 'floor');
  const mark = path.join(root, 'mark');
  fs.cpSync(path.join(here, 'extensions/floor'), floor, { recursive: true });
  fs.cpSync(path.join(here, 'extensions/mark'), mark, { recursive: true });
  fs.copyFileSync(path.join(repoRoot, 'node_modules/mark.js/dist/mark.min.js'), path.join(mark, 'mark.min.js'));
  return { floor, mark, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

/**
 * Our built Chrome extension: `$CC_OUT_DIR/chrome-mv3` (default `.output/chrome-mv3`). When it is
 * missing, or when `rebuild` is asked for, it is built into `$CC_OUT_DIR` when that is set, otherwise
 * into `.output-bench` so that nobody else's build folder is overwritten.
 * @param {{ rebuild?: boolean, log: (line: string) => void }} options
 */
export function ourExtension({ rebuild = false, log }) {
  const configured = path.resolve(repoRoot, process.env.CC_OUT_DIR ?? '.output', 'chrome-mv3');
  if (!rebuild && fs.existsSync(path.join(configured, 'manifest.json'))) return configured;
  const outDir = process.env.CC_OUT_DIR ?? '.output-bench';
  log(`building our extension into ${outDir}/chrome-mv3`);
  execFileSync('npx', ['wxt', 'build'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CC_OUT_DIR: outDir },
  });
  return path.resolve(repoRoot, outDir, 'chrome-mv3');
}

/** The dwell delay our content script waits before it opens a card (the settings' default). */
export function defaultHoverDelayMs() {
  const settings = fs.readFileSync(path.join(repoRoot, 'lib/settings.ts'), 'utf8');
  const match = /HOVER_DELAY\s*=\s*\{[^}]*default:\s*(\d+)/.exec(settings);
  return match ? Number(match[1]) : 300;
}
