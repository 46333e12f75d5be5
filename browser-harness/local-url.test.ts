import { describe, expect, it } from 'vitest';
import { isLocalUrl } from './local-url';

describe('isLocalUrl', () => {
  const origin = 'http://127.0.0.1:4173';
  it.each([
    ['http://127.0.0.1:4173/popup-geneva.html', true],
    ['chrome-extension://abcdefgh/chunks/popup-x.js', true],
    ['data:text/plain,x', true],
    ['blob:chrome-extension://abcdefgh/1234', true],
    ['http://127.0.0.1:9999/other-port', false],
    ['http://127.0.0.1:41730/prefix-of-the-port', false],
    ['https://example.com/tracker.js', false],
  ])('%s → %s', (url, local) => {
    expect(isLocalUrl(url, origin)).toBe(local);
  });
});
