import { describe, expect, it } from 'vitest';
import { commonLines, diffLayout, diffSnapshots } from './snapshot-diff';

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

describe('diffLayout', () => {
  const img = 'html>body>div>a>img';
  it.each([
    {
      name: 'a box that only rounded the other way',
      ours: [`${img} 954,2659,18,20`],
      base: [`${img} 954,2660,18,20`],
      added: [],
      removed: [],
    },
    {
      name: 'a box moved by 2 px',
      ours: [`${img} 954,2658,18,20`],
      base: [`${img} 954,2660,18,20`],
      added: [`${img} 954,2658,18,20`],
      removed: [`${img} 954,2660,18,20`],
    },
    {
      name: 'a box 1 px off but on another element',
      ours: [`html>body>p 954,2659,18,20`],
      base: [`${img} 954,2660,18,20`],
      added: [`html>body>p 954,2659,18,20`],
      removed: [`${img} 954,2660,18,20`],
    },
    {
      name: 'a new box beside a rounded one',
      ours: [`${img} 0,0,10,10`, `${img} 954,2659,18,20`],
      base: [`${img} 954,2660,18,20`],
      added: [`${img} 0,0,10,10`],
      removed: [],
    },
  ])('$name', ({ ours, base, added, removed }) => {
    expect(diffLayout(ours, base)).toEqual({ added, removed });
  });
});
