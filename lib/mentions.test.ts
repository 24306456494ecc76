import { describe, expect, it } from 'vitest';
import { findMentions, scanText, sentenceAround } from './mentions';

const found = async (text: string): Promise<[string, string][]> =>
  (await findMentions(text)).map((m) => [m.entity, text.slice(m.start, m.end)]);

describe('findMentions', () => {
  it('merges decided and resolved mentions, sorted', async () => {
    expect(await found('Musk replied within minutes, and OpenAI stayed silent.')).toEqual([
      ['musk', 'Musk'],
      ['openai', 'OpenAI'],
    ]);
    expect(await found('Altman spoke after DeepSeek and before Musk replied.')).toEqual([
      ['altman', 'Altman'],
      ['deepseek', 'DeepSeek'],
      ['musk', 'Musk'],
    ]);
  });

  it('drops what the resolver rejects', async () => {
    expect(await found('Lisa Altman waved from the stage.')).toEqual([]);
  });

  it('resolves nothing when the scanner decided everything', async () => {
    const text = 'Qwen3 and DeepSeek-R1 were tested.';
    expect(scanText(text).ambiguous).toEqual([]);
    expect(await found(text)).toEqual([
      ['qwen', 'Qwen3'],
      ['deepseek', 'DeepSeek-R1'],
    ]);
  });

  it('re-exports sentenceAround', () => {
    expect(sentenceAround('One. Two Qwen. Three.', { start: 9, end: 13 })).toBe('Two Qwen.');
  });
});
