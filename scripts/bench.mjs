// `npm run bench`: the finder against one combined regex (bench-finder), then the page cost in
// Chromium against a floor extension and a mark.js highlighter (bench-page). Prints numbers only;
// it never fails on time. Extra arguments (e.g. `--pages 20 --runs 1`) go to bench-page.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const here = import.meta.dirname;
for (const [script, args] of [['bench-finder.mjs', []], ['bench-page.mjs', process.argv.slice(2)]]) {
  console.log(`\n=== ${script}`);
  const run = spawnSync(process.execPath, [path.join(here, script), ...args], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
