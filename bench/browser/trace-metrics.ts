/**
 * Reads a Chromium trace (CDP `Tracing`, JSON events) and a V8 CPU profile
 * (CDP `Profiler`) of one page load: which main-thread tasks ran our code,
 * the longest of them, layouts our code forced, and when the next frame was
 * committed after a point in time. Both use the same clock (microseconds).
 */
import type { CpuProfile } from '../../tests/e2e/sweep/cpu-profile';

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

/** A span of time in µs: [start, end). */
export type Span = [number, number];

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

/**
 * Sample spans of a CPU profile whose stack holds a frame of a script whose
 * URL starts with `urlPrefix` (the DOM work those frames call into counts).
 */
export function profileSpans(profile: CpuProfile, urlPrefix: string): Span[] {
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const memo = new Map<number, boolean>();
  const ours = (id: number): boolean => {
    let result = memo.get(id);
    if (result !== undefined) return result;
    const up = parent.get(id);
    result = !!byId.get(id)?.callFrame.url.startsWith(urlPrefix) || (up !== undefined && ours(up));
    memo.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const stamps: number[] = [];
  let time = profile.startTime;
  for (let i = 0; i < samples.length; i++) stamps.push((time += deltas[i] ?? 0));
  const spans: Span[] = [];
  samples.forEach((id, i) => {
    if (!ours(id)) return;
    const from = stamps[i]!;
    const to = Math.max(from, stamps[i + 1] ?? profile.endTime);
    const last = spans[spans.length - 1];
    if (last && last[1] === from) last[1] = to;
    else spans.push([from, to]);
  });
  return spans;
}

/** Total length of spans, in ms. */
export const spanMs = (spans: readonly Span[]): number =>
  spans.reduce((sum, [a, b]) => sum + (b - a), 0) / 1000;

/** Duration of an event in ms. */
export const durMs = (e: TraceEvent): number => (e.dur ?? 0) / 1000;

/** Main-thread (CPU) time of an event in ms; its duration where the trace has no thread time. */
export const threadMs = (e: TraceEvent): number => (e.tdur ?? e.dur ?? 0) / 1000;

/**
 * Our time in `task`, ms: `wallMs`, the parts of our sample spans (sorted)
 * inside it; `ms`, the same capped by the task's thread time. A task that
 * ran a frame holds the page's own style, layout and paint beside our frame
 * callback: only our spans count, as in the sweep (tests/e2e/sweep/cpu-profile.ts).
 */
export function oursInTask(
  task: TraceEvent,
  spans: readonly Span[],
): { ms: number; wallMs: number } {
  const from = task.ts;
  const to = end(task);
  let wall = 0;
  for (const [a, b] of spans) {
    if (a >= to) break;
    if (b > from) wall += Math.min(b, to) - Math.max(a, from);
  }
  return { wallMs: wall / 1000, ms: Math.min(wall / 1000, threadMs(task)) };
}
