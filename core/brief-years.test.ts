import { describe, expect, it } from 'vitest';
import { briefsByYear, yearRange, yearRanges } from './brief-years';
import type { BriefIndex } from './brief-timeline';

const index: BriefIndex = {
  count: 10,
  shardSize: 4,
  months: [
    ['2015-12', 0],
    ['2016-01', 2],
    ['2016-09', 5],
    ['2018-03', 8],
  ],
};

describe('yearRanges', () => {
  it('turns the month table into one index range per year', () => {
    expect(yearRanges(index)).toEqual([
      { year: '2015', start: 0, end: 2 },
      { year: '2016', start: 2, end: 8 },
      { year: '2018', start: 8, end: 10 },
    ]);
  });

  it('finds one year, and none for a year without briefs', () => {
    expect(yearRange(index, '2016')).toEqual([2, 8]);
    expect(yearRange(index, '2017')).toBeUndefined();
    expect(yearRanges({ count: 0, months: [] })).toEqual([]);
  });
});

describe('briefsByYear', () => {
  it('groups indices by year, newest year and brief first, with counts per month', () => {
    const years = briefsByYear([1, 2, 3, 6, 9], index.months);
    expect(years.map((y) => [y.year, y.briefs])).toEqual([
      ['2018', [9]],
      ['2016', [6, 3, 2]],
      ['2015', [1]],
    ]);
    expect(years[1]?.months).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
  });
});
