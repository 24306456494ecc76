// Scores the mention finder on the shared development set: bundles lib/mentions.ts with esbuild and runs
// ../shared/eval/score.mjs on the bundle. Usage: npm run eval [-- -v]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scorer = path.resolve(root, '../shared/eval/score.mjs');
if (!fs.existsSync(scorer)) {
  console.log(`eval: ${scorer} is missing; the scoring was left out.`);
  process.exit(process.env.CI === 'true' ? 1 : 0);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-eval-'));
const bundle = path.join(dir, 'mentions.mjs');
try {
  await build({
    entryPoints: [path.join(root, 'lib/mentions.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    splitting: false,
    outfile: bundle,
    logLevel: 'warning',
  });
  const result = spawnSync(process.execPath, [scorer, bundle, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
