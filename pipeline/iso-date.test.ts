import { describe, expect, it } from 'vitest';
import { firstDay, isRealDate, lastDay, spansOverlap } from './iso-date';

describe('isRealDate', () => {
  it.each([
    ['2016-09-08', true],
    ['2016-02-29', true],
    ['2015-02-29', false],
    ['2016-02-30', false],
    ['2016-13', false],
    ['2016-00-10', false],
    ['2016-09-00', false],
    ['2015', true],
    ['2015-12', true],
    ['16-09-08', false],
    ['2016-9-8', false],
  ])('%s → %s', (text, real) => {
    expect(isRealDate(text)).toBe(real);
  });
});

describe('partial dates', () => {
  it('widen to their first and last day', () => {
    expect([firstDay('2015'), lastDay('2015')]).toEqual(['2015-01-01', '2015-12-31']);
    expect([firstDay('2015-10'), lastDay('2015-12')]).toEqual(['2015-10-01', '2015-12-31']);
    expect(lastDay('2016-02')).toBe('2016-02-29');
    expect(lastDay('2016-09-08')).toBe('2016-09-08');
  });

  it('overlap when they share a day; open ends are unbounded', () => {
    const aug26 = { start: '2016-08-26', end: '2016-08-26' };
    const sept = { start: '2016-09-08', end: '2016-09-09' };
    expect(spansOverlap(aug26, sept)).toBe(false);
    expect(spansOverlap({ start: '2016-08' }, sept)).toBe(true);
    expect(spansOverlap({ end: '2016-08' }, sept)).toBe(false);
    expect(spansOverlap({}, sept)).toBe(true);
  });
});
