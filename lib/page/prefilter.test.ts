import { describe, expect, test } from 'vitest';
import { aliases, extraAliases, handles } from '../../data/aliases';
import { ENTITY_IDS } from '../../data/types';
import { firstHint, mayMention } from './prefilter';

const everyAlias = ENTITY_IDS.flatMap((id) => [
  ...Object.values(aliases[id]).flat(),
  ...extraAliases[id],
  ...(handles[id] ?? []),
]);

describe('mayMention', () => {
  test.each(everyAlias)('fires for the alias %s, also in a sentence and split by a line break', (alias) => {
    expect(mayMention(alias)).toBe(true);
    expect(mayMention(`Gestern sagte ${alias}s Sprecher etwas.`)).toBe(true);
    expect(mayMention(alias.replace(' ', '\n'))).toBe(true);
  });

  test('fires for inflected, upper-case, hashtag and full-width forms', () => {
    for (const text of ['Илона Маска', 'Сэма Альтмана', 'OPENAI', '#DeepSeek', 'Qwen2.5-Max', 'ＯｐｅｎＡＩ', 'Open-AI']) {
      expect(mayMention(text)).toBe(true);
    }
  });

  test('stays quiet on ordinary text', () => {
    for (const text of ['The weather in Berlin was mild.', 'Ein ganz normaler Satz über Brot.', 'Samstag ist Markt.', '今天天气很好。']) {
      expect(mayMention(text)).toBe(false);
    }
  });

  test('stays quiet on words that only start like a name, so such pages load no finder', () => {
    for (const text of ['The musket and the muskrat', 'Cottages in Muskoka', 'exercise in the open\n air', 'an open aid programme']) {
      expect(mayMention(text)).toBe(false);
    }
    expect(mayMention('Musks Angebot und OpenAIs Pläne')).toBe(true);
  });

  test('firstHint tells where the first hint at or after a position starts, in any script', () => {
    expect(firstHint('Ein Satz. Dann Elon Musk.')).toBe(20);
    expect(firstHint('Musk und Маск', 1)).toBe(9);
    expect(firstHint('Laut ＯｐｅｎＡＩ heute')).toBe(5);
    expect(firstHint('Musk', 1)).toBe(-1);
  });
});

describe('firstHint over mixed scripts', () => {
  test('finds the first hint in any script, wherever the first letter of another script is', () => {
    expect(firstHint('Маск и Musk')).toBe(0);
    expect(firstHint('Musk и Маск')).toBe(0);
    expect(firstHint('Погода. Laut Musk')).toBe(13);
    expect(firstHint('Погода хорошая. Маск')).toBe(16);
    expect(firstHint('μ, µ and 今天 then 马斯克')).toBe(17);
    expect(firstHint('今天 OpenAI 和 马斯克')).toBe(3);
    expect(firstHint('今天 ＯｐｅｎＡＩ')).toBe(3);
    expect(firstHint('Погода хорошая. 今天天气很好。')).toBe(-1);
    expect(firstHint('µ (micro) and ß are not letters of a name')).toBe(-1);
  });

  test('from a position: hints before it are passed over in every script', () => {
    expect(firstHint('Маск и Musk', 1)).toBe(7);
    expect(firstHint('马斯克 und Маск', 1)).toBe(8);
    expect(firstHint('马斯克 und Маск', 9)).toBe(-1);
  });
});
