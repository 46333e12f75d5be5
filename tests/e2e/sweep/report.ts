/** The sweep's table, per-page verdicts and summary line (pure). */

export interface SweepRow {
  page: string;
  browser: 'chromium' | 'firefox';
  mentions: number;
  entities: number;
  /** Our main-thread time: thread time, so the OS's preemption does not count (cpu-profile.ts); ms (Chromium only; null where not measured). */
  ms: number | null;
  /** The same by the samples alone (wall clock). */
  wallMs: number | null;
  /** Our time in our longest task: thread time, so the OS's preemption does not count (see cpu-profile.ts). */
  longestMs: number | null;
  /** The same by wall clock. */
  longestWallMs: number | null;
  errors: string[];
  requests: string[];
  domChanges: string[];
  layoutChanges: string[];
}

/** Why a page failed (empty when it passed). */
export function failures(row: SweepRow): string[] {
  const list = (what: string, items: string[]) => {
    const firstLines = items.slice(0, 3).map((item) => item.split('\n')[0]);
    return items.length ? [`${items.length} ${what}: ${firstLines.join(' | ')}`] : [];
  };
  return [
    ...list('errors', row.errors),
    ...list('requests', row.requests),
    ...list('DOM changes', row.domChanges),
    ...list('layout changes', row.layoutChanges),
  ];
}

const fixed = (n: number | null) => (n === null ? '–' : n.toFixed(1));

/** A markdown table: page, browser, mentions, entities, our time and longest task (thread, wall), result. */
export function formatTable(rows: readonly SweepRow[]): string {
  const header = [
    'page',
    'browser',
    'mentions',
    'entities',
    'ms',
    'wall ms',
    'longest task ms',
    'its wall ms',
    'result',
  ];
  const body = rows.map((r) => [
    r.page,
    r.browser,
    String(r.mentions),
    String(r.entities),
    fixed(r.ms),
    fixed(r.wallMs),
    fixed(r.longestMs),
    fixed(r.longestWallMs),
    failures(r).length ? 'FAIL' : 'ok',
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((row) => row[i]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] ?? 0) : 0;
};

/** The longest task of ours a page should see (issue 7's goal), ms. */
export const TASK_GOAL_MS = 10;

/** One line: pages, failures, mentions, our time and our longest tasks. */
export function summarize(rows: readonly SweepRow[]): string {
  const failed = rows.filter((r) => failures(r).length).length;
  const browsers = ['chromium', 'firefox'] as const;
  const per = browsers
    .map((b) => [b, rows.filter((r) => r.browser === b).length] as const)
    .filter(([, n]) => n)
    .map(([b, n]) => `${n} in ${b}`)
    .join(', ');
  const timed = rows.filter((r) => r.ms !== null);
  const ms = timed.map((r) => r.ms ?? 0);
  const msWall = timed.map((r) => r.wallMs ?? 0);
  const tasks = timed.map((r) => r.longestMs ?? 0);
  const over = tasks.filter((t) => t > TASK_GOAL_MS).length;
  const walls = timed.map((r) => r.longestWallMs ?? 0);
  const overWall = walls.filter((t) => t > TASK_GOAL_MS).length;
  const mentions = rows.reduce((n, r) => n + r.mentions, 0);
  return (
    `sweep: ${rows.length} pages (${per}), ${rows.length - failed} clean, ${failed} failing; ` +
    `${mentions} mentions; our time median ${median(ms).toFixed(1)} ms, worst ${Math.max(0, ...ms).toFixed(1)} ms ` +
    `(by wall clock: median ${median(msWall).toFixed(1)} ms, worst ${Math.max(0, ...msWall).toFixed(1)} ms); ` +
    `our longest task median ${median(tasks).toFixed(1)} ms, worst ${Math.max(0, ...tasks).toFixed(1)} ms, ` +
    `over ${TASK_GOAL_MS} ms on ${over} of ${timed.length} pages ` +
    `(by wall clock: median ${median(walls).toFixed(1)} ms, worst ${Math.max(0, ...walls).toFixed(1)} ms, over ${TASK_GOAL_MS} ms on ${overWall})`
  );
}
