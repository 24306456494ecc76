import { describe, expect, it } from 'vitest';
import type { FrameReport } from '../../lib/messages';
import { badgeFor } from './badge';
import type { FrameMentions } from './tab-mentions';

function frame(frameId: number, entities: string[], enabled = true): FrameMentions {
  const report: FrameReport = {
    type: 'frame-report',
    url: 'https://example.com/',
    enabled,
    mentions: entities.map((entity, index) => ({ id: `${index}`, entity: entity as FrameReport['mentions'][number]['entity'], text: entity, context: entity })),
    scan: { textNodes: 1, chars: 1, ms: 1, done: true },
  };
  return { frameId, report };
}

describe('badge', () => {
  it('counts the mentions of every frame and names them in the title, most first', () => {
    expect(badgeFor([frame(0, ['openai', 'musk', 'musk']), frame(2, ['openai', 'altman'])], true)).toEqual({
      text: '5',
      title: '5 mentions: Elon Musk 2, OpenAI 2, Sam Altman 1',
    });
  });

  it('uses the singular for one mention', () => {
    expect(badgeFor([frame(0, ['qwen'])], true).title).toBe('1 mention: Qwen 1');
  });

  it('is hidden when the count is zero, the top frame is off, or the reader turned the badge off', () => {
    const hidden = { text: '', title: 'Context Cards: names on this page' };
    expect(badgeFor([frame(0, [])], true)).toEqual(hidden);
    expect(badgeFor([], true)).toEqual(hidden);
    expect(badgeFor([frame(0, ['musk'], false), frame(1, ['musk'])], true)).toEqual(hidden);
    expect(badgeFor([frame(0, ['musk'])], false)).toEqual(hidden);
  });

  it('caps the text at 999+', () => {
    expect(badgeFor([frame(0, Array.from({ length: 1200 }, () => 'musk'))], true).text).toBe('999+');
  });
});
