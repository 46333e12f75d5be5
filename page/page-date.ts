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

const MICRODATA = '[itemprop="datePublished"]';
const JSON_LD = 'script[type="application/ld+json"]';
const TIME = 'article time[datetime], main time[datetime], time[pubdate]';
/** Every element any rule reads, found in one pass over the document. */
const ANY = [...META_SELECTORS, MICRODATA, JSON_LD, TIME].join(', ');

function fromJsonLd(scripts: readonly Element[]): string | undefined {
  for (const script of scripts) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    const day = isoDay(m?.[1]);
    if (day) return day;
  }
  return undefined;
}

/**
 * The publication day of `doc`, or undefined. The rules are tried in order
 * (meta tags, microdata, JSON-LD, `<time>`) over the few elements one
 * `querySelectorAll` found, instead of a pass over the document per rule.
 */
export function readPageDate(doc: Document): string | undefined {
  const found = [...doc.querySelectorAll(ANY)];
  const first = (selector: string) => found.find((el) => el.matches(selector));
  for (const selector of META_SELECTORS) {
    const day = isoDay(first(selector)?.getAttribute('content'));
    if (day) return day;
  }
  const micro = first(MICRODATA);
  const fromMicro = isoDay(micro?.getAttribute('datetime') ?? micro?.getAttribute('content'));
  if (fromMicro) return fromMicro;
  const fromLd = fromJsonLd(found.filter((el) => el.matches(JSON_LD)));
  if (fromLd) return fromLd;
  return isoDay(first(TIME)?.getAttribute('datetime'));
}
