import { describe, expect, it } from 'vitest';
import type { FrameReport } from '../../lib/messages';
import { countsOutside } from './card-ui';
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
