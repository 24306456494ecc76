import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const root = path.resolve(__dirname, '..');
const entrypoints = path.join(root, 'entrypoints');

/** Every source file under `dir`, recursively. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/** The relative module paths a file imports (static and dynamic). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((match) => match[1] ?? '');
}

describe('code layout', () => {
  test('no file imports from another entrypoint folder: what two scripts share lives outside entrypoints/', () => {
    const crossings: string[] = [];
    for (const folder of fs.readdirSync(entrypoints, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      const own = path.join(entrypoints, folder.name);
      for (const file of sources(own)) {
        for (const spec of importsOf(file)) {
          const target = path.resolve(path.dirname(file), spec);
          if (target.startsWith(entrypoints + path.sep) && !target.startsWith(own + path.sep)) {
            crossings.push(`${path.relative(root, file)} -> ${spec}`);
          }
        }
      }
    }
    expect(crossings).toEqual([]);
  });

  test('shared code does not reach into an entrypoint', () => {
    const reaching = sources(path.join(root, 'lib'))
      .concat(sources(path.join(root, 'components')))
      .flatMap((file) => importsOf(file).filter((spec) => path.resolve(path.dirname(file), spec).startsWith(entrypoints + path.sep)).map((spec) => `${path.relative(root, file)} -> ${spec}`));
    expect(reaching).toEqual([]);
  });
});
