// `npm test`: every check, in the order a failure is cheapest to find. Prints one closing line
// `N passed, N failed` over all test cases (vitest unit + e2e) and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-test-'));
const results = [];
let passed = 0;
let failed = 0;

function step(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = run.status === 0;
  results.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  return ok;
}

function vitest(name, config, reportName) {
  const outputFile = path.join(reports, `${reportName}.json`);
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${outputFile}`];
  if (config) args.push('--config', config);
  const ok = step(name, 'npx', args, { CC_SKIP_BUILD: '1' });
  if (fs.existsSync(outputFile)) {
    const report = JSON.parse(fs.readFileSync(outputFile, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (!ok && report.numFailedTests === 0) failed += 1; // a suite that failed to load
  } else if (!ok) {
    failed += 1;
  }
  return ok;
}

function gate(name, command, args) {
  const ok = step(name, command, args);
  ok ? passed++ : failed++;
  return ok;
}

gate('typecheck', 'npx', ['tsc', '--noEmit']);
vitest('unit, data and finder tests', null, 'unit');
// `wxt zip` makes the production build and its store zip, for each browser.
const built = gate('build and zip for Chrome', 'npx', ['wxt', 'zip']) && gate('build and zip for Firefox', 'npx', ['wxt', 'zip', '-b', 'firefox']);
if (built) {
  gate('web-ext lint (Firefox build)', 'node', ['scripts/lint-firefox.mjs']);
  gate('content script size budget', 'node', ['scripts/size-report.mjs', '--check']);
  vitest('end-to-end tests in Chromium and Firefox', 'vitest.e2e.config.ts', 'e2e');
}

console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds}s)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
