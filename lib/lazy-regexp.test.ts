import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lazyRegExp, NARROW_CLASSES, narrowSource, OUTSIDE_NARROW } from './lazy-regexp';

/** Every character of the Basic Multilingual Plane a narrow pattern may be tested on. */
const NARROW_CHARS = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((ch) => !OUTSIDE_NARROW.test(ch));

/** The lazy patterns of a module: [source, flags]. */
function patternsOf(file: string): [string, string][] {
  const source = readFileSync(new URL(file, import.meta.url), 'utf8');
  return [...source.matchAll(/lazyRegExp\(String\.raw`((?:[^`\\]|\\.)*)`,\s*'([a-z]*)'\)/g)].map((match) => [match[1] ?? '', match[2] ?? '']);
}

describe('lazyRegExp', () => {
  it('matches as its Unicode pattern does, on Latin-1 text and on text beyond it', () => {
    const capitalised = lazyRegExp(String.raw`^\p{Lu}\p{Ll}`, 'u');
    expect(capitalised.test('Élon')).toBe(true);
    expect(capitalised.test('élon')).toBe(false);
    expect(capitalised.test('Маск')).toBe(true);
    expect(capitalised.test('маск')).toBe(false);
  });

  it('builds the Unicode form only for text outside Latin-1 and punctuation, and each form once', () => {
    const letter = lazyRegExp(String.raw`\p{L}`, 'u');
    const narrow = letter.for('„Musks Angebot“ – 97,4 Mrd. €');
    expect(narrow.flags).toBe('');
    expect(letter.for('Müller')).toBe(narrow);
    const full = letter.for('马斯克');
    expect(full.flags).toBe('u');
    expect(letter.for('Łódź')).toBe(full);
  });

  it('does not check the pattern until it is asked for', () => {
    const broken = lazyRegExp('[', 'u');
    expect(() => broken.test('x')).toThrow(SyntaxError);
  });

  it.each(Object.keys(NARROW_CLASSES))('\\p{%s} has the same members in the narrow range in both forms', (property) => {
    const full = new RegExp(String.raw`^\p{${property}}$`, 'u');
    const narrow = new RegExp(`^${narrowSource(String.raw`\p{${property}}`)}$`);
    const differ = NARROW_CHARS.filter((ch) => full.test(ch) !== narrow.test(ch)).map((ch) => `U+${ch.charCodeAt(0).toString(16)}`);
    expect(differ).toEqual([]);
  });

  it.each(['scan.ts', 'sentence.ts'])('every pattern of %s agrees in both forms on every narrow character and on text', (file) => {
    const article = readFileSync(new URL('../data/article.ts', import.meta.url), 'utf8').slice(0, 20_000);
    const samples = [...NARROW_CHARS, ...NARROW_CHARS.map((ch) => `${ch}x`), ...NARROW_CHARS.map((ch) => `Ab${ch}`)];
    for (let i = 0; i < article.length; i += 7) samples.push(article.slice(i, i + 40));
    const narrowSamples = samples.filter((sample) => !OUTSIDE_NARROW.test(sample));
    const patterns = patternsOf(file);
    expect(patterns.length).toBeGreaterThan(2);
    for (const [source, flags] of patterns) {
      const plain = flags.replace(/[gy]/g, '');
      const full = new RegExp(source, plain);
      const narrow = new RegExp(narrowSource(source), plain.replace('u', ''));
      const differ = narrowSamples.filter((sample) => String(full.exec(sample)) !== String(narrow.exec(sample)));
      expect({ source, differ: differ.slice(0, 3) }).toEqual({ source, differ: [] });
    }
  });
});

describe("the finder's modules", () => {
  // A \p{...} literal is checked (and its Unicode set built) when the finder script is compiled, in the
  // task that loads it on a page: patterns with one are built lazily from a String.raw source instead.
  it.each(['scan.ts', 'sentence.ts'])('%s has no regex literal with a Unicode property escape', (file) => {
    const source = readFileSync(new URL(file, import.meta.url), 'utf8');
    const literals = source.split('\n').filter((line) => /\\[pP]\{/.test(line) && !/String\.raw`/.test(line));
    expect(literals).toEqual([]);
  });
});
