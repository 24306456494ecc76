import { describe, expect, it } from 'vitest';
import { groupMentions, isNoReceiverError, isRestrictedUrl, looksLikePdf, parsePageSummary, splitContext } from './page-access';

const counts = { musk: 2, altman: 0, openai: 1, stargate: 0, deepseek: 0, qwen: 0 };
const summary = {
  url: 'https://example.com/',
  enabled: true,
  counts,
  mentions: [
    { id: '0:1', entity: 'musk', text: 'Musk', context: 'Elon Musk bid.', frameId: 0 },
    { id: '0:2', entity: 'openai', text: 'OpenAI', context: 'OpenAI said no.', frameId: 0 },
    { id: '3:1', entity: 'musk', text: 'Musk', context: 'Musk again.', frameId: 3 },
  ],
  scan: { textNodes: 10, chars: 300, ms: 2, done: true },
};

describe('pages the popup cannot run on', () => {
  it.each([
    'chrome://extensions/',
    'about:blank',
    'file:///home/me/a.html',
    'chrome-extension://abc/popup.html',
    'view-source:https://example.com/',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/en-US/firefox/',
    undefined,
  ])('%s is closed to extensions', (url) => {
    expect(isRestrictedUrl(url)).toBe(true);
  });

  it.each(['https://example.com/', 'http://127.0.0.1:8080/a.html', 'https://chrome.google.com/search'])('%s is open', (url) => {
    expect(isRestrictedUrl(url)).toBe(false);
  });

  it('recognises a PDF and the missing-receiver error', () => {
    expect(looksLikePdf('https://example.com/report.PDF')).toBe(true);
    expect(looksLikePdf('https://example.com/report.html')).toBe(false);
    expect(isNoReceiverError(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(true);
    expect(isNoReceiverError(new Error('Tab closed'))).toBe(false);
  });
});

describe('page-summary replies', () => {
  it('a valid reply is grouped by entity with counts, in document order', () => {
    const parsed = parsePageSummary(summary);
    expect(parsed).toBeDefined();
    expect(groupMentions(parsed!).map((group) => [group.entity, group.count, group.mentions.map((m) => m.id)])).toEqual([
      ['musk', 2, ['0:1', '3:1']],
      ['openai', 1, ['0:2']],
    ]);
  });

  it.each([
    ['nothing', undefined],
    ['an unknown entity', { ...summary, mentions: [{ ...summary.mentions[0], entity: 'trump' }] }],
    ['a negative count', { ...summary, counts: { ...counts, musk: -1 } }],
    ['a missing scan', { ...summary, scan: undefined }],
    ['markup in place of text', { ...summary, mentions: [{ ...summary.mentions[0], context: { __html: '<b>x</b>' } }] }],
  ])('%s is refused', (_label, reply) => {
    expect(parsePageSummary(reply)).toBeUndefined();
  });

  it('splits the context around the mention for highlighting', () => {
    expect(splitContext('Elon Musk bid.', 'Musk')).toEqual(['Elon ', 'Musk', ' bid.']);
    expect(splitContext('No match here.', 'Musk')).toEqual(['No match here.', '', '']);
  });
});
