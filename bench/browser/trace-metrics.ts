/**
 * Reads a Chromium trace (CDP `Tracing`, JSON events) of one page load: which
 * main-thread tasks ran our code (sample spans of a V8 CPU profile on the
 * same clock, from browser-harness/cpu-profile.ts, which also measures our
 * time in each), layouts our code forced, and when the next frame was
 * committed after a point in time. Times in microseconds.
 */
import type { Span } from '../../browser-harness/cpu-profile';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs: `dur` less the time the OS kept the thread off the CPU. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

export interface Thread {
  pid: number;
  tid: number;
}

const end = (e: TraceEvent): number => e.ts + (e.dur ?? 0);
const on = (t: Thread) => (e: TraceEvent) => e.pid === t.pid && e.tid === t.tid;

/** Events that run JavaScript: style or layout nested in them was forced by a script. */
const SCRIPT_EVENTS = new Set([
  'FunctionCall',
  'EvaluateScript',
  'RunMicrotasks',
  'TimerFire',
  'FireAnimationFrame',
  'v8.callFunction',
  'v8.run',
  'V8.Execute',
]);

/** The renderer main thread that recorded a user-timing event named `marker`. */
export function mainThreadOf(events: readonly TraceEvent[], marker: string): Thread | undefined {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name')
      .filter((e) => (e.args as { name?: string } | undefined)?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const hit = events.find((e) => e.name === marker && mains.has(`${e.pid}:${e.tid}`));
  return hit ? { pid: hit.pid, tid: hit.tid } : undefined;
}

/** Top-level tasks of a thread (`RunTask`), in time order. */
export function tasksOf(events: readonly TraceEvent[], thread: Thread): TraceEvent[] {
  return events
    .filter(on(thread))
    .filter((e) => e.ph === 'X' && e.name === 'RunTask')
    .sort((a, b) => a.ts - b.ts);
}

/** The tasks during which any of `spans` ran (spans sorted by start). */
export function tasksWith(tasks: readonly TraceEvent[], spans: readonly Span[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  let i = 0;
  for (const task of tasks) {
    while (i < spans.length && spans[i]![1] <= task.ts) i++;
    if (i < spans.length && spans[i]![0] < end(task)) out.push(task);
  }
  return out;
}

/** Style recalculations and layouts run synchronously inside a script, within `tasks`. */
export function forcedInside(
  events: readonly TraceEvent[],
  thread: Thread,
  tasks: readonly TraceEvent[],
): { layouts: TraceEvent[]; styles: TraceEvent[] } {
  const mine = events.filter(on(thread)).filter((e) => e.ph === 'X');
  const scripts = mine.filter((e) => SCRIPT_EVENTS.has(e.name));
  const inTask = (e: TraceEvent) => tasks.some((t) => e.ts >= t.ts && end(e) <= end(t));
  const inScript = (e: TraceEvent) => scripts.some((s) => e.ts >= s.ts && end(e) <= end(s));
  const forced = (name: string) => mine.filter((e) => e.name === name && inTask(e) && inScript(e));
  return { layouts: forced('Layout'), styles: forced('UpdateLayoutTree') };
}

/** The end of the first frame committed on `thread` at or after `after` (µs), if any. */
export function nextCommitEnd(
  events: readonly TraceEvent[],
  thread: Thread,
  after: number,
): number | undefined {
  let best: number | undefined;
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'Commit' || e.ts < after || !on(thread)(e)) continue;
    if (best === undefined || e.ts < best) best = e.ts;
  }
  const commit = events.find((e) => e.ph === 'X' && e.name === 'Commit' && e.ts === best);
  return commit && end(commit);
}

/** Duration of an event in ms. */
export const durMs = (e: TraceEvent): number => (e.dur ?? 0) / 1000;
