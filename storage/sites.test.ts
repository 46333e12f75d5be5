import { describe, expect, it } from 'vitest';
import { normalizeHostname, siteKeyOfUrl } from './sites';

describe('siteKeyOfUrl', () => {
  it.each([
    ['https://www.Example.com/news/a?b#c', 'example.com'],
    ['http://127.0.0.1:8080/page.html', '127.0.0.1'],
    ['https://news.example.co.uk.', 'news.example.co.uk'],
    ['chrome://extensions', undefined],
    ['https://chromewebstore.google.com/detail/x', 'chromewebstore.google.com'],
    ['file:///home/me/page.html', undefined],
    ['about:blank', undefined],
    ['chrome-extension://abc/popup.html', undefined],
    ['not a url', undefined],
    [undefined, undefined],
  ])('%s → %s', (url, key) => {
    expect(siteKeyOfUrl(url)).toBe(key);
  });
});

describe('normalizeHostname', () => {
  it.each([
    ['WWW.Example.COM', 'example.com'],
    [' example.com. ', 'example.com'],
    ['wwwx.example.com', 'wwwx.example.com'],
  ])('%j → %j', (host, key) => {
    expect(normalizeHostname(host)).toBe(key);
  });
});
