import { describe, expect, it } from 'vitest';
import { diffSnapshots, sameSnapshot, unstableLines } from './snapshot-diff';

describe('diffSnapshots', () => {
  const cases = [
    { name: 'identical', ours: ['a', 'b'], base: ['b', 'a'], added: [], removed: [] },
    {
      name: 'an inserted node',
      ours: ['a', 'mark', 'b'],
      base: ['a', 'b'],
      added: ['mark'],
      removed: [],
    },
    {
      name: 'a split text',
      ours: ['a', 'x', 'y'],
      base: ['a', 'xy'],
      added: ['x', 'y'],
      removed: ['xy'],
    },
    {
      name: 'one more of a repeated line',
      ours: ['p', 'p', 'p'],
      base: ['p', 'p'],
      added: ['p'],
      removed: [],
    },
  ];
  it.each(cases)('$name', ({ ours, base, added, removed }) => {
    expect(diffSnapshots(ours, base)).toEqual({ added, removed });
  });

  it('ignores lines that change between loads without the extension', () => {
    const base1 = ['a', 'clock 10:01'];
    const base2 = ['a', 'clock 10:02'];
    const ours = ['a', 'clock 10:03', 'mark'];
    const unstable = unstableLines(base1, base2);
    expect([...unstable].sort()).toEqual(['clock 10:01', 'clock 10:02']);
    // "clock 10:03" is new and not known as unstable, so it still counts.
    expect(diffSnapshots(ours, base1, unstable)).toEqual({
      added: ['clock 10:03', 'mark'],
      removed: [],
    });
  });

  it('sameSnapshot', () => {
    expect(sameSnapshot({ added: [], removed: [] })).toBe(true);
    expect(sameSnapshot({ added: ['x'], removed: [] })).toBe(false);
  });
});
