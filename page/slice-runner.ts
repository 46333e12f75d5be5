/**
 * Runs generator tasks in slices of main-thread time: a task yields at safe
 * points, and the runner gives the page the thread back (scheduler.yield, or a
 * macrotask) once a slice has run `sliceMs`. A budget caps the time used per
 * window, so a page that changes forever gets at most a fixed share of the CPU
 * from us; over budget, the runner sleeps until the window ends.
 *
 * A task that reads computed style or layout yields `AFTER_FRAME` before such
 * reads: if the slice ends there, the next one starts right after the page's
 * next frame, when style and layout are clean. Resumed at any other moment,
 * the page's own changes since the frame would make our first read
 * recalculate them (tens of ms on a large page), charged to our slice.
 */

/** Yielded by a task whose next step reads style or layout (see above). */
export const AFTER_FRAME = 'after-frame';
/**
 * Yielded by a task that needs an answer from elsewhere (the background's spotting): the slice
 * ends there, and the next one starts once `until` settles. The wait is not main-thread time.
 */
export class Wait {
  constructor(readonly until: Promise<unknown>) {}
}
/** What a task yields at a safe point. */
export type Step = void | typeof AFTER_FRAME | Wait;
/** A task the runner can cut into slices. */
export type SliceTask<T> = Generator<Step, T, void>;

export interface SliceRunnerOptions {
  /**
   * Main-thread time per slice (default 4 ms, so the step that overruns it, and the style work a
   * frame leaves to it, stay under 10 ms: at 5 ms the sweep's longest task reached 10.3 ms on
   * 247sports.com in one run of three).
   */
  sliceMs?: number;
  /** Time we may use per window (default 150 ms). */
  budgetMs?: number;
  /** Budget window (default 1000 ms). */
  windowMs?: number;
  now?: () => number;
  /** Gives the thread back to the page between slices. */
  yieldToHost: () => Promise<void>;
  /** Resolves in a task right after the page's next frame (default: `yieldToHost`). */
  waitForFrame?: () => Promise<void>;
  /** Resolves after `ms` (through the content script context). */
  sleep: (ms: number) => Promise<void>;
  /** Aborts running tasks at their next slice. */
  signal?: AbortSignal;
  /**
   * Records each run as a User Timing measure of this name, from its start to
   * its end, with `detail: RunTiming` (the benchmarks read it); only the first
   * `MAX_RUN_MEASURES` runs, so a page that changes forever does not fill its
   * timeline. Default null: none. The timeline is the page's own, which its
   * scripts (and analytics) read: only the benches' builds name one.
   */
  measureName?: string | null;
  /** Where measures go (default: the global `performance`). */
  timeline?: Pick<Performance, 'measure'>;
}

/** The `detail` of a run's measure. */
export interface RunTiming {
  slices: number;
  /** Main-thread time of the run's slices, in ms. */
  busyMs: number;
  /** Its longest slice, in ms. */
  longestMs: number;
}

/** Runs recorded as measures per runner. */
export const MAX_RUN_MEASURES = 100;

export interface SliceStats {
  slices: number;
  /** The longest slice so far, in ms. */
  longestMs: number;
  /** Time used in the current budget window, in ms. */
  windowUsedMs: number;
  /** How often the budget made the runner wait. */
  throttled: number;
}

/**
 * Waits in a slice task for `promise`, and returns its value (or throws its error). A caller that
 * drains the task without waiting (`core/steps.ts drain`) gets a clear error instead of a result.
 */
export function* awaited<T>(promise: Promise<T>): SliceTask<T> {
  let outcome: { value: T } | { error: unknown } | undefined;
  const settled = promise.then(
    (value) => void (outcome = { value }),
    (error: unknown) => void (outcome = { error }),
  );
  yield new Wait(settled);
  if (!outcome) throw new Error('a slice task was resumed before the answer it waits for came');
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}

export interface SliceRunner {
  /** Runs `task` to its end in slices and resolves with its result. */
  run<T>(task: SliceTask<T>): Promise<T>;
  readonly stats: Readonly<SliceStats>;
}

/** Yields through `scheduler.yield` where the browser has it, else `macrotask`. */
export function hostYield(macrotask: () => Promise<void>): () => Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function' ? () => scheduler.yield!() : macrotask;
}

/** Creates a runner; tasks run one after another in the order `run` was called. */
export function createSliceRunner(options: SliceRunnerOptions): SliceRunner {
  const sliceMs = options.sliceMs ?? 4;
  const budgetMs = options.budgetMs ?? 150;
  const windowMs = options.windowMs ?? 1000;
  const now = options.now ?? (() => performance.now());
  const stats: SliceStats = { slices: 0, longestMs: 0, windowUsedMs: 0, throttled: 0 };
  let windowStart = now();
  let queue: Promise<unknown> = Promise.resolve();
  const measureName = options.measureName ?? null;
  let measured = 0;
  const record = (start: number, detail: RunTiming) => {
    if (measureName === null || measured >= MAX_RUN_MEASURES) return;
    measured++;
    (options.timeline ?? performance).measure(measureName, { start, end: now(), detail });
  };

  const checkAborted = () => {
    if (options.signal?.aborted) throw new DOMException('slice runner aborted', 'AbortError');
  };

  const waitForBudget = async () => {
    let t = now();
    if (t - windowStart >= windowMs) {
      windowStart = t;
      stats.windowUsedMs = 0;
    }
    if (stats.windowUsedMs < budgetMs) return;
    stats.throttled++;
    await options.sleep(windowStart + windowMs - t);
    t = now();
    windowStart = t;
    stats.windowUsedMs = 0;
  };

  const runNow = async <T>(task: SliceTask<T>): Promise<T> => {
    const run: RunTiming = { slices: 0, busyMs: 0, longestMs: 0 };
    const runStart = now();
    for (;;) {
      checkAborted();
      await waitForBudget();
      checkAborted();
      const start = now();
      let step = task.next();
      while (!step.done && !(step.value instanceof Wait) && now() - start < sliceMs) {
        step = task.next();
      }
      const spent = now() - start;
      stats.slices++;
      stats.longestMs = Math.max(stats.longestMs, spent);
      stats.windowUsedMs += spent;
      run.slices++;
      run.busyMs += spent;
      run.longestMs = Math.max(run.longestMs, spent);
      if (step.done) {
        record(runStart, run);
        return step.value;
      }
      if (step.value instanceof Wait) {
        await step.value.until.catch(() => undefined); // the task reads the outcome itself
        continue;
      }
      const frame = step.value === AFTER_FRAME && options.waitForFrame;
      await (frame ? frame() : options.yieldToHost());
    }
  };

  return {
    stats,
    run<T>(task: SliceTask<T>): Promise<T> {
      const result = queue.then(() => runNow(task));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
