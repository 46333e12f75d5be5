import { describe, expect, it } from 'vitest';
import { ratio, SampleTable } from './samples';

describe('SampleTable', () => {
  it('collects samples per key and metric, in run order', () => {
    const table = new SampleTable<'ours' | 'floor'>();
    table.add('gen-50k|bundled', { ours: 12, floor: 3 });
    table.add('gen-50k|bundled', { ours: 10, floor: undefined });
    table.add('gen-50k|bundled', { ours: 20 });
    expect(table.samples('gen-50k|bundled', 'ours')).toEqual([12, 10, 20]);
    expect(table.samples('gen-50k|bundled', 'floor')).toEqual([3]);
    expect(table.samples('other', 'ours')).toEqual([]);
    expect(table.toJSON()).toEqual({ 'gen-50k|bundled': { ours: [12, 10, 20], floor: [3] } });
  });

  it('prints the median with its spread, ignoring NaN samples', () => {
    const table = new SampleTable<'ms'>();
    for (const ms of [8, 10, 12, NaN]) table.add('a', { ms });
    table.add('one', { ms: 4 });
    expect(table.median('a', 'ms')).toBe(10);
    expect(table.cell('a', 'ms')).toBe('10.0 ±20%');
    expect(table.cell('one', 'ms')).toBe('4.00');
    expect(table.cell('none', 'ms')).toBe('—');
  });
});

describe('ratio', () => {
  it.each([
    [30, 10, '3.00×'],
    [1, 4, '0.25×'],
    [5, 0, '—'],
    [NaN, 2, '—'],
  ])('%d ÷ %d is %s', (a, b, expected) => {
    expect(ratio(a, b)).toBe(expected);
  });
});
