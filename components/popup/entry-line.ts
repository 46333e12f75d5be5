/**
 * Why an entity matters on this page, in one line of the popup's list: its
 * role as of the page's date, and the latest brief that names it on or before
 * that date. Pure.
 */
import { roleAsOf, type Timeline } from '../../core/brief-timeline';
import type { EntityCard, PackBrief } from '../../core/pack';

export interface EntryLine {
  /** The curated role, else the one the briefs state as of the page's date. */
  role?: string;
  /** The newest brief on or before the page's date (the timeline's date). */
  latest?: PackBrief;
}

export function entryLine(
  card: EntityCard | undefined,
  timeline: Timeline | undefined,
  briefs: Readonly<Record<number, PackBrief>> | undefined,
  pageDate: string | undefined,
): EntryLine {
  if (!card) return {};
  const asOf = pageDate ?? timeline?.asOf ?? '9999';
  const role = card.role ?? (card.roles ? roleAsOf(card.roles, asOf)?.role : undefined);
  const newest = timeline?.before[0];
  const latest = newest === undefined ? undefined : briefs?.[newest];
  return { ...(role && { role }), ...(latest && { latest }) };
}
