import { describe, expect, it } from 'vitest';
import { buildMatcherPack, type SpotEntityInput } from '../../core/matcher-pack';
import { alternation, compareMatches, packAliases } from './match-check';

const entities: SpotEntityInput[] = [
  {
    id: 'john-kerry',
    name: 'John Kerry',
    kind: 'person',
    aliases: [
      { text: 'John Kerry', strength: 'strong' },
      { text: 'Kerry', strength: 'weak' },
    ],
    related: [],
  },
  {
    id: 'geneva-talks',
    name: 'Geneva talks',
    kind: 'talks',
    aliases: [{ text: 'Geneva talks', strength: 'weak', generic: true }],
    related: [],
  },
];

describe('packAliases', () => {
  it('reads every alias of a matcher pack with its strength', () => {
    const pack = buildMatcherPack(entities, { schema: 1, hash: 'test' });
    expect(packAliases(pack)).toEqual([
      { text: 'John Kerry', strong: true, generic: false },
      { text: 'Kerry', strong: false, generic: false },
      { text: 'Geneva talks', strong: false, generic: true },
    ]);
  });
});

describe('alternation', () => {
  const find = (aliases: string[], text: string) => {
    const { source, flags } = alternation(aliases);
    return [...text.matchAll(new RegExp(source, flags))].map((m) => m[0]);
  };

  it.each([
    // a longer name wins where two start together, whole words only, case as written
    [['Kerry', 'John Kerry'], 'John Kerry met Kerry', ['John Kerry', 'Kerry']],
    [['Putin'], 'computing Putin’s PUTIN putin', ['Putin']],
    // `\b` after a final dot needs a word next: `U.S.` never matches (so names only are compared)
    [['U.S.', 'US'], 'the U.S. and US-led USA', ['US']],
    [['a+b (c)'], 'x a+b (c) y', []],
  ])('%j in %j finds %j', (aliases, text, expected) => {
    expect(find(aliases, text)).toEqual(expected);
  });

  it('escapes regex syntax and drops duplicates', () => {
    expect(alternation(['a.b', 'a.b', '(x)'])).toEqual({
      source: '\\b(?:\\(x\\)|a\\.b)\\b',
      flags: 'g',
    });
  });
});

describe('compareMatches', () => {
  it('is the same for the same texts in the same order', () => {
    expect(compareMatches(['Kerry', 'Lavrov'], ['Kerry', 'Lavrov'])).toEqual({
      same: true,
      ours: 2,
      theirs: 2,
      onlyOurs: [],
      onlyTheirs: [],
    });
  });

  it('tells which texts only one side found', () => {
    expect(compareMatches(['Kerry', 'Kerry', 'Lavrov'], ['Kerry', 'Syria', 'Lavrov'])).toEqual({
      same: false,
      ours: 3,
      theirs: 3,
      onlyOurs: ['Kerry'],
      onlyTheirs: ['Syria'],
    });
  });

  it('is not the same in another order', () => {
    const m = compareMatches(['Kerry', 'Lavrov'], ['Lavrov', 'Kerry']);
    expect(m.same).toBe(false);
    expect(m.onlyOurs).toEqual([]);
    expect(m.onlyTheirs).toEqual([]);
  });

  it('lists at most `limit` differences', () => {
    expect(compareMatches(['a', 'b', 'c'], [], 2).onlyOurs).toEqual(['a', 'b']);
  });
});
