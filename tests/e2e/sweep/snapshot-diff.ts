/**
 * Compares page snapshots (lists of lines, see dom-snapshot.ts) as multisets.
 * Pages with their own scripts are not fully deterministic, so a line whose count
 * differs between two loads of the page without the extension is "unstable" and
 * ignored: what remains can only be explained by the extension.
 */

function counts(lines: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of lines) map.set(line, (map.get(line) ?? 0) + 1);
  return map;
}

/** Lines whose number of occurrences differs between two snapshots of the same page. */
export function unstableLines(a: readonly string[], b: readonly string[]): Set<string> {
  const ca = counts(a);
  const cb = counts(b);
  const unstable = new Set<string>();
  for (const line of new Set([...ca.keys(), ...cb.keys()])) {
    if ((ca.get(line) ?? 0) !== (cb.get(line) ?? 0)) unstable.add(line);
  }
  return unstable;
}

export interface SnapshotDiff {
  /** Lines (one per extra occurrence) only in `ours`. */
  added: string[];
  /** Lines (one per missing occurrence) only in `base`. */
  removed: string[];
}

/** What `ours` has more or less of than `base`, skipping `unstable` lines. */
export function diffSnapshots(
  ours: readonly string[],
  base: readonly string[],
  unstable: ReadonlySet<string> = new Set(),
): SnapshotDiff {
  const co = counts(ours);
  const cb = counts(base);
  const added: string[] = [];
  const removed: string[] = [];
  for (const line of new Set([...co.keys(), ...cb.keys()])) {
    if (unstable.has(line)) continue;
    const delta = (co.get(line) ?? 0) - (cb.get(line) ?? 0);
    for (let i = 0; i < delta; i++) added.push(line);
    for (let i = 0; i < -delta; i++) removed.push(line);
  }
  return { added, removed };
}

/** True when the diff is empty. */
export const sameSnapshot = (diff: SnapshotDiff) => !diff.added.length && !diff.removed.length;
