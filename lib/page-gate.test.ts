import { describe, expect, test } from 'vitest';
import { gateAllows, isHostListed } from './page-gate';

describe('page gate', () => {
  test('lets a page be read unless the extension is paused or its site (or a parent domain) is off', () => {
    const gate = { paused: false, sites: ['example.com'] };
    expect(gateAllows(gate, 'news.example.org')).toBe(true);
    expect(gateAllows(gate, 'example.com')).toBe(false);
    expect(gateAllows(gate, 'News.Example.com')).toBe(false);
    expect(gateAllows(gate, 'notexample.com')).toBe(true);
    expect(gateAllows({ paused: true, sites: [] }, 'example.org')).toBe(false);
  });

  test('says nothing for a gate that is missing or malformed, so the caller asks the background', () => {
    for (const stored of [undefined, null, 'on', { paused: 'no', sites: [] }, { paused: false }, { paused: false, sites: [1] }]) {
      expect(gateAllows(stored, 'example.com'), JSON.stringify(stored)).toBeUndefined();
    }
  });

  test('matches hosts and their subdomains only', () => {
    expect(isHostListed('a.b.example.com', ['example.com'])).toBe(true);
    expect(isHostListed('example.com.evil.net', ['example.com'])).toBe(false);
  });
});
