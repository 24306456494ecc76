import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lazyRegExp } from './lazy-regexp';

describe('lazyRegExp', () => {
  it('builds its pattern on first use, once', () => {
    const letter = lazyRegExp(String.raw`^\p{Lu}\p{Ll}`, 'u');
    expect(letter()).toBe(letter());
    expect(letter().test('Élon')).toBe(true);
    expect(letter().test('élon')).toBe(false);
  });

  it('does not check the pattern until it is asked for', () => {
    const broken = lazyRegExp('[', 'u');
    expect(() => broken()).toThrow(SyntaxError);
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
