/**
 * Our main-thread time from a V8 CPU profile (CDP `Profiler.stop`): every sample
 * whose stack holds a frame of the extension's scripts is ours, including the DOM
 * work those frames call into. A "task" is a run of consecutive samples that are
 * ours; the longest run approximates our longest task.
 */

/** The fields of a CDP `Profiler.Profile` that we read. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ScriptTime {
  /** Total sampled time with our code on the stack, ms. */
  totalMs: number;
  /** The longest run of consecutive samples that were ours, ms. */
  longestMs: number;
}

/** Time attributed to scripts whose URL starts with `urlPrefix` (e.g. `chrome-extension://ID/`). */
export function scriptTime(profile: CpuProfile, urlPrefix: string): ScriptTime {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
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

  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let time = profile.startTime;
  const stamps = samples.map((_, i) => (time += deltas[i] ?? 0));
  let total = 0;
  let run = 0;
  let longest = 0;
  samples.forEach((id, i) => {
    const next = stamps[i + 1] ?? profile.endTime;
    const duration = Math.max(0, next - (stamps[i] ?? next));
    if (ours(id)) {
      total += duration;
      run += duration;
      longest = Math.max(longest, run);
    } else {
      run = 0;
    }
  });
  return { totalMs: total / 1000, longestMs: longest / 1000 };
}
