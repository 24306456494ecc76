import { describe, expect, test } from 'vitest';
import { contentScriptRegistration, isHostListed, isSiteDisabled, sitePatterns } from './page-gate';

describe('content script registration', () => {
  test('covers every http(s) page in every frame, except the sites turned off and their subdomains', () => {
    const registration = contentScriptRegistration(false, ['example.com', '127.0.0.1']);
    expect(registration).toMatchObject({ matches: ['http://*/*', 'https://*/*'], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true });
    expect(registration?.excludeMatches).toEqual(['*://example.com/*', '*://*.example.com/*', '*://127.0.0.1/*', '*://*.127.0.0.1/*']);
  });

  test('has no exclusions when no site is off, and is not registered at all while paused', () => {
    expect(contentScriptRegistration(false, [])).not.toHaveProperty('excludeMatches');
    expect(contentScriptRegistration(true, ['example.com'])).toBeUndefined();
  });

  test('site patterns and host matching agree on subdomains', () => {
    expect(sitePatterns(['a.example'])).toEqual(['*://a.example/*', '*://*.a.example/*']);
    expect(isHostListed('x.y.a.example', ['a.example'])).toBe(true);
    expect(isHostListed('a.example.evil.net', ['a.example'])).toBe(false);
    expect(isSiteDisabled('https://News.Example.com/a', ['example.com'])).toBe(true);
    expect(isSiteDisabled('not a url', ['example.com'])).toBe(false);
  });
});
