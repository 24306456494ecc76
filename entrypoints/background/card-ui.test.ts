import { describe, expect, it } from 'vitest';
import type { FrameReport } from '../../lib/messages';
import { childFrameOf, countsOutside } from './card-ui';
import type { FrameMentions } from './tab-mentions';

function frame(frameId: number, entities: FrameReport['mentions'][number]['entity'][], enabled = true): FrameMentions {
  const report: FrameReport = {
    type: 'frame-report',
    url: 'https://example.com/',
    enabled,
    mentions: entities.map((entity, index) => ({ id: `${index}`, entity, text: entity, context: entity })),
    scan: { textNodes: 1, chars: 1, ms: 1, done: true },
  };
  return { frameId, report };
}

describe('counts for a card', () => {
  const tab = [frame(0, ['openai', 'musk']), frame(3, ['openai', 'altman', 'openai']), frame(5, ['musk'])];

  it('adds up the mentions of every other frame of the tab, per entity', () => {
    expect(countsOutside(tab, 0)).toEqual({ openai: 2, altman: 1, musk: 1 });
    expect(countsOutside(tab, 3)).toEqual({ openai: 1, musk: 2 });
  });

  it('leaves out frames that were not read and a tab with only the asking frame', () => {
    expect(countsOutside([frame(0, ['musk']), frame(2, ['musk'], false)], 0)).toEqual({});
    expect(countsOutside([frame(0, ['musk'])], 0)).toEqual({});
  });
});

describe('routing a mention to its frame', () => {
  it('reads the child frame from a tab-wide mention id', () => {
    expect(childFrameOf('3:1')).toBe(3);
    expect(childFrameOf('12:40')).toBe(12);
  });

  it('routes nothing for the top frame’s ids, a frame-local id or a malformed one', () => {
    for (const id of ['0:4', '12', '', ':3', 'x:1', '-1:2', '1.5:2', '99999999999999999999:1']) expect(childFrameOf(id), id).toBeUndefined();
  });
});
