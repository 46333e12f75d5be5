import { describe, expect, it } from 'vitest';
import { briefGroupsOf, createBriefSearcher } from './brief-search';
import {
  buildBriefSearchIndex,
  groupOfWord,
  loadAllBriefPostings,
  loadBriefPostings,
} from './brief-search-index';

// Brief i is texts[i]; oldest first, as the pack numbers them.
const texts = [
  'Peace talks on Syria open in Geneva.', // 0
  'A ceasefire in Syria is agreed in Geneva by Kerry and Lavrov.', // 1
  'An earthquake strikes Japan.', // 2
  'The Syrian ceasefire holds for a week.', // 3
  'Geneva hosts a watch fair.', // 4
  'Lavrov meets Kerry in Geneva about the Syria ceasefire.', // 5
  'Japan elects a new prime minister.', // 6
];
const searcher = createBriefSearcher(loadAllBriefPostings(buildBriefSearchIndex(texts)));
const ids = (query: string, options?: Parameters<typeof searcher.search>[1]) =>
  searcher.search(query, options).map((h) => h.index);

describe('brief search', () => {
  it('ranks briefs with every word first, newest first among equals', () => {
    expect(ids('geneva ceasefire syria').slice(0, 2)).toEqual([5, 1]);
    const top = searcher.search('geneva ceasefire syria')[0];
    expect(top).toMatchObject({ index: 5, complete: true });
    expect(top?.terms.sort()).toEqual(['ceasefire', 'geneva', 'syria']);
  });

  it('tolerates a typo and completes the word being typed', () => {
    expect(ids('ceasfire')).toEqual(expect.arrayContaining([1, 3, 5]));
    expect(ids('earthq')).toEqual([2]);
    expect(searcher.search('earthq')[0]?.terms).toEqual(['earthquake']);
  });

  it('filters by index range (a year) and by an entity’s briefs', () => {
    expect(ids('geneva', { range: [0, 2] }).sort()).toEqual([0, 1]);
    expect(ids('geneva', { within: [1, 4] }).sort()).toEqual([1, 4]);
    expect(ids('geneva', { within: [1, 4], range: [2, 7] })).toEqual([4]);
    // The filter is cleared between queries.
    expect(ids('geneva').sort()).toEqual([0, 1, 4, 5]);
  });

  it('returns nothing for an empty query or an unknown word, and honours the limit', () => {
    expect(ids('')).toEqual([]);
    expect(ids('zzzzzz')).toEqual([]);
    expect(ids('geneva', { limit: 2 })).toHaveLength(2);
  });
});

describe('brief search index', () => {
  it('round-trips terms and postings, counting briefs per term', () => {
    const p = loadAllBriefPostings(buildBriefSearchIndex(texts));
    expect(p.count).toBe(texts.length);
    const geneva = p.terms.indexOf('geneva');
    expect([...p.postings(geneva)]).toEqual([0, 1, 4, 5]);
    expect(p.df[geneva]).toBe(4);
    expect(p.terms).not.toContain('the');
  });

  it('splits postings by first letter, read only when a word needs them', () => {
    const files = buildBriefSearchIndex([...texts, 'Ōsaka and Zürich talk']);
    expect(Object.keys(files.groups).sort()).toEqual(
      [...new Set(loadBriefPostings(files.head).terms.map(groupOfWord))].sort(),
    );
    expect(groupOfWord('osaka')).toBe('o');
    expect(groupOfWord('東京')).toBe('_');
    const p = loadBriefPostings(files.head);
    const s = createBriefSearcher(p);
    expect(briefGroupsOf('Geneva ceasefire')).toEqual(['g', 'c']);
    expect(s.needs('geneva ceasefire')).toEqual(['g', 'c']);
    expect(s.search('geneva')).toEqual([]);
    expect(() => p.postings(p.terms.indexOf('geneva'))).toThrow(/not loaded/);
    p.addGroup('g', files.groups.g!);
    expect(s.needs('geneva')).toEqual([]);
    expect(s.search('geneva').map((h) => h.index)).toEqual([5, 4, 1, 0]);
    // No term starts with x: nothing to read.
    expect(s.needs('xylophone')).toEqual([]);
    expect(() => p.addGroup('g', new Uint8Array(1))).toThrow(/length/);
  });

  it('rejects another version or a cut head', () => {
    const { head } = buildBriefSearchIndex(texts);
    const other = head.slice();
    other[0] = 9;
    expect(() => loadBriefPostings(other)).toThrow(/version/);
    expect(() => loadBriefPostings(head.slice(0, head.length - 1))).toThrow(/length|varint/);
    expect(() => loadBriefPostings(new Uint8Array(3))).toThrow(/short/);
  });

  it('handles a pack without briefs', () => {
    const empty = createBriefSearcher(loadAllBriefPostings(buildBriefSearchIndex([])));
    expect(empty.search('geneva')).toEqual([]);
    expect(empty.needs('geneva')).toEqual([]);
  });
});
