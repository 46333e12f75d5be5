import { describe, expect, it } from 'vitest';
import { commonLines, diffSnapshots } from './snapshot-diff';

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
});

describe('commonLines', () => {
  it.each([
    { a: ['+ x', '- y'], b: ['+ x'], want: ['+ x'] },
    { a: ['+ p', '+ p', '+ q'], b: ['+ p', '+ q', '+ r'], want: ['+ p', '+ q'] },
    { a: ['+ clock 10:01'], b: ['+ clock 10:02'], want: [] },
  ])('keeps what $a and $b share', ({ a, b, want }) => {
    expect(commonLines(a, b)).toEqual(want);
  });
});
