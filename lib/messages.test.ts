import { describe, expect, test } from 'vitest';
import { BackgroundMessageSchema, contentMessageSchema, parseMessage, ResolveAmbiguousRequest, TabCountsResponse, tabRequestSchema } from './messages';

describe('message validation', () => {
  test('accepts the contract messages', () => {
    expect(parseMessage(tabRequestSchema(), { type: 'page-summary' })).toEqual({ type: 'page-summary' });
    expect(parseMessage(contentMessageSchema(), { type: 'show-mention', id: '0:3' })).toEqual({ type: 'show-mention', id: '0:3' });
    expect(parseMessage(contentMessageSchema(), { type: 'open-mention', id: '2:1', focus: true })).toBeDefined();
    expect(parseMessage(BackgroundMessageSchema, { type: 'inject-card', part: 'ui' })).toEqual({ type: 'inject-card', part: 'ui' });
    expect(parseMessage(BackgroundMessageSchema, { type: 'inject-card' })).toBeUndefined();
    expect(parseMessage(BackgroundMessageSchema, { type: 'inject-card', part: '../../evil.js' })).toBeUndefined();
  });

  test('drops unknown, malformed and oversized messages', () => {
    for (const message of [
      null,
      'page-summary',
      { type: 'nonsense' },
      { type: 'show-mention' },
      { type: 'show-mention', id: 42 },
      { type: 'show-mention', id: 'x'.repeat(65) },
      { type: 'open-mention', id: '1:1' },
    ]) {
      expect(parseMessage(contentMessageSchema(), message)).toBeUndefined();
    }
    expect(parseMessage(BackgroundMessageSchema, { type: 'frame-report', url: 'x', enabled: true, mentions: [{ id: '1', entity: 'someone', text: '', context: '' }], scan: { textNodes: 0, chars: 0, ms: 0, done: true } })).toBeUndefined();
    expect(parseMessage(ResolveAmbiguousRequest, { type: 'resolve-ambiguous', items: [{ text: 'x'.repeat(2001), candidates: [] }] })).toBeUndefined();
  });

  test('the tab-wide counts a card asks for: known entities with counts, nothing else', () => {
    expect(parseMessage(BackgroundMessageSchema, { type: 'tab-counts' })).toEqual({ type: 'tab-counts' });
    expect(parseMessage(TabCountsResponse, { counts: { musk: 2, openai: 0 } })).toEqual({ counts: { musk: 2, openai: 0 } });
    expect(parseMessage(TabCountsResponse, { counts: { someone: 1 } })).toBeUndefined();
    expect(parseMessage(TabCountsResponse, { counts: { musk: -1 } })).toBeUndefined();
    expect(parseMessage(TabCountsResponse, { counts: { musk: '2' } })).toBeUndefined();
  });
});
