import { describe, expect, it } from 'vitest';
import { sentenceAround } from './sentence';

const around = (text: string, name: string): string => {
  const start = text.indexOf(name);
  return sentenceAround(text, { start, end: start + name.length });
};

describe('sentenceAround', () => {
  it('cuts at . ! ? and keeps the end punctuation', () => {
    expect(around('First one. Then Qwen shipped! Later more?', 'Qwen')).toBe('Then Qwen shipped!');
  });

  it('cuts at CJK full stops', () => {
    expect(around('天气很好。深度求索发布了新模型。明天见。', '深度求索')).toBe('深度求索发布了新模型。');
  });

  it('does not cut at abbreviations, initials or decimals', () => {
    expect(around('Dr. Ruiz met U.S. officials about OpenAI and its 97.4 billion offer. Next.', 'OpenAI')).toBe(
      'Dr. Ruiz met U.S. officials about OpenAI and its 97.4 billion offer.',
    );
  });

  it('cuts at blank lines and list items but not at a wrapped line', () => {
    expect(around('Heading\n\nThe deal with\nOpenAI closed.', 'OpenAI')).toBe('The deal with OpenAI closed.');
    expect(around('• Qwen\n• DeepSeek\n• OpenAI', 'DeepSeek')).toBe('• DeepSeek');
  });

  it('collapses white space', () => {
    expect(around('Sam\u00a0 Altman   spoke\tbriefly.', 'Altman')).toBe('Sam Altman spoke briefly.');
  });

  it('trims a long sentence to about 200 characters around the mention with ellipses', () => {
    const text = `${'word '.repeat(80)}DeepSeek ${'more '.repeat(80)}end.`;
    const s = around(text, 'DeepSeek');
    expect(s.length).toBeLessThanOrEqual(202);
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('DeepSeek');
  });
});
