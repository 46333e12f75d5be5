import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startsWithDate } from './byline-date';

// The pattern the scanner implements, as the RegExp it replaced (the spec).
const SPEC =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d{1,2}\b|\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{4}-\d{2}-\d{2}\b|\d{1,2}\/\d{1,2}\/\d{2,4}\b)/iu;

// Pieces dates are made of, and the characters that break or bend them.
const PIECES = [
  'Thu', 'thursday', 'SUN', 'ſun', 'Sept', 'sep', 'ſep', 'September', 'MAY', 'Dec', 'jan', 'Mon',
  '8', '08', '123', '2016', '12345', '9', '16', '-', '/', '.', ',', ' ', '  ', '\n', '\u00a0',
  '\u2009', '\u3000', '\ufeff', '\u200b', 'x', '_', 'K', '\u212a', 'é', '\u0345', '\u0301',
  '\u{1d400}', '😀', 'th', 'st',
]; // prettier-ignore

// Date shapes, slot by slot: mostly what fits, sometimes what breaks it.
const slot = (...options: string[]) => fc.constantFrom(...options);
const DAY = slot('', '', 'Thu, ', 'thursday ', 'ſun. ', 'Mon,', 'Tue.,\n', 'Wed x ', 'Fri\u0345 ', 'sat😀 ', 'Thu,,'); // prettier-ignore
const MONTH = slot('Sept', 'sep', 'ſep', 'MAY', 'Dec', 'Jan', 'Oct\u{1d400}', 'x', '8');
const LETTERS = slot('', '', 'ember', 'é', '\u0345', '\u0301', '😀');
const DOT = slot('', '', '.', ',');
const SPACE = slot(' ', '  ', '\u00a0', '\u3000', '\ufeff', '\n', '', '\u200b');
const DIGITS = slot('8', '08', '1', '12', '123', '2016', '12345', 'x');
const SEP = slot('-', '/', '-', '/', '.', '');
const TAIL = slot('', ',', ' 2016', 'th', 'x', '_', '\u212a', 'ſ', '5', '/');
const shape = (...slots: fc.Arbitrary<string>[]) =>
  fc.tuple(...slots).map((parts) => parts.join(''));
const SHAPED = fc.oneof(
  shape(DAY, MONTH, LETTERS, DOT, SPACE, DIGITS, TAIL),
  shape(DAY, DIGITS, DOT, SPACE, MONTH, TAIL),
  shape(DAY, DIGITS, SEP, DIGITS, SEP, DIGITS, TAIL),
);

describe('startsWithDate', () => {
  it.each([
    ['September 8, 2016', true],
    ['Thu, Sep 8', true],
    ['Thursday Sept. 8 2016', true],
    ['8 Sept', true],
    ['2016-09-08', true],
    ['9/8/16', true],
    ['9/8/16x', false],
    ['123 Sept', false],
    ['Monday', false],
    ['Washington', false],
  ])('%j → %s', (line, date) => {
    expect(startsWithDate(line)).toBe(date);
  });

  it('agrees with the pattern on random text made of date pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }), (pieces) => {
        const line = pieces.join('');
        expect(startsWithDate(line)).toBe(SPEC.test(line));
      }),
      { numRuns: 10000 },
    );
  });

  it('agrees with the pattern on random date-shaped text', () => {
    fc.assert(
      fc.property(SHAPED, (line) => {
        expect(startsWithDate(line)).toBe(SPEC.test(line));
      }),
      { numRuns: 10000 },
    );
  });
});
