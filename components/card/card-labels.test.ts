import { describe, expect, it } from 'vitest';
import { formatDate, isNewerThan, kindLabel, ruleLabel } from './card-labels';

describe('card labels', () => {
  it.each([
    ['person', 'Person'],
    ['call', 'Phone call'],
    ['summit', 'Summit'],
  ] as const)('kind %s reads %s', (kind, label) => {
    expect(kindLabel(kind)).toBe(label);
  });

  it('spells rules as words', () => {
    expect(ruleLabel('weak-supported_by-strong')).toBe('weak supported by strong');
  });

  it.each([
    ['2016-09-08', 'Sep 8, 2016'],
    ['2016-09', 'Sep 2016'],
    ['2016', '2016'],
    ['not a date', 'not a date'],
  ])('formats %s as %s', (iso, text) => {
    expect(formatDate(iso)).toBe(text);
  });

  it.each([
    ['2016-09-09', '2016-09-08', true],
    ['2016-09-08', '2016-09-08', false],
    ['2016-09', '2016-09-08', false],
    ['2017', '2016-09-08', true],
    [undefined, '2016-09-08', false],
  ])('page %s newer than evidence %s: %s', (page, asOf, newer) => {
    expect(isNewerThan(page, asOf)).toBe(newer);
  });
});
