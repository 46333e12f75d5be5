/**
 * Words the card shows for kinds and linking rules. Pure strings, shared by
 * the hover card and the popup's expanded cards.
 */
import type { EntityKind } from '../../core/pack';

const KIND_LABELS: Record<EntityKind, string> = {
  person: 'Person',
  organization: 'Organization',
  country: 'Country',
  group: 'Group',
  place: 'Place',
  meeting: 'Meeting',
  call: 'Phone call',
  summit: 'Summit',
  talks: 'Talks',
  war: 'War',
  campaign: 'Campaign',
  agreement: 'Agreement',
  plan: 'Plan',
  event: 'Event',
};

/** "Person", "Summit"… for a kind. */
export function kindLabel(kind: EntityKind): string {
  return KIND_LABELS[kind] ?? kind;
}

/** A linking rule id (`strong-alias`, `weak_supported`…) as words. */
export function ruleLabel(rule: string): string {
  return rule.replace(/[-_]+/g, ' ').trim();
}

/** One formatter per precision (year, month, day): making one costs a card about 0.2 ms a date. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(month: boolean, day: boolean): Intl.DateTimeFormat {
  const key = `${month}${day}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
    if (month) options.month = 'short';
    if (day) options.day = 'numeric';
    format = new Intl.DateTimeFormat('en', options);
    formatters.set(key, format);
  }
  return format;
}

/** Formats an ISO date (`2016-09-08`, `2016-09`, `2016`) for reading, in UTC. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1));
  return formatter(mo !== undefined, d !== undefined).format(date);
}

/** True when `pageDate` is a later day than `asOf` (both ISO, any precision). */
export function isNewerThan(pageDate: string | undefined, asOf: string): boolean {
  if (!pageDate) return false;
  const len = Math.min(pageDate.length, asOf.length);
  return pageDate.slice(0, len) > asOf.slice(0, len);
}
