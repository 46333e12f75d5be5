import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codePointAt,
  isLetterCode,
  isLowerCode,
  isMarkCode,
  isUpperCode,
  unitsOf,
} from './char-props';

// The one-class patterns each test stands for (the spec).
const SPECS: [string, (cp: number) => boolean, RegExp][] = [
  ['\\p{L}', isLetterCode, /^\p{L}$/u],
  ['\\p{Lu}', isUpperCode, /^\p{Lu}$/u],
  ['\\p{Ll}', isLowerCode, /^\p{Ll}$/u],
  ['\\p{M}', isMarkCode, /^\p{M}$/u],
];

describe('char-props', () => {
  it.each(SPECS)('%s agrees with the pattern on every code unit', (_name, test, spec) => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (test(c) !== spec.test(String.fromCharCode(c))) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it.each(SPECS)('%s agrees with the pattern on astral code points', (_name, test, spec) => {
    fc.assert(
      fc.property(fc.integer({ min: 0x10000, max: 0x10ffff }), (cp) => {
        expect(test(cp)).toBe(spec.test(String.fromCodePoint(cp)));
      }),
      { numRuns: 2000 },
    );
    // 𝐀 (Lu), 𝐚 (Ll), 𝅥 (a mark), 😀 (none).
    expect([0x1d400, 0x1d41a, 0x1d165, 0x1f600].map((cp) => SPECS.map(([, t]) => t(cp)))).toEqual([
      [true, true, false, false],
      [true, false, true, false],
      [false, false, false, true],
      [false, false, false, false],
    ]);
  });

  it('reads code points as a u pattern steps through a string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (text) => {
        const points: number[] = [];
        for (let i = 0; i < text.length; i += unitsOf(codePointAt(text, i))) {
          points.push(codePointAt(text, i));
        }
        expect(points).toEqual(Array.from(text, (ch) => ch.codePointAt(0)));
      }),
      { numRuns: 2000 },
    );
  });
});
