/**
 * Years and months of the briefs, from the month table of a BriefIndex
 * (briefs are sorted by date, so a year is one index range): the year filter
 * of the brief search, and an entity's briefs counted per year and month for
 * its timeline's density strip. Pure.
 */
import { monthOf, type BriefIndex } from './brief-timeline';

/** A year's briefs: indices `[start, end)`. */
export interface YearRange {
  year: string;
  start: number;
  end: number;
}

/** Every year with briefs, oldest first, as index ranges. */
export function yearRanges(index: Pick<BriefIndex, 'count' | 'months'>): YearRange[] {
  const years: YearRange[] = [];
  for (const [month, first] of index.months) {
    const year = month.slice(0, 4);
    const last = years[years.length - 1];
    if (last?.year === year) continue;
    if (last) last.end = first;
    years.push({ year, start: first, end: index.count });
  }
  return years;
}

/** The index range of `year`, or undefined when it has no briefs. */
export function yearRange(
  index: Pick<BriefIndex, 'count' | 'months'>,
  year: string,
): readonly [number, number] | undefined {
  const found = yearRanges(index).find((y) => y.year === year);
  return found && [found.start, found.end];
}

/** An entity's briefs in one year: the indices newest first, and how many per month. */
export interface YearBriefs {
  year: string;
  /** Brief indices, newest first. */
  briefs: number[];
  /** Briefs in each month, January first (12 entries). */
  months: number[];
}

/** Brief indices (oldest first) grouped by year, newest year first. */
export function briefsByYear(
  indices: readonly number[],
  months: BriefIndex['months'],
): YearBriefs[] {
  const years: YearBriefs[] = [];
  for (let k = indices.length - 1; k >= 0; k--) {
    const i = indices[k] as number;
    const month = monthOf(i, months);
    const year = month.slice(0, 4);
    let group = years[years.length - 1];
    if (group?.year !== year) {
      group = { year, briefs: [], months: new Array<number>(12).fill(0) };
      years.push(group);
    }
    group.briefs.push(i);
    const m = Number(month.slice(5, 7)) - 1;
    group.months[m] = (group.months[m] as number) + 1;
  }
  return years;
}
