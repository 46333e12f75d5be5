import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzyMatches, prefixRange } from './search-dictionary';

const TERMS = [
  'geneva',
  'genève',
  'lavrov',
  'lavrova',
  'lawrow',
  'talks',
  'taken',
  'tall',
  'zz',
].sort();

function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length]!;
}

describe('prefixRange', () => {
  it.each([
    ['ta', ['taken', 'talks', 'tall']],
    ['tal', ['talks', 'tall']],
    ['lavrov', ['lavrov', 'lavrova']],
    ['x', []],
    ['', TERMS],
  ])('%j → %j', (prefix, expected) => {
    const [start, end] = prefixRange(TERMS, prefix);
    expect(TERMS.slice(start, end)).toEqual(expected);
  });
});

describe('fuzzyMatches', () => {
  it.each([
    ['lavrof', 1, ['lavrov']],
    ['lavrof', 2, ['lavrov', 'lavrova', 'lawrow']],
    ['talk', 1, ['talks', 'tall']],
    ['', 2, ['zz']],
  ])('%j within %i → %j', (query, max, expected) => {
    expect(fuzzyMatches(TERMS, query, max).map((m) => TERMS[m.index])).toEqual(expected);
  });

  it('agrees with a brute-force Levenshtein on random dictionaries', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 7 });
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { maxLength: 40 }),
        word,
        fc.integer({ min: 0, max: 2 }),
        (list, q, max) => {
          const terms = [...list].sort();
          const expected = terms.flatMap((t, index) => {
            const distance = levenshtein(t, q);
            return distance <= max ? [{ index, distance }] : [];
          });
          expect(fuzzyMatches(terms, q, max)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('fuzzyMatches within a range', () => {
  it('only looks at terms in the range (same first letter)', () => {
    const terms = ['bavrov', 'lavrov', 'lavrova', 'tavrov'];
    const [start, end] = prefixRange(terms, 'l');
    expect(fuzzyMatches(terms, 'lavrof', 1, start, end)).toEqual([{ index: 1, distance: 1 }]);
    expect(fuzzyMatches(terms, 'lavrof', 1).map((m) => terms[m.index])).toEqual(['lavrov']);
  });
});
