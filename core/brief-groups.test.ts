import { describe, expect, it } from 'vitest';
import { groupBriefHits, isExactName, rankEntities } from './brief-groups';
import type { BriefHit } from './brief-search';
import type { EntityCard } from './pack';

const card = (id: string, name: string, briefs: number[], last: string, aliases: string[] = []) =>
  ({ id, name, aliases, briefs, span: { first: '2010-01-01', last } }) as unknown as EntityCard;
const syria = card('syria', 'Syria', [1, 2, 5, 9], '2024-12-01');
const war = card('syrian-civil-war', 'Syrian civil war', [2, 3, 9], '2025-01-01');
const talks = card('geneva-talks', 'Geneva talks on Syria', [5], '2016-09-09', ['Geneva II']);
const hit = (index: number): BriefHit => ({ index, score: 1, terms: [], complete: true });

describe('rankEntities', () => {
  it('puts the exact name first, then the most recent, then the most briefs', () => {
    expect(rankEntities([war, talks, syria], 'syria').map((e) => e.id)).toEqual([
      'syria',
      'syrian-civil-war',
      'geneva-talks',
    ]);
    expect(rankEntities([syria, talks], 'Geneva II').map((e) => e.id)).toEqual([
      'geneva-talks',
      'syria',
    ]);
  });

  it('matches names word for word, ignoring case and accents', () => {
    expect(isExactName(syria, 'SYRÍA')).toBe(true);
    expect(isExactName(syria, 'syr')).toBe(false);
    expect(isExactName(syria, '')).toBe(false);
  });
});

describe('groupBriefHits', () => {
  it('puts each hit under the first card holding it, the rest last', () => {
    const groups = groupBriefHits([9, 5, 3, 7].map(hit), [syria, war]);
    expect(groups.map((g) => [g.entity?.id, g.hits.map((h) => h.index)])).toEqual([
      ['syria', [9, 5]],
      ['syrian-civil-war', [3]],
      [undefined, [7]],
    ]);
  });

  it('leaves out cards with no hit, and is empty for no hits', () => {
    expect(groupBriefHits([hit(5)], [war, talks]).map((g) => g.entity?.id)).toEqual([
      'geneva-talks',
    ]);
    expect(groupBriefHits([], [syria])).toEqual([]);
  });
});
