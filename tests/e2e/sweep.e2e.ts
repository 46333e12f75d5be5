// The robustness sweep as tests: one test per saved page and browser, so
// `npm test` counts them. By default 40 pages spread over the 170 (a few
// minutes); SWEEP_LIMIT=N sweeps N (CI: 100), SWEEP_LIMIT=all every page.
// `npm run sweep` is the same sweep over every page with a full table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRealPages, firefoxPages, spread } from './sweep/pages';
import { failures, formatTable, summarize, type SweepRow } from './sweep/report';
import { openSweep, type SweepSession } from './sweep/run-sweep';

const DEFAULT_LIMIT = 40;
const FIREFOX_PAGES = 4;
const limit =
  process.env.SWEEP_LIMIT === 'all' ? Infinity : Number(process.env.SWEEP_LIMIT ?? DEFAULT_LIMIT);
const chromiumPages = spread(allRealPages(), limit);
const firefox = spread(firefoxPages, Math.min(FIREFOX_PAGES, limit));

let session: SweepSession;
const rows: SweepRow[] = [];

beforeAll(async () => {
  session = await openSweep();
});
afterAll(async () => {
  await session?.close();
  if (rows.length) console.log(`\n${formatTable(rows)}\n${summarize(rows)}`);
});

describe.each([
  { browser: 'chromium' as const, pages: chromiumPages },
  { browser: 'firefox' as const, pages: firefox },
])('sweep in $browser', ({ browser, pages }) => {
  it.each(pages)(
    '%s: no error, DOM or layout change, or request from the extension',
    async (page) => {
      const row = await session[browser](page);
      rows.push(row);
      // The reasons in the message: CI prints only the first line of a failure.
      const why = failures(row);
      expect(why, why.join(' / ')).toEqual([]);
    },
    // The first page of each browser also starts two browsers.
    180_000,
  );
});
