import { describe, expect, it } from 'vitest';
import { monthOf, pickTimeline, roleAsOf, shardBriefs, timelineWindow } from './brief-timeline';
import type { PackBrief } from './pack';

const brief = (date: string): PackBrief => ({ date, text: date, outlets: [] });
const briefs = [
  '2016-08-30',
  '2016-09-01',
  '2016-09-08',
  '2016-09-09',
  '2016-10-01',
  '2017-01-05',
].map(brief);

describe('shardBriefs', () => {
  it('cuts the briefs into shards and indexes the first brief of each month', () => {
    const { index, shards } = shardBriefs(briefs, 4);
    expect(shards.map((s) => [s.first, s.briefs.length])).toEqual([
      [0, 4],
      [4, 2],
    ]);
    expect(index).toEqual({
      count: 6,
      shardSize: 4,
      months: [
        ['2016-08', 0],
        ['2016-09', 1],
        ['2016-10', 4],
        ['2017-01', 5],
      ],
    });
    expect([0, 1, 3, 4, 5].map((i) => monthOf(i, index.months))).toEqual([
      '2016-08',
      '2016-09',
      '2016-09',
      '2016-10',
      '2017-01',
    ]);
  });
});

describe('pickTimeline', () => {
  const { index } = shardBriefs(briefs, 4);
  const all = [0, 1, 2, 3, 4, 5];
  const dateOf = (i: number) => briefs[i]?.date;

  it('splits at the day: on or before it, newest first; after it, oldest first', () => {
    expect(pickTimeline(all, '2016-09-08', dateOf, index.months, { before: 2, after: 2 })).toEqual({
      asOf: '2016-09-08',
      before: [2, 1],
      after: [3, 4],
      earlier: 1,
      later: 1,
    });
  });

  it('needs only the dates of the window it asked for', () => {
    const window = timelineWindow(all, '2016-09-08', index.months, { before: 1, after: 1 });
    const known = (i: number) => (window.includes(i) ? briefs[i]!.date : undefined);
    expect(window).toEqual([0, 1, 2, 3, 4]);
    expect(
      pickTimeline(all, '2016-09-08', known, index.months, { before: 1, after: 1 }),
    ).toMatchObject({
      before: [2],
      after: [3],
    });
  });

  it('puts everything before a date after the last brief, and after one before the first', () => {
    expect(pickTimeline(all, '2026-01-01', dateOf, index.months).after).toEqual([]);
    expect(pickTimeline(all, '2001-01-01', dateOf, index.months).before).toEqual([]);
  });
});

describe('roleAsOf', () => {
  it('is undefined without roles', () => expect(roleAsOf([], '2016-01-01')).toBeUndefined());
});
