import { describe, expect, it } from 'vitest';
import { failures, formatTable, summarize, type SweepRow } from './report';

const clean: SweepRow = {
  page: 'a.html',
  browser: 'chromium',
  mentions: 3,
  entities: 2,
  ms: 4.25,
  wallMs: 9,
  longestMs: 2,
  longestWallMs: 12.5,
  errors: [],
  requests: [],
  domChanges: [],
  layoutChanges: [],
};
const dirty: SweepRow = {
  ...clean,
  page: 'b.html',
  browser: 'firefox',
  ms: null,
  wallMs: null,
  longestMs: null,
  longestWallMs: null,
  errors: ['exception: boom\n    at content.js:1:2'],
  domChanges: ['+ html data-x="1"', '- html'],
};

describe('failures', () => {
  it('is empty for a clean page', () => expect(failures(clean)).toEqual([]));
  it('names each kind of problem with a count and examples', () => {
    expect(failures(dirty)).toEqual([
      '1 errors: exception: boom',
      '2 DOM changes: + html data-x="1" | - html',
    ]);
  });
});

describe('formatTable', () => {
  it('draws an aligned markdown table with a verdict per page', () => {
    expect(formatTable([clean, dirty]).split('\n')).toEqual([
      '| page   | browser  | mentions | entities | ms  | wall ms | longest task ms | its wall ms | result |',
      '| ------ | -------- | -------- | -------- | --- | ------- | --------------- | ----------- | ------ |',
      '| a.html | chromium | 3        | 2        | 4.3 | 9.0     | 2.0             | 12.5        | ok     |',
      '| b.html | firefox  | 3        | 2        | –   | –       | –               | –           | FAIL   |',
    ]);
  });
});

describe('summarize', () => {
  it('counts pages per browser and failures, and sums up our time', () => {
    expect(summarize([clean, dirty])).toBe(
      'sweep: 2 pages (1 in chromium, 1 in firefox), 1 clean, 1 failing; 6 mentions; ' +
        'our time median 4.3 ms, worst 4.3 ms (by wall clock: median 9.0 ms, worst 9.0 ms); ' +
        'our longest task median 2.0 ms, worst 2.0 ms, over 10 ms on 0 of 1 pages ' +
        '(by wall clock: median 12.5 ms, worst 12.5 ms, over 10 ms on 1)',
    );
  });
});
