import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineWords, pageWords } from './title-case';

// The pattern lineWords reads by hand (the spec).
const WORDS = /[\p{L}][\p{L}\p{M}'’-]*/gu;

// Letters, marks, joiners and breakers, astral and lone surrogates included.
const PIECES = [
  'Putin', 'blasts', 'O’Neill', "rock'n'roll", 'al-Assad', '-', "'", '’', ' ', ',', '.', '7',
  'e\u0301', '\u0301', '\u0345', 'ǅ', 'ß', 'Ж', '日本', '\u{1d400}', '\u{1d165}', '😀', '\ud835',
  '\udc00', '_', '\u00a0', '²', 'Ⅻ',
]; // prettier-ignore

describe('lineWords', () => {
  it.each([
    ['Putin Blasts Critics', ['Putin', 'Blasts', 'Critics']],
    ['O’Neill’s rock-n-roll, 2016', ['O’Neill’s', 'rock-n-roll']],
    ['-x 7y', ['x', 'y']],
  ])('%j', (line, words) => {
    expect(lineWords(line)).toEqual(words);
  });

  it('reads what the pattern matches, on random lines', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }), (pieces) => {
        const line = pieces.join('');
        expect(lineWords(line)).toEqual(line.match(WORDS) ?? []);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('pageWords', () => {
  //                        1         2         3         4         5
  //              012345678901234567890123456789012345678901234567890123456789
  const text = 'Putin Blasts Critics Of The War\nalex Putin said it blasts.';
  const words = pageWords(text);

  it('tells title-case lines from prose', () => {
    expect(words.isTitleCaseLine(0)).toBe(true);
    expect(words.isTitleCaseLine(40)).toBe(false);
  });

  it('knows the words the page writes in lowercase', () => {
    expect(words.usedInLowercase('Blasts')).toBe(true);
    expect(words.usedInLowercase('Critics')).toBe(false);
  });
});
