// Runs Mozilla's `web-ext lint` on the Firefox build and fails on any error (warnings are printed).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const sourceDir = path.join(root, process.env.CC_OUT_DIR ?? '.output', 'firefox-mv3');
if (!fs.existsSync(path.join(sourceDir, 'manifest.json'))) {
  console.error(`lint-firefox: no Firefox build in ${sourceDir}; run \`npm run build\` first.`);
  process.exit(1);
}

let output;
try {
  output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
} catch (error) {
  // web-ext exits non-zero when it finds errors; the JSON report is still on stdout.
  output = error.stdout;
}
const report = JSON.parse(output.slice(output.indexOf('{')));
const show = (kind) => (item) => console.log(`  ${kind} ${item.code}: ${item.message}${item.file ? ` (${item.file})` : ''}`);
report.errors.forEach(show('error  '));
report.warnings.forEach(show('warning'));
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`);
process.exit(report.errors.length ? 1 : 0);
