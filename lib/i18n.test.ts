import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../public/_locales/en/messages.json';
import de from '../public/_locales/de/messages.json';
import { t, tn } from './i18n';

type Catalogue = Record<string, { message: string; description?: string }>;
const catalogues: Record<'en' | 'de', Catalogue> = { en, de };
const root = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.(tsx?|html|css)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** Every message key the code names literally, with the file that names it. */
function keysUsedInSource(): { key: string; file: string }[] {
  const files = [...['entrypoints', 'components', 'lib'].flatMap(sourceFiles), 'wxt.config.ts'];
  const patterns: { regex: RegExp; expand: (name: string) => string[] }[] = [
    { regex: /\bt\(\s*[\w.]+\s*,\s*['"]([\w@]+)['"]/g, expand: (name) => [name] },
    { regex: /\btn\(\s*[\w.]+\s*,\s*['"]([\w@]+)['"]/g, expand: (name) => [`${name}_one`, `${name}_other`] },
    { regex: /i18n\.getMessage\(\s*['"]([\w@]+)['"]/g, expand: (name) => [name] },
    { regex: /__MSG_([\w@]+?)__/g, expand: (name) => [name] },
  ];
  return files.flatMap((file) => {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    return patterns.flatMap(({ regex, expand }) =>
      [...text.matchAll(regex)].flatMap((match) => expand(match[1] ?? '').map((key) => ({ key, file }))),
    );
  });
}

const placeholders = (message: string) => [...new Set(message.match(/\$\d/g) ?? [])].sort();

describe('UI string catalogue', () => {
  it('English and German have the same keys', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(['en', 'de'] as const)('no %s message is empty or malformed', (lang) => {
    const bad = Object.entries(catalogues[lang]).filter(
      ([key, entry]) =>
        !/^[A-Za-z0-9_@]+$/.test(key) ||
        typeof entry.message !== 'string' ||
        entry.message.trim() === '' ||
        // Chrome reads `$name$` as a named placeholder: a lone `$` must be `$1`..`$9` or `$$`.
        /\$(?![1-9$])/.test(entry.message.replace(/\$\$/g, '')),
    );
    expect(bad.map(([key]) => key)).toEqual([]);
  });

  it('both languages use the same substitutions in every message', () => {
    const mismatched = Object.keys(en).filter(
      (key) => placeholders(catalogues.en[key]!.message).join() !== placeholders(catalogues.de[key]?.message ?? '').join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('every key the code uses exists in both languages', () => {
    const used = keysUsedInSource();
    expect(used.length).toBeGreaterThan(100);
    const missing = used.filter(({ key }) => !(key in en) || !(key in de)).map(({ key, file }) => `${file}: ${key}`);
    expect(missing).toEqual([]);
  });
});

describe('lookup', () => {
  it('substitutes $1, $2 in either language', () => {
    expect(t('en', 'popupSiteOn', 'example.com')).toBe('Active on example.com');
    expect(t('de', 'popupSiteOn', 'example.com')).toBe('Aktiv auf example.com');
  });

  it('picks the singular or the plural', () => {
    expect(tn('en', 'badgeTitle', 1, 'OpenAI 1')).toBe('1 mention: OpenAI 1');
    expect(tn('en', 'badgeTitle', 4, 'Elon Musk 2, OpenAI 2')).toBe('4 mentions: Elon Musk 2, OpenAI 2');
    expect(tn('de', 'popupTotal', 1)).toBe('1 Erwähnung auf dieser Seite');
    expect(tn('de', 'popupTotal', 0)).toBe('0 Erwähnungen auf dieser Seite');
  });
});
