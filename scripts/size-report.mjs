// Prints the size of every script in the Chrome build; with --check, fails when the content script
// that every page loads is over its budget (40 kB minified).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const BUDGET = 40 * 1024;
const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, process.env.CC_OUT_DIR ?? '.output', 'chrome-mv3');
const eager = path.join(dir, 'content-scripts', 'content.js');
if (!fs.existsSync(eager)) {
  console.error(`size-report: no Chrome build in ${dir}; run \`npm run build\` first.`);
  process.exit(1);
}

const files = fs.readdirSync(dir, { recursive: true })
  .map((f) => path.join(dir, String(f)))
  .filter((f) => f.endsWith('.js') || f.endsWith('.css'));
const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
for (const file of files.sort()) {
  const data = fs.readFileSync(file);
  console.log(`${path.relative(dir, file).padEnd(48)} ${kB(data.length).padStart(9)}  (gzip ${kB(zlib.gzipSync(data).length)})`);
}
const size = fs.statSync(eager).size;
const verdict = size <= BUDGET ? 'within' : 'OVER';
console.log(`content-scripts/content.js (loaded on every page): ${kB(size)}, ${verdict} the ${kB(BUDGET)} budget`);
if (process.argv.includes('--check') && size > BUDGET) process.exit(1);
