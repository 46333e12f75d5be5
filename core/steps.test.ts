import { describe, expect, it } from 'vitest';
import { drain, inSteps, type Steps } from './steps';

describe('steps', () => {
  it('drain runs steps to their end and returns the result', () => {
    let ran = 0;
    function* work(): Steps<string> {
      for (let i = 0; i < 3; i++) {
        ran++;
        yield;
      }
      return 'done';
    }
    expect(drain(work())).toBe('done');
    expect(ran).toBe(3);
  });

  it.each([
    [0, 2, [[], []]],
    [1, 2, [[0], []]],
    [4, 2, [[0], [1, 2], [3], []]],
    [5, 2, [[0], [1, 2], [3, 4], []]],
    [12, 8, [[0], [1, 2], [3, 4, 5, 6], [7, 8, 9, 10, 11], []]],
  ])(
    'inSteps over %i items, one then doubling up to %i per step, then a last yield: %j',
    (count, size, expected) => {
      const steps: number[][] = [[]];
      const pass = inSteps(count, size, (from, to) => {
        for (let i = from; i < to; i++) steps[steps.length - 1]!.push(i);
      });
      while (!pass.next().done) steps.push([]);
      expect(steps).toEqual(expected);
    },
  );
});
