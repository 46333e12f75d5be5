import { describe, expect, it } from 'vitest';
import { indexTerms, queryTerms, tokenize } from './search-terms';

describe('tokenize', () => {
  it('keeps offsets and normalizes case and diacritics', () => {
    //         0123456789012345678
    const text = 'Sergéy Lavrov’s G20';
    expect(tokenize(text)).toEqual([
      { start: 0, end: 6, term: 'sergey' },
      { start: 7, end: 13, term: 'lavrov' },
      { start: 14, end: 15, term: 's' },
      { start: 16, end: 19, term: 'g20' },
    ]);
  });
});

describe('indexTerms and queryTerms', () => {
  it.each([
    ['The Group of 20 summit', ['group', '20', 'summit']],
    ['Lavrov’s deal', ['lavrov', 'deal']],
    ['al-Assad', ['al', 'assad']],
  ])('indexes %j as %j', (text, terms) => {
    expect(indexTerms(text)).toEqual(terms);
  });

  it.each([
    ['secretary of state', ['secretary', 'state']],
    ['geneva ta', ['geneva', 'ta']],
    ['kerry and', ['kerry', 'and']],
    ['  ', []],
  ])('queries %j as %j (the last word kept as a prefix)', (query, terms) => {
    expect(queryTerms(query)).toEqual(terms);
  });
});
