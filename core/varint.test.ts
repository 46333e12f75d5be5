import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter } from './varint';

describe('varint', () => {
  it('round-trips small and large values', () => {
    const values = [0, 1, 127, 128, 300, 16_383, 16_384, 2 ** 31, 2 ** 32 - 1];
    const w = new ByteWriter();
    for (const v of values) w.varint(v);
    const r = new ByteReader(w.result());
    expect(values.map(() => r.varint())).toEqual(values);
  });

  it('uses one byte below 128 and grows past its first buffer', () => {
    const w = new ByteWriter();
    for (let i = 0; i < 3000; i++) w.varint(i % 128);
    expect(w.length).toBe(3000);
  });

  it('throws when a varint is cut off', () => {
    expect(() => new ByteReader(Uint8Array.of(0x80)).varint()).toThrow(/past the end/);
  });
});
