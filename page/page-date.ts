/**
 * The page's publication date, as an ISO day (`YYYY-MM-DD`), from the usual
 * places news pages put it: meta tags, microdata, JSON-LD, or the first
 * `<time datetime>` of the article. Undefined when none gives a date.
 *
 * Each place is read through the document's own tag collections and queries,
 * most trusted first, stopping at the first that gives a day (on most news
 * pages, the first meta tag rule). The browser walks the document natively
 * and hands us only the candidates: walking every element from script (one
 * wrapper object per element in our isolated world) cost whole milliseconds
 * per step on an 11,000-element page, and the garbage collections that
 * followed landed in our slices. Between two yields we read at most
 * `CANDIDATES_PER_STEP` candidates.
 */
import type { Steps } from '../core/steps';

/** Meta tags that give the publication time, by attribute and value, in order of trust. */
const META_RULES: readonly [attribute: string, value: string][] = [
  ['property', 'article:published_time'],
  ['name', 'article:published_time'],
  ['itemprop', 'datePublished'],
  ['name', 'pubdate'],
  ['name', 'publishdate'],
  ['name', 'date'],
  ['name', 'DC.date.issued'],
  ['name', 'dc.date'],
  ['name', 'sailthru.date'],
  ['name', 'parsely-pub-date'],
  ['property', 'og:article:published_time'],
];

/** Candidates read between two yields. */
export const CANDIDATES_PER_STEP = 64;

/** `YYYY-MM-DD` at the start of `value` (ISO or close to it), if any. */
export function isoDay(value: string | null | undefined): string | undefined {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!m) return undefined;
  const [, y, mo, d] = m;
  return Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= 31
    ? `${y}-${mo}-${d}`
    : undefined;
}

/** Yields after every `CANDIDATES_PER_STEP` items of `list` until `take` returns true; the item taken. */
function* firstOf<T extends Element>(
  list: { item(index: number): T | null },
  take: (el: T) => boolean,
): Steps<T | undefined> {
  // item(i) in ascending order: the browser resumes its walk where the last call ended.
  for (let i = 0, el = list.item(0); el; el = list.item(++i)) {
    if (take(el)) return el;
    if ((i + 1) % CANDIDATES_PER_STEP === 0) yield;
  }
  return undefined;
}

/** The meta tags any rule names, for the browser to find (each still checked against its rule). */
const META_SELECTOR = META_RULES.map(
  ([attribute, value]) => `meta[${attribute}="${value}"]`,
).join();

/** The day the meta tags give, by rule order of trust. */
function* metaDay(doc: Document): Steps<string | undefined> {
  /** Per rule, the `content` of the first meta tag it names. */
  const found: (string | null)[] = [];
  // Only the tags a rule names: a page has dozens of others (viewport, og:, twitter:).
  yield* firstOf(doc.querySelectorAll(META_SELECTOR), (el) => {
    META_RULES.forEach(([attribute, value], i) => {
      if (found[i] === undefined && el.getAttribute(attribute) === value) {
        found[i] = el.getAttribute('content');
      }
    });
    // Nothing later in the document can beat the most trusted rule.
    return isoDay(found[0]) !== undefined;
  });
  for (const content of found) {
    const day = isoDay(content);
    if (day) return day;
  }
  return undefined;
}

/** The `datePublished` of the first JSON-LD script that gives one. */
function* jsonLdDay(doc: Document): Steps<string | undefined> {
  let day: string | undefined;
  yield* firstOf(doc.querySelectorAll<HTMLScriptElement>('script[type]'), (el) => {
    if (el.type.toLowerCase() !== 'application/ld+json') return false;
    day = isoDay(/"datePublished"\s*:\s*"([^"]+)"/.exec(el.textContent ?? '')?.[1]);
    return day !== undefined;
  });
  return day;
}

/** The first `<time>` that dates the article: with `datetime` inside an article or main, or `pubdate`. */
function* timeDay(doc: Document): Steps<string | undefined> {
  const time = yield* firstOf(
    doc.getElementsByTagName('time'),
    (el) =>
      (el.hasAttribute('datetime') && el.closest('article, main') !== null) ||
      el.hasAttribute('pubdate'),
  );
  return isoDay(time?.getAttribute('datetime'));
}

/** The publication day of `doc`, in steps: meta tags, then microdata, then JSON-LD, then `<time>`. */
export function* pageDateSteps(doc: Document): Steps<string | undefined> {
  const meta = yield* metaDay(doc);
  if (meta) return meta;
  yield;
  const micro = doc.querySelector('[itemprop="datePublished"]');
  const day = isoDay(micro?.getAttribute('datetime') ?? micro?.getAttribute('content'));
  if (day) return day;
  yield;
  return (yield* jsonLdDay(doc)) ?? (yield* timeDay(doc));
}
