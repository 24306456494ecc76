import { describe, expect, test } from 'vitest';
import { ALIAS_TABLE, CUE_SETS, MATCHER_SOURCE } from './matcher.generated';
import { compileMatcher } from './matcher-source';
import { scanText } from './scan';

describe('the alias matcher compiled at build time', () => {
  test('is the one data/aliases.ts and lib/cue-source.ts make now (else run `node scripts/compile-matcher.mjs`)', () => {
    const { source, table, cues } = compileMatcher();
    expect(MATCHER_SOURCE).toBe(source);
    expect(ALIAS_TABLE).toEqual(table);
    expect(CUE_SETS).toEqual(cues);
  });

  test('finds names written in full width, across a line break and with any CJK dot', () => {
    const text = 'ＯｐｅｎＡＩ, Elon\nMusk and 埃隆・马斯克.';
    expect(scanText(text).mentions.map((m) => [m.entity, text.slice(m.start, m.end)])).toEqual([
      ['openai', 'ＯｐｅｎＡＩ'],
      ['musk', 'Elon\nMusk'],
      ['musk', '埃隆・马斯克'],
    ]);
  });
});
