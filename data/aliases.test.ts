import { describe, expect, it } from 'vitest';
import { aliases } from './aliases';
import { ALIAS_LANGS, ENTITY_IDS } from './types';

describe('aliases', () => {
  it.each(ENTITY_IDS)('%s has aliases in every listed language and script, none empty', (id) => {
    for (const lang of ALIAS_LANGS) {
      const names = aliases[id][lang];
      expect(names.length, `${id} ${lang}`).toBeGreaterThan(0);
      for (const name of names) expect(name.trim(), `${id} ${lang}`).not.toBe('');
    }
  });

  it('gives no alias to two entities in the same language', () => {
    for (const lang of ALIAS_LANGS) {
      const seen = new Map<string, string>();
      for (const id of ENTITY_IDS) {
        for (const name of aliases[id][lang]) {
          const key = name.toLowerCase();
          expect(seen.get(key) ?? id, `${lang} "${name}"`).toBe(id);
          seen.set(key, id);
        }
      }
    }
  });
});
