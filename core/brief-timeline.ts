/**
 * The briefs as the extension ships them, and a card's timeline as of a date.
 *
 * The pipeline writes every brief, oldest first, into numbered shards of
 * BRIEF_SHARD_SIZE (`briefs/<n>.json`, extension files that the background
 * reads on demand): a brief's global index says which shard holds it. The
 * cards pack keeps only each card's brief indices and a month table, so a
 * card's timeline as of a page's date needs the few shards around that date.
 * Pure; no DOM, no `browser`.
 */
import type { DatedRole, PackBrief } from './pack';

/**
 * About two weeks of news (~70 KB): an extension's own files come slowly to
 * its worker (in Chromium here ~10 ms for a file of 30 KB, ~40 ms for 512 KB,
 * about 5 ms each when ten are read at once), and a card's nine briefs lie in
 * up to nine shards.
 */
export const BRIEF_SHARD_SIZE = 250;

/** Where the briefs are: their count, shard size and the first index of each month. */
export interface BriefIndex {
  count: number;
  shardSize: number;
  /** `[YYYY-MM, first brief index of that month]`, in order. */
  months: [string, number][];
}

/** One shard file: the briefs from global index `first` on. */
export interface BriefShard {
  first: number;
  briefs: PackBrief[];
}

/** The extension path of shard `n`. */
export function briefShardPath(n: number): string {
  return `briefs/${n}.json`;
}

/** How many shards hold the briefs `index` describes. */
export function briefShardCount(index: BriefIndex): number {
  return Math.ceil(index.count / index.shardSize);
}

export function shardOf(index: number, shardSize: number): number {
  return Math.floor(index / shardSize);
}

/** Splits briefs (oldest first) into shards and their index. */
export function shardBriefs(
  briefs: readonly PackBrief[],
  shardSize = BRIEF_SHARD_SIZE,
): { index: BriefIndex; shards: BriefShard[] } {
  const months: [string, number][] = [];
  briefs.forEach((b, i) => {
    const month = b.date.slice(0, 7);
    if (months.length === 0 || months[months.length - 1]![0] !== month) months.push([month, i]);
  });
  const shards: BriefShard[] = [];
  for (let first = 0; first < briefs.length; first += shardSize) {
    shards.push({ first, briefs: briefs.slice(first, first + shardSize) });
  }
  return { index: { count: briefs.length, shardSize, months }, shards };
}

/** The month (`YYYY-MM`) of brief `index`, from the month table. */
export function monthOf(index: number, months: BriefIndex['months']): string {
  let lo = 0;
  let hi = months.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (months[mid]![1] <= index) lo = mid;
    else hi = mid - 1;
  }
  return months[lo]?.[0] ?? '';
}

/** How many briefs a timeline shows before and after its date. */
export interface TimelineSize {
  before: number;
  after: number;
}
export const CARD_TIMELINE: TimelineSize = { before: 6, after: 3 };
/** How many more briefs up to the date one "what came before" request asks for. */
export const EARLIER_STEP = 20;

/**
 * The brief indices a timeline as of `asOf` may need, before the exact dates
 * are known: up to `before` of the months before, every brief of `asOf`'s
 * month, and `after` beyond it. `indices` are oldest first.
 */
export function timelineWindow(
  indices: readonly number[],
  asOf: string,
  months: BriefIndex['months'],
  size: TimelineSize = CARD_TIMELINE,
): number[] {
  const month = asOf.slice(0, 7);
  const firstAt = lowerBound(indices, (i) => monthOf(i, months) >= month);
  const firstAfter = lowerBound(indices, (i) => monthOf(i, months) > month);
  return indices.slice(Math.max(0, firstAt - size.before), firstAfter + size.after);
}

/** A card's briefs as of a date: the latest ones up to it, then the first ones since. */
export interface Timeline {
  asOf: string;
  /** Briefs on or before `asOf`, newest first. */
  before: number[];
  /** Briefs after `asOf`, oldest first. */
  after: number[];
  /** How many older briefs are not in `before`. */
  earlier: number;
  /** How many newer briefs are not in `after`. */
  later: number;
}

/**
 * Picks a card's timeline from its brief indices (oldest first), given the
 * dates of at least the ones timelineWindow returned.
 */
export function pickTimeline(
  indices: readonly number[],
  asOf: string,
  dateOf: (index: number) => string | undefined,
  months: BriefIndex['months'],
  size: TimelineSize = CARD_TIMELINE,
): Timeline {
  const month = asOf.slice(0, 7);
  const firstAt = lowerBound(indices, (i) => monthOf(i, months) >= month);
  const firstAfterMonth = lowerBound(indices, (i) => monthOf(i, months) > month);
  let split = firstAt;
  while (split < firstAfterMonth && (dateOf(indices[split]!) ?? '') <= asOf) split++;
  const from = Math.max(0, split - size.before);
  const to = Math.min(indices.length, split + size.after);
  return {
    asOf,
    before: indices.slice(from, split).reverse(),
    after: indices.slice(split, to),
    earlier: from,
    later: indices.length - to,
  };
}

/** The role as of `date`: the newest stated on or before it (else the first ever stated). */
export function roleAsOf<R extends DatedRole>(roles: readonly R[], date: string): R | undefined {
  let found: R | undefined;
  for (const r of roles) if (r.date <= date) found = r;
  return found ?? roles[0];
}

/** The first position in `list` where `test` holds (it must hold from there on). */
function lowerBound<T>(list: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(list[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
