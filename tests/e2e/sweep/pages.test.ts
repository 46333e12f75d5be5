import { describe, expect, it } from 'vitest';
import { spread } from './pages';

describe('spread', () => {
  it.each([
    { list: [1, 2, 3, 4, 5, 6], n: 3, want: [1, 3, 5] },
    { list: [1, 2, 3], n: 5, want: [1, 2, 3] },
    { list: [1, 2, 3], n: 0, want: [] },
  ])('$n of $list', ({ list, n, want }) => expect(spread(list, n)).toEqual(want));
});
