/**
 * Our main-thread time from a V8 CPU profile (CDP `Profiler.stop`): every sample
 * whose stack holds a frame of the extension's scripts is ours, including the DOM
 * work those frames call into. With the renderer's tasks from a trace (same clock),
 * our longest task is the task holding the most of our time; without them, the
 * longest run of consecutive samples that are ours.
 *
 * A sample lasts until the next one, so a thread the OS took off the CPU in the
 * middle of our work leaves one sample of several ms (on the 2-core test
 * machine, 5–40 ms: two browsers, the test runner and the page's own threads
 * share it). Our time in a task is therefore also capped at the task's thread
 * time from the trace: the main-thread time the task really ran.
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

export interface ScriptTime {
  /** Total sampled time with our code on the stack, ms. */
  totalMs: number;
  /** Our main-thread time in the task where we spent the most: wall time capped by thread time, ms. */
  longestMs: number;
  /** The same by wall clock alone (includes time the thread was off the CPU), ms. */
  longestWallMs: number;
}

interface Sample {
  at: number;
  duration: number;
  ours: boolean;
}

/** Each sample with its time (µs), duration and whether our code is on its stack. */
function samplesOf(profile: CpuProfile, urlPrefix: string): Sample[] {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const memo = new Map<number, boolean>();
  const ours = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result =
      !!node && (node.callFrame.url.startsWith(urlPrefix) || (up !== undefined && ours(up)));
    memo.set(id, result);
    return result;
  };
  const ids = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let time = profile.startTime;
  const stamps = ids.map((_, i) => (time += deltas[i] ?? 0));
  return ids.map((id, i) => {
    const at = stamps[i] ?? profile.endTime;
    const next = stamps[i + 1] ?? profile.endTime;
    return { at, duration: Math.max(0, next - at), ours: ours(id) };
  });
}

/** Longest run of consecutive samples that are ours, µs. */
function longestRun(samples: Sample[]): number {
  let run = 0;
  let longest = 0;
  for (const s of samples) {
    run = s.ours ? run + s.duration : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** Our time in the busiest task of the renderer that ran our samples, µs: capped by thread time, and wall. */
function busiestTask(samples: Sample[], tasks: readonly TraceTask[]): [number, number] {
  const mine = samples.filter((s) => s.ours);
  const inside = (t: TraceTask, s: Sample) => s.at >= t.start && s.at < t.end;
  // Traces hold every renderer; ours is the one whose tasks contain our samples.
  const pids = [...new Set(tasks.map((t) => t.pid))];
  const hits = (pid: number) =>
    mine.filter((s) => tasks.some((t) => t.pid === pid && inside(t, s))).length;
  const pid = pids.sort((a, b) => hits(b) - hits(a))[0];
  let longest = 0;
  let longestWall = 0;
  for (const task of tasks.filter((t) => t.pid === pid)) {
    // A sample's time ends at the task's end at the latest.
    const wall = mine
      .filter((s) => inside(task, s))
      .reduce((sum, s) => sum + Math.min(s.duration, task.end - s.at), 0);
    longest = Math.max(longest, Math.min(wall, task.cpu ?? task.end - task.start));
    longestWall = Math.max(longestWall, wall);
  }
  return [longest, longestWall];
}

/** Time attributed to scripts whose URL starts with `urlPrefix` (e.g. `chrome-extension://ID/`). */
export function scriptTime(
  profile: CpuProfile,
  urlPrefix: string,
  tasks?: readonly TraceTask[],
): ScriptTime {
  const samples = samplesOf(profile, urlPrefix);
  const total = samples.filter((s) => s.ours).reduce((sum, s) => sum + s.duration, 0);
  const run = longestRun(samples);
  const [longest, wall] = tasks?.length ? busiestTask(samples, tasks) : [run, run];
  return { totalMs: total / 1000, longestMs: longest / 1000, longestWallMs: wall / 1000 };
}
