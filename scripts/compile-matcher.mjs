#!/usr/bin/env node
// Writes lib/matcher.generated.ts: the finder's alias pattern and table, compiled from data/aliases.ts
// (lib/matcher-source.ts), and its sense cues (lib/cue-source.ts), here rather than in every page. Run by `npm run build`; `--check` only says
// whether the file is current (lib/matcher.test.ts checks the same).
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const target = path.join(root, 'lib/matcher.generated.ts');
const bundled = await build({ entryPoints: [path.join(root, 'lib/matcher-source.ts')], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error' });
const code = bundled.outputFiles[0]?.text ?? '';
const { compileMatcher, matcherModule } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
const text = matcherModule(compileMatcher());
const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error('lib/matcher.generated.ts is behind data/aliases.ts: run `node scripts/compile-matcher.mjs`.');
    process.exit(1);
  }
} else if (current !== text) {
  fs.writeFileSync(target, text);
  console.log(`compile-matcher: wrote ${path.relative(root, target)} (${text.length} characters)`);
}
