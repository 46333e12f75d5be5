/**
 * Our main-thread time from a V8 CPU profile (CDP `Profiler.stop`): every sample
 * whose stack holds a frame of the extension's scripts is ours, including the DOM
 * work those frames call into. With the renderer's tasks from a trace (same clock),
 * our longest task is the task holding the most of our time; without them, the
 * longest run of consecutive samples that are ours. The sweep and the benchmarks
 * (bench/browser/chromium-scan.ts) both measure through this file.
 *
 * A sample lasts until the next one, so a thread the OS took off the CPU in the
 * middle of our work leaves one sample of several ms (on the 2-core test
 * machine, 5–40 ms: two browsers, the test runner and the page's own threads
 * share it). Our time in a task is therefore also capped at the task's thread
 * time from the trace: the main-thread time the task really ran. Both our total
 * and our longest task are measured so; the samples alone are kept beside them
 * (`totalWallMs`, `longestWallMs`). In a sweep of 40 pages (3 loads each), the
 * samples alone gave one page 66 and 150 ms, the capped time 21 and 22 ms.
 */

/** The fields of a CDP `Profiler.Profile` that we read. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** A main-thread task from a trace (`RunTask`), in µs on the profile's clock. */
export interface TraceTask {
  pid: number;
  start: number;
  end: number;
  /** Thread (CPU) time of the task, µs; the wall time `end - start` when not traced. */
  cpu?: number;
}

/** A span of time in µs: [start, end). */
export type Span = [number, number];

export interface ScriptTime {
  /**
   * Our main-thread time, ms: the sampled time with our code on the stack, capped in each task
   * of our renderer by the thread time that task ran (time outside its tasks counts as sampled).
   */
  totalMs: number;
  /** The same by the samples alone: includes time the thread was off the CPU, ms. */
  totalWallMs: number;
  /** Our main-thread time in the task where we spent the most: wall time capped by thread time, ms. */
  longestMs: number;
  /** The same by wall clock alone (includes time the thread was off the CPU), ms. */
  longestWallMs: number;
}

/**
 * The spans of the profile's samples whose stack holds a frame of a script
 * whose URL starts with `urlPrefix`, consecutive samples joined, in time order.
 */
export function ourSpans(profile: CpuProfile, urlPrefix: string): Span[] {
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

/**
 * Our time in `task`, ms: `wallMs`, the parts of our spans (in time order)
 * inside it; `ms`, the same capped by the task's thread time. A task that ran
 * a frame holds the page's own style, layout and paint beside our frame
 * callback: only our spans count.
 */
export function ourTimeIn(task: TraceTask, spans: readonly Span[]): { ms: number; wallMs: number } {
  let wall = 0;
  for (const [a, b] of spans) {
    if (a >= task.end) break;
    if (b > task.start) wall += Math.min(b, task.end) - Math.max(a, task.start);
  }
  const cpu = task.cpu ?? task.end - task.start;
  return { wallMs: wall / 1000, ms: Math.min(wall, cpu) / 1000 };
}

/** Our time in each task of the renderer that ran our spans (the one whose tasks hold the most). */
function timesInOurRenderer(
  spans: readonly Span[],
  tasks: readonly TraceTask[],
): { ms: number; wallMs: number }[] {
  // Traces hold every renderer; ours is the one whose tasks hold the most of our time.
  const byPid = new Map<number, { ms: number; wallMs: number }[]>();
  for (const task of tasks) {
    const times = byPid.get(task.pid) ?? [];
    if (!times.length) byPid.set(task.pid, times);
    times.push(ourTimeIn(task, spans));
  }
  const wallOf = (times: { wallMs: number }[]) => times.reduce((sum, t) => sum + t.wallMs, 0);
  let ours: { ms: number; wallMs: number }[] = [];
  for (const times of byPid.values()) if (wallOf(times) > wallOf(ours)) ours = times;
  return ours;
}

/** Time attributed to scripts whose URL starts with `urlPrefix` (e.g. `chrome-extension://ID/`). */
export function scriptTime(
  profile: CpuProfile,
  urlPrefix: string,
  tasks?: readonly TraceTask[],
): ScriptTime {
  const spans = ourSpans(profile, urlPrefix);
  const wall = spanMs(spans);
  if (!tasks?.length) {
    const run = Math.max(0, ...spans.map(([a, b]) => b - a)) / 1000;
    return { totalMs: wall, totalWallMs: wall, longestMs: run, longestWallMs: run };
  }
  const times = timesInOurRenderer(spans, tasks);
  const inTasks = times.reduce((sum, t) => sum + t.wallMs, 0);
  return {
    totalMs: times.reduce((sum, t) => sum + t.ms, 0) + Math.max(0, wall - inTasks),
    totalWallMs: wall,
    longestMs: Math.max(0, ...times.map((t) => t.ms)),
    longestWallMs: Math.max(0, ...times.map((t) => t.wallMs)),
  };
}
