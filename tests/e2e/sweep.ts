/**
 * `npm run sweep [-- --limit N] [-- --only TEXT] [-- --firefox N] [-- --json FILE]`
 *
 * The robustness sweep: every saved page of tests/fixtures/real-pages/ in
 * Chromium (and a smaller set in Firefox) with the built extension, the pages'
 * own scripts on and every non-loopback request aborted. Per page: no error
 * from the extension, the DOM and layout unchanged apart from <backstory-ui>,
 * no request made by the extension; our main-thread time and longest task.
 * Prints a table and a summary line, writes the rows as JSON, exits 1 on any
 * failing page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ensureBuilt } from '../../browser-harness/build';
import { repoRoot } from '../../browser-harness/paths';
import { allRealPages, firefoxPages, spread } from './sweep/pages';
import { failures, formatTable, summarize, type SweepRow } from './sweep/report';
import { runSweep } from './sweep/run-sweep';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const only = option('only');
const match = (page: string) => !only || page.includes(only);
const limit = Number(option('limit') ?? Infinity);
const chromiumPages = spread(allRealPages().filter(match), limit);
const firefox = firefoxPages.filter(match).slice(0, Number(option('firefox') ?? Infinity));
const jsonPath = resolve(option('json') ?? join(repoRoot, 'test-results/sweep.json'));

ensureBuilt();
const total = chromiumPages.length + firefox.length;
let done = 0;
const started = Date.now();
const rows = await runSweep({
  chromiumPages,
  firefoxPages: firefox,
  onRow(row: SweepRow) {
    done++;
    const time =
      row.ms === null
        ? ''
        : ` ${row.ms.toFixed(1)} ms (wall ${row.wallMs?.toFixed(1)}; longest ${row.longestMs?.toFixed(1)}, wall ${row.longestWallMs?.toFixed(1)})`;
    const verdict = failures(row).length ? 'FAIL' : 'ok';
    console.log(
      `[${done}/${total}] ${row.browser} ${row.page}: ${row.mentions} mentions${time} ${verdict}`,
    );
  },
});

console.log(`\n${formatTable(rows)}\n`);
for (const row of rows) {
  for (const why of failures(row)) console.log(`FAIL ${row.browser} ${row.page}: ${why}`);
}
mkdirSync(dirname(jsonPath), { recursive: true });
writeFileSync(jsonPath, JSON.stringify(rows, null, 2));
console.log(`rows written to ${jsonPath}; ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(summarize(rows));
process.exit(rows.some((r) => failures(r).length) ? 1 : 0);
