import { describe, expect, it } from 'vitest';
import { drain, eachInSteps, type Steps } from './steps';

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
    [4, 2, [[0, 1], [2, 3], [], []]],
    [5, 2, [[0, 1], [2, 3], [4], []]],
  ])('eachInSteps over %i items, %i per step, then a last yield: %j', (count, size, expected) => {
    const steps: number[][] = [[]];
    const items = Array.from({ length: count }, (_, i) => i);
    const pass = eachInSteps(items, size, (item) => steps[steps.length - 1]!.push(item));
    while (!pass.next().done) steps.push([]);
    expect(steps).toEqual(expected);
  });
});
