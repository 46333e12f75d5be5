import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeBytesJs, encodeArray } from './base64';

/** Bytes 0, 7, 14, … of length `n` (every residue mod 3 and both paddings). */
const bytesOf = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7) & 255);

describe('base64', () => {
  it.each([0, 1, 2, 3, 4, 5, 255, 256, 1000])('round-trips %i bytes', (n) => {
    const bytes = bytesOf(n);
    const text = encodeArray(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect([...decodeBytesJs(text)]).toEqual([...bytes]);
    expect([...decodeBytes(text)]).toEqual([...bytes]);
  });

  it('decodes into a fresh buffer that typed arrays can view', () => {
    const words = Uint32Array.of(1, 0xffffffff, 123456789);
    const bytes = decodeBytes(encodeArray(words));
    expect(bytes.byteOffset).toBe(0);
    expect([...new Uint32Array(bytes.buffer)]).toEqual([...words]);
  });
});
