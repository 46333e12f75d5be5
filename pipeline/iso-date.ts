/**
 * ISO dates as the catalog writes them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`,
 * the precision the article gives ("late 2015" is `2015-10` … `2015-12`).
 */

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `text` has the shape of a (possibly partial) ISO date. */
export function isIsoDateShape(text: string): boolean {
  return ISO_DATE.test(text);
}

/** True for a date that exists: `2016-02-29` yes, `2016-02-30` and `2016-13` no. */
export function isRealDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [, y, mo, d] = m;
  const month = mo === undefined ? 1 : Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const date = new Date(Date.UTC(Number(y), month - 1, day));
  return day >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The first day a partial date can mean: `2015-10` → `2015-10-01`. */
export function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day a partial date can mean: `2015-12` → `2015-12-31`, `2016-02` → `2016-02-29`. */
export function lastDay(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [y, m] = date.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${date}-${String(days).padStart(2, '0')}`;
}

/** True when the spans (open ends mean unbounded) share at least one day. */
export function spansOverlap(
  a: { start?: string; end?: string },
  b: { start?: string; end?: string },
): boolean {
  const aStart = a.start ? firstDay(a.start) : '0000-01-01';
  const aEnd = a.end ? lastDay(a.end) : '9999-12-31';
  const bStart = b.start ? firstDay(b.start) : '0000-01-01';
  const bEnd = b.end ? lastDay(b.end) : '9999-12-31';
  return aStart <= bEnd && bStart <= aEnd;
}
