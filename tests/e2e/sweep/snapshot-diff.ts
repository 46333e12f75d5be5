/**
 * Compares page snapshots (lists of lines, see dom-snapshot.ts) as multisets.
 * Pages with their own scripts are not fully deterministic, so the sweep keeps
 * only the differences that two separate comparisons agree on (`commonLines`).
 */

function counts(lines: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of lines) map.set(line, (map.get(line) ?? 0) + 1);
  return map;
}

/** The lines two lists share, as a multiset (a line twice in both is kept twice), in `a`'s order. */
export function commonLines(a: readonly string[], b: readonly string[]): string[] {
  const left = counts(b);
  return a.filter((line) => {
    const n = left.get(line) ?? 0;
    if (n) left.set(line, n - 1);
    return n > 0;
  });
}

export interface SnapshotDiff {
  /** Lines (one per extra occurrence) only in `ours`. */
  added: string[];
  /** Lines (one per missing occurrence) only in `base`. */
  removed: string[];
}

/** What `ours` has more or less of than `base`. */
export function diffSnapshots(ours: readonly string[], base: readonly string[]): SnapshotDiff {
  const co = counts(ours);
  const cb = counts(base);
  const added: string[] = [];
  const removed: string[] = [];
  for (const line of new Set([...co.keys(), ...cb.keys()])) {
    const delta = (co.get(line) ?? 0) - (cb.get(line) ?? 0);
    for (let i = 0; i < delta; i++) added.push(line);
    for (let i = 0; i < -delta; i++) removed.push(line);
  }
  return { added, removed };
}

/** Splits a layout line (`path x,y,w,h`) into its path and numbers. */
function box(line: string): { path: string; numbers: number[] } {
  const at = line.lastIndexOf(' ');
  return {
    path: line.slice(0, at),
    numbers: line
      .slice(at + 1)
      .split(',')
      .map(Number),
  };
}

/**
 * The layout difference, less the pairs that only moved by rounding: boxes are
 * rounded to whole pixels, so an element at y = 2659.5 can read 2659 on one
 * side and 2660 on the other without anything having moved. An added and a
 * removed line with the same path whose numbers all differ by at most 1 px
 * cancel out.
 */
export function diffLayout(ours: readonly string[], base: readonly string[]): SnapshotDiff {
  const { added, removed } = diffSnapshots(ours, base);
  const left = [...removed];
  const kept = added.filter((line) => {
    const a = box(line);
    const i = left.findIndex((other) => {
      const b = box(other);
      return (
        b.path === a.path &&
        b.numbers.length === a.numbers.length &&
        b.numbers.every((n, k) => Math.abs(n - a.numbers[k]!) <= 1)
      );
    });
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
  return { added: kept, removed: left };
}
