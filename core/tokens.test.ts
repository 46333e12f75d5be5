import { describe, expect, it } from 'vitest';
import { aliasKeys, joinedTokenStart, tokenEnd, tokenRuns } from './tokens';

const keys = (text: string): string[][] => tokenRuns(text).map((run) => run.map((t) => t.key));

describe('tokenRuns', () => {
  it.each<[string, string, string[][]]>([
    ['spaces of any kind join', 'John\u00a0Kerry\u2009said', [['john', 'kerry', 'said']]],
    ['one line break joins, two do not', 'John\nKerry\n\nsaid', [['john', 'kerry'], ['said']]],
    [
      'one hyphen, dash or apostrophe joins',
      'al-Assad US–Russia Lavrov’s',
      [['al', 'assad', 'us', 'russia', 'lavrov', 's']],
    ],
    ['a comma ends a run', 'Kerry, Lavrov', [['kerry'], ['lavrov']]],
    // A sentence's dot stays in the run as a token: no alias has `lavrov . putin`.
    ['a dot is a token of its own', 'Lavrov. Putin', [['lavrov', '.', 'putin']]],
    ['a dot after a word is a token', 'U.S. State', [['u', '.', 's', '.', 'state']]],
    ['diacritics and case fold', 'Sergéi ÉLYSÉE', [['sergei', 'elysee']]],
    ['digits stay in the word', 'EFG2016 G20', [['efg2016', 'g20']]],
  ])('%s', (_name, text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});

describe('token boundaries', () => {
  it.each<[string, number, number]>([
    // 0123456789
    ['Kerry said', 0, 5],
    ['U.S.', 1, 2],
    ['U.S.', 0, 1],
  ])('tokenEnd(%j, %d) is %d', (text, start, end) => {
    expect(tokenEnd(text, start)).toBe(end);
  });

  it.each<[string, number, number]>([
    // 0123456789012
    ['John Kerry', 4, 5],
    ['John, Kerry', 4, -1],
    ['al-Assad', 2, 3],
    ['a--b', 1, -1],
    ['U.S.', 1, 1],
    ['U.S.', 2, 2],
    ['end', 3, -1],
  ])('joinedTokenStart(%j, %d) is %d', (text, end, next) => {
    expect(joinedTokenStart(text, end)).toBe(next);
  });
});

describe('aliasKeys', () => {
  it('folds an alias into trie keys', () => {
    expect(aliasKeys('Bashar al-Assad')).toEqual(['bashar', 'al', 'assad']);
    expect(aliasKeys('U.S.')).toEqual(['u', '.', 's', '.']);
  });

  it.each(['Washington, D.C.', '"Kerry"', 'A (B)', ''])('rejects %j', (alias) => {
    expect(() => aliasKeys(alias)).toThrow(/must be words joined/);
  });
});
