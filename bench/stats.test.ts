import { describe, expect, it } from 'vitest';
import { fmt, measure, median, spread } from './stats';

describe('bench stats', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])('median of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('spread is the median absolute deviation over the median', () => {
    expect(spread([10, 10, 10])).toBe(0);
    expect(spread([8, 10, 12])).toBeCloseTo(0.2);
  });

  it('measure takes the asked number of samples', () => {
    let calls = 0;
    const timing = measure(() => calls++, { runs: 5, warmup: 2 });
    expect(timing.samples).toHaveLength(5);
    expect(calls).toBe(7);
  });

  it('formats', () => {
    expect(fmt.pct(0.314)).toBe('31%');
    expect(fmt.mb(3 * 1024 * 1024)).toBe('3.00 MB');
    expect(fmt.x(1.234)).toBe('1.23×');
  });
});
