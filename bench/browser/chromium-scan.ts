/**
 * One measured page load in Chromium, with the extension (our scan, from
 * the content script's first sample to its last task) or without it (a
 * baseline operation run in the page: the bare walk or mark.js), each traced
 * and profiled so both sides are read the same way.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../../browser-harness/chromium';
import { readBackstoryHighlights } from '../../browser-harness/highlights';
import { ourSpans, ourTimeIn, spanMs } from '../../browser-harness/cpu-profile';
import { taskOf } from '../../browser-harness/task-trace';
import { attachProbe, type Recording } from './chromium-probe';
import { nextFrame, type OpResult } from './in-page';
import * as trace from './trace-metrics';

export interface OursRun {
  /** Main-thread time with our code on the stack (CPU profile), ms. */
  cpuMs: number;
  /** From our first sample to the end of our last task, ms. */
  wallMs: number;
  /** Our time in the task where we spent the most, ms: our samples capped by its thread time. */
  longestTaskMs: number;
  /** The same by wall clock (our samples alone), ms. */
  longestTaskWallMs: number;
  /** Our tasks over 10 ms of main-thread time. */
  longTasks: number;
  forcedLayouts: number;
  forcedStyles: number;
  /** End of our last task to the end of the next frame's commit, ms. */
  frameMs: number;
  /** The slice runner's own account of the first (full) scan. */
  scan?: { busyMs: number; longestMs: number; slices: number; wallMs: number };
  /** Highlighted ranges on the page afterwards. */
  drawn: number;
}

export interface BaselineRun extends OpResult {
  /** The task that ran the operation, ms. */
  taskMs: number;
  /** End of that task to the end of the next frame's commit, ms. */
  frameMs: number;
}

const require = createRequire(import.meta.url);
/** mark.js's browser build, injected into baseline pages. */
export const markJsSource = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');

/**
 * tsx compiles with esbuild's keepNames, which wraps named inner functions in
 * `__name(fn, "name")`; functions handed to `page.evaluate` then need it in the page.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';

/** Lets functions compiled by tsx run in the session's pages. */
export async function prepareSession(session: ChromiumSession): Promise<void> {
  await session.context.addInitScript({ content: KEEP_NAMES_SHIM });
}

const LONG_TASK_MS = 10;
const QUIET_MS = 400;

/** Waits for the first `backstory-task` measure, then until none is added for QUIET_MS. */
export async function waitForScan(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('backstory-task').length > 0,
    null,
    {
      timeout: timeoutMs,
      polling: 50,
    },
  );
  let count = -1;
  for (;;) {
    const now = await page.evaluate(() => performance.getEntriesByName('backstory-task').length);
    if (now === count) return;
    count = now;
    await new Promise((r) => setTimeout(r, QUIET_MS));
  }
}

function analyseOurs(rec: Recording, prefix: string): Omit<OursRun, 'scan' | 'drawn'> {
  const thread = trace.mainThreadOf(rec.events, 'backstory-task');
  if (!thread) throw new Error('no backstory-task measure in the trace');
  const spans = ourSpans(rec.profile, prefix);
  const tasks = trace.tasksWith(trace.tasksOf(rec.events, thread), spans);
  const ours = tasks.map((t) => ourTimeIn(taskOf(t), spans));
  const last = tasks[tasks.length - 1];
  const lastEnd = last ? last.ts + (last.dur ?? 0) : 0;
  const forced = trace.forcedInside(rec.events, thread, tasks);
  const commit = trace.nextCommitEnd(rec.events, thread, lastEnd);
  return {
    cpuMs: spanMs(spans),
    wallMs: spans.length ? (lastEnd - spans[0]![0]) / 1000 : 0,
    longestTaskMs: Math.max(0, ...ours.map((t) => t.ms)),
    longestTaskWallMs: Math.max(0, ...ours.map((t) => t.wallMs)),
    longTasks: ours.filter((t) => t.ms > LONG_TASK_MS).length,
    forcedLayouts: forced.layouts.length,
    forcedStyles: forced.styles.length,
    frameMs: commit === undefined ? NaN : (commit - lastEnd) / 1000,
  };
}

/** A blank page for `tab` to rest on between loads: a little text, so our scan of it ends at once. */
export const BLANK_PAGE = '<!doctype html><title>blank</title><p>Blank.</p>';

/**
 * Loads `url` in `tab` (a tab of the session with the extension, reused from
 * load to load) and measures our scan. The tab first rests on `blankUrl` on
 * the same origin, which keeps the renderer (and the profiler) across the load.
 */
export async function measureOurs(
  session: ChromiumSession,
  tab: Page,
  url: string,
  blankUrl: string,
  timeoutMs = 90_000,
): Promise<OursRun> {
  await tab.goto(blankUrl);
  await waitForScan(tab, 5000);
  const probe = await attachProbe(tab);
  try {
    const rec = await probe.record(async () => {
      await tab.goto(url, { waitUntil: 'load' });
      await waitForScan(tab, timeoutMs);
      await tab.evaluate(nextFrame);
    });
    const scan = await tab.evaluate(() => {
      const first = performance.getEntriesByName('backstory-task')[0] as PerformanceMeasure;
      const d = first.detail as { busyMs: number; longestMs: number; slices: number };
      return { ...d, wallMs: first.duration };
    });
    const drawn = (await readBackstoryHighlights(tab)).reduce((n, h) => n + h.texts.length, 0);
    return { ...analyseOurs(rec, `chrome-extension://${session.extensionId}/`), scan, drawn };
  } finally {
    await probe.dispose();
  }
}

/** An operation run in the page by `page.evaluate`. */
export type PageOp = (page: Page) => Promise<OpResult>;

/**
 * Loads `url` in `tab` (a tab of the session without the extension, reused),
 * injects mark.js, and runs each of `ops` in turn (give DOM-changing ones
 * last), each traced and profiled as our scan is.
 */
export async function measureBaseline(
  tab: Page,
  url: string,
  ops: readonly PageOp[],
): Promise<BaselineRun[]> {
  await tab.goto(url, { waitUntil: 'load' });
  await tab.evaluate(markJsSource);
  const probe = await attachProbe(tab);
  try {
    const out: BaselineRun[] = [];
    for (const op of ops) {
      await tab.evaluate(nextFrame);
      let result: OpResult | undefined;
      const rec = await probe.record(async () => {
        result = await op(tab);
        await tab.evaluate(nextFrame);
        await tab.evaluate(() => performance.clearMeasures('bench-op'));
      });
      out.push({ ...result!, ...analyseOp(rec) });
    }
    return out;
  } finally {
    await probe.dispose();
  }
}

function analyseOp(rec: Recording): { taskMs: number; frameMs: number } {
  const thread = trace.mainThreadOf(rec.events, 'bench-op');
  if (!thread) throw new Error('no bench-op measure in the trace');
  const mark = rec.events.find((e) => e.name === 'bench-op' && e.pid === thread.pid)!;
  const task = trace
    .tasksOf(rec.events, thread)
    .find((t) => t.ts <= mark.ts && mark.ts <= t.ts + (t.dur ?? 0));
  if (!task) return { taskMs: NaN, frameMs: NaN };
  const end = task.ts + (task.dur ?? 0);
  const commit = trace.nextCommitEnd(rec.events, thread, end);
  return { taskMs: trace.durMs(task), frameMs: commit === undefined ? NaN : (commit - end) / 1000 };
}
