import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDatelineHead } from './dateline-head';

// The pattern the scanner implements, as the RegExp it replaced (the spec).
const SP = '[ \\t\\u00a0\\u2009\\u202f]';
const CAPS = "\\p{Lu}[\\p{Lu}\\p{M}]*(?:[.'’-]\\p{Lu}[\\p{Lu}\\p{M}]*)*\\.?";
const REGION = "(?:\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\.\\p{Lu}[\\p{L}\\p{M}]*)*\\.?|\\d{1,4})";
const AGENCY = "\\(\\p{L}[\\p{L}\\p{M}.&' ]{0,30}\\)";
const DASH = '[\\u2012-\\u2015]|--?';
const SPEC = new RegExp(
  `(${CAPS}(?:${SP}${CAPS}){0,3})` +
    `(,${SP}+${REGION}(?:,?${SP}+${REGION}){0,4})?` +
    `(?:${SP}*(${AGENCY}))?` +
    `(?:(${SP}*)(${DASH}))?`,
  'uy',
);

function bySpec(text: string, at: number) {
  SPEC.lastIndex = at;
  const m = SPEC.exec(text);
  if (!m) return undefined;
  const [whole, place, region, agency, dashSpace, dash] = m;
  return { whole, place, region, agency, dashSpace, dash };
}

/** Strips undefined fields, so both sides compare field by field. */
const plain = (head: object | undefined) =>
  head && Object.fromEntries(Object.entries(head).filter(([, v]) => v !== undefined));

// Pieces datelines are made of, and the characters that break them.
const PIECES = [
  'WASHINGTON', 'ST.', 'LOUIS', 'N’DJAMENA', "O'HARE", 'WINSTON-SALEM', 'U.S.', 'SÃO', 'PAULO',
  'A', 'É', 'Ǆ', 'Calif.', 'D.C.', 'Sept.', '8', '2016', '12345', 'Lebanon', 'al-Quds', 'x',
  '(AP)', '(Reuters)', '(AFP & Wires)', '(', ')', '(a' + 'b'.repeat(40) + ')',
  ' ', '  ', '\t', '\u00a0', '\u2009', ',', ', ', '.', '—', '–', '‒', '-', '--', ' - ', '\n',
  '(A' + 'b'.repeat(31) + ')', '(A' + 'b'.repeat(30) + ')', 'AB CD EF GH', 'AB CD EF GH IJ',
  ', Ab Cd Ef Gh Ij', ', Ab, Cd Ef Gh Ij Kl', ', 1 2 3 4 5 6', ', 12345', 'The', 'the', 'Ke\u0301rry', 'A\u0301B', '日本', '’', "'",
]; // prettier-ignore

describe('readDatelineHead', () => {
  it.each([
    ['WASHINGTON (AP) — The White House', { whole: 'WASHINGTON (AP) —', place: 'WASHINGTON', agency: '(AP)', dashSpace: ' ', dash: '—' }],
    ['BEIRUT, Lebanon – Syria', { whole: 'BEIRUT, Lebanon –', place: 'BEIRUT', region: ', Lebanon', dashSpace: ' ', dash: '–' }],
    ['ST. LOUIS - x', { whole: 'ST. LOUIS -', place: 'ST. LOUIS', dashSpace: ' ', dash: '-' }],
    ['Washington said', { whole: 'W', place: 'W' }], // dateline.ts wants 3 capitals
    ['washington said', undefined],
  ])('%j', (text, head) => {
    expect(plain(readDatelineHead(text, 0))).toEqual(head);
  }); // prettier-ignore

  it('reads what the pattern matches, on random text made of dateline pieces', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }),
        fc.nat(3),
        (pieces, skip) => {
          const text = pieces.join('');
          const at = Math.min(skip, text.length);
          expect(plain(readDatelineHead(text, at))).toEqual(plain(bySpec(text, at)));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
