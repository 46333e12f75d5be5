/**
 * One list of briefs from the two copies. Where both cover a day (2025–26),
 * the linked copy's brief is kept (it has links, outlet URLs, and the words
 * the archive lost with its formatting) and the archive's copy of the same
 * brief is dropped: same day, and at least `SAME_BRIEF` of their words shared.
 * An archive brief the linked day lacks is kept.
 */
import type { Brief } from '../../core/brief';

export const SAME_BRIEF = 0.7;

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

export interface MergedBriefs {
  briefs: Brief[];
  /** Archive briefs dropped as copies of linked ones. */
  duplicates: number;
}

/** Both copies' briefs, sorted by date then file order; duplicates dropped. */
export function mergeCopies(archive: readonly Brief[], linked: readonly Brief[]): MergedBriefs {
  const linkedByDay = new Map<string, Set<string>[]>();
  for (const b of linked) {
    const day = linkedByDay.get(b.date) ?? [];
    day.push(wordSet(b.text));
    linkedByDay.set(b.date, day);
  }
  let duplicates = 0;
  const kept = archive.filter((b) => {
    const day = linkedByDay.get(b.date);
    if (!day) return true;
    const words = wordSet(b.text);
    const copy = day.some((w) => overlap(words, w) >= SAME_BRIEF);
    if (copy) duplicates++;
    return !copy;
  });
  const briefs = [...kept, ...linked].sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line,
  );
  return { briefs, duplicates };
}
