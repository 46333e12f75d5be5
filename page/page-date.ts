/**
 * The page's publication date, as an ISO day (`YYYY-MM-DD`), from the usual
 * places news pages put it: meta tags, microdata, JSON-LD, or the first
 * `<time datetime>` of the article. Undefined when none gives a date.
 */

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
  'meta[name="sailthru.date"]',
  'meta[name="parsely-pub-date"]',
  'meta[property="og:article:published_time"]',
];

/** `YYYY-MM-DD` at the start of `value` (ISO or close to it), if any. */
export function isoDay(value: string | null | undefined): string | undefined {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!m) return undefined;
  const [, y, mo, d] = m;
  return Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= 31
    ? `${y}-${mo}-${d}`
    : undefined;
}

function fromJsonLd(doc: Document): string | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    const day = isoDay(m?.[1]);
    if (day) return day;
  }
  return undefined;
}

/** The publication day of `doc`, or undefined. */
export function readPageDate(doc: Document): string | undefined {
  for (const selector of META_SELECTORS) {
    const day = isoDay(doc.querySelector(selector)?.getAttribute('content'));
    if (day) return day;
  }
  const micro = doc.querySelector('[itemprop="datePublished"]');
  const fromMicro = isoDay(micro?.getAttribute('datetime') ?? micro?.getAttribute('content'));
  if (fromMicro) return fromMicro;
  const fromLd = fromJsonLd(doc);
  if (fromLd) return fromLd;
  const time = doc.querySelector('article time[datetime], main time[datetime], time[pubdate]');
  return isoDay(time?.getAttribute('datetime'));
}
