/**
 * A regular expression with Unicode property escapes (`\p{L}`, `\p{sc=Han}`), built the first time it is
 * needed, and for most text never built at all.
 *
 * Compiling such a pattern has V8 build sets from the Unicode tables: in Chromium the finder's thirty-odd
 * patterns cost 6-12 ms a page to compile, more than everything else the finder does on a page that names
 * one of the six. Nearly all of the text they are tested on (a character, a few words around a name) is
 * Latin-1 with the typographic punctuation of the General Punctuation block and currency signs (German
 * „quotes“, dashes, €). For such text a second form of the pattern is used: each `\p{...}` replaced by
 * the characters of that range that have the property (`NARROW_CLASSES`), and the `u` flag dropped, so
 * it compiles like any plain pattern. The full pattern is built only when a tested string holds a
 * character outside that range (Cyrillic, CJK, Polish...). lib/lazy-regexp.test.ts checks, for every
 * character of the range and every property used, that both forms agree.
 */

/** The characters a narrow pattern may be tested on: Latin-1, General Punctuation, currency signs. */
export const OUTSIDE_NARROW = /[^\x00-\xff\u2000-\u206f\u20a0-\u20cf]/;

/**
 * Per property escape, its members within the narrow range, as the body of a character class. Properties
 * with no member there (the scripts other than Latin, combining marks) are empty.
 */
export const NARROW_CLASSES: Readonly<Record<string, string>> = {
  L: 'A-Za-z\\xaa\\xb5\\xba\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff',
  Lu: 'A-Z\\xc0-\\xd6\\xd8-\\xde',
  Ll: 'a-z\\xb5\\xdf-\\xf6\\xf8-\\xff',
  N: '0-9\\xb2\\xb3\\xb9\\xbc-\\xbe',
  M: '',
  'sc=Latin': 'A-Za-z\\xaa\\xba\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff',
  'sc=Cyrillic': '',
  'sc=Greek': '',
  'sc=Arabic': '',
  'sc=Hebrew': '',
  'sc=Devanagari': '',
  'sc=Tamil': '',
  'sc=Han': '',
  'sc=Hiragana': '',
  'sc=Katakana': '',
  'sc=Hangul': '',
  'sc=Thai': '',
  'sc=Lao': '',
  'sc=Khmer': '',
  'sc=Myanmar': '',
};

/** A class that matches nothing (a property with no member in the narrow range, standing alone). */
const NOTHING = '[^\\s\\S]';

/** The pattern for narrow text: every `\p{...}` replaced by its members there, outside a class and inside one. */
export function narrowSource(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const property = /^\\p\{([^}]+)\}/.exec(source.slice(i));
      if (property) {
        const name = property[1] ?? '';
        const members = NARROW_CLASSES[name];
        if (members === undefined) throw new Error(`lazyRegExp: no narrow form for \\p{${name}}`);
        out += inClass ? members : members ? `[${members}]` : NOTHING;
        i += property[0].length - 1;
        continue;
      }
      if (source[i + 1] === 'P') throw new Error('lazyRegExp: \\P{...} has no narrow form');
      out += source.slice(i, i + 2);
      i += 1;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  // A class left empty by the replacement (`[\p{sc=Tamil}]`) matches nothing, as the full one does on this text.
  return out.replace(/\[\]/g, NOTHING).replace(/\[\^\]/g, '[\\s\\S]');
}

export interface LazyRegExp {
  /** The pattern to test `input` with (the same object for all inputs of one form). */
  for(input: string): RegExp;
  test(input: string): boolean;
  exec(input: string): RegExpExecArray | null;
}

/**
 * `source` with `flags` (which must include `u`); the flags `g` and `y` are kept, so a caller that sets
 * `lastIndex` must take the pattern with `for(input)` and use that object.
 */
export function lazyRegExp(source: string, flags = 'u'): LazyRegExp {
  let full: RegExp | undefined;
  let narrow: RegExp | undefined;
  const pick = (input: string): RegExp =>
    OUTSIDE_NARROW.test(input)
      ? (full ??= new RegExp(source, flags))
      : (narrow ??= new RegExp(narrowSource(source), flags.replace('u', '')));
  return {
    for: pick,
    test: (input) => pick(input).test(input),
    exec: (input) => pick(input).exec(input),
  };
}
