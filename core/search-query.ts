/**
 * Runs a query over impact-ordered postings. Each query word expands to the
 * index terms it may stand for (itself; typos within 1–2 edits with the first
 * letter kept; completions if it is the word being typed), each weighted; only
 * the head of each term's postings is read, so latency does not grow with how
 * common a word is. Documents matching more of the query's words rank first,
 * then by score.
 */
import { fuzzyMatches, lowerBound, prefixRange } from './search-dictionary';
import type { Postings } from './search-postings';

const FUZZY_WEIGHT = [1, 0.5, 0.3];
const PREFIX_WEIGHT = 0.6;
/** Most completions a typed prefix expands to (the ones with the best postings). */
const MAX_COMPLETIONS = 16;
/** Postings read per term: the exact word, and each typo or completion. */
const HEAD_EXACT = 1000;
const HEAD_EXPANDED = 120;
/** Query words beyond this are ignored. */
export const MAX_WORDS = 8;

export interface ScoredDoc {
  doc: number;
  score: number;
  /** How many query words it matched. */
  matched: number;
  /** The index terms it matched, one per matched query word. */
  terms: string[];
}

export interface QueryOptions {
  limit: number;
  /** Documents to leave out (they are still read, so cost stays bounded). */
  accept?: (doc: number) => boolean;
}

interface Expansion {
  term: number;
  weight: number;
}

function idf(p: Postings, term: number): number {
  const df = (p.offsets[term + 1] as number) - (p.offsets[term] as number);
  return Math.log(1 + (p.docCount - df + 0.5) / (df + 0.5));
}

/** The `size` items with the largest `value`, by insertion into a short list (no full sort). */
function keepBest<T>(items: T[], size: number, value: (item: T) => number): T[] {
  if (items.length <= size) return items;
  const top: { item: T; v: number }[] = [];
  for (const item of items) {
    const v = value(item);
    if (top.length === size && v <= (top[size - 1] as { v: number }).v) continue;
    let at = top.length;
    while (at > 0 && v > (top[at - 1] as { v: number }).v) at--;
    top.splice(at, 0, { item, v });
    if (top.length > size) top.pop();
  }
  return top.map((t) => t.item);
}

/** The index terms a query word stands for, with weights. */
export function expandWord(p: Postings, word: string, typing: boolean): Expansion[] {
  const best = new Map<number, number>();
  const add = (term: number, weight: number) => {
    if ((best.get(term) ?? 0) < weight) best.set(term, weight);
  };
  const at = lowerBound(p.terms, word);
  if (p.terms[at] === word) add(at, 1);
  if (word.length >= 4) {
    const [start, end] = prefixRange(p.terms, word.slice(0, 1));
    const max = word.length >= 8 && !typing ? 2 : 1;
    for (const m of fuzzyMatches(p.terms, word, max, start, end)) {
      if (m.distance > 0) add(m.index, FUZZY_WEIGHT[m.distance] as number);
    }
  }
  if (typing) {
    const [start, end] = prefixRange(p.terms, word);
    const completions: Expansion[] = [];
    for (let t = start; t < end; t++) {
      if (t === at && p.terms[t] === word) continue;
      completions.push({
        term: t,
        weight: (PREFIX_WEIGHT * word.length) / (p.terms[t] as string).length,
      });
    }
    const value = (e: Expansion) =>
      e.weight * idf(p, e.term) * (p.impacts[p.offsets[e.term] as number] as number);
    for (const c of keepBest(completions, MAX_COMPLETIONS, value)) add(c.term, c.weight);
  }
  return [...best].map(([term, weight]) => ({ term, weight }));
}

/** Per-document scratch arrays, reused across queries of one index. */
export class QueryScratch {
  readonly total: Float64Array;
  readonly matched: Uint8Array;
  readonly best: Float64Array;
  readonly bestTerm: Int32Array;
  /** bestTerm per word: word w of doc d at d * MAX_WORDS + w. */
  readonly wordTerms: Int32Array;
  constructor(docCount: number) {
    this.total = new Float64Array(docCount);
    this.matched = new Uint8Array(docCount);
    this.best = new Float64Array(docCount);
    this.bestTerm = new Int32Array(docCount);
    this.wordTerms = new Int32Array(docCount * MAX_WORDS).fill(-1);
  }
}

/** The best `limit` documents for `words` (the last one is being typed). */
export function runQuery(
  p: Postings,
  scratch: QueryScratch,
  allWords: readonly string[],
  options: QueryOptions,
): ScoredDoc[] {
  const words = allWords.slice(0, MAX_WORDS);
  const { total, matched, best, bestTerm, wordTerms } = scratch;
  const touched: number[] = [];
  words.forEach((word, w) => {
    const seen: number[] = [];
    for (const { term, weight } of expandWord(p, word, w === words.length - 1)) {
      const factor = weight * idf(p, term);
      const start = p.offsets[term] as number;
      const head = weight === 1 ? HEAD_EXACT : HEAD_EXPANDED;
      const end = Math.min(p.offsets[term + 1] as number, start + head);
      for (let i = start; i < end; i++) {
        const doc = p.docs[i] as number;
        const s = factor * (p.impacts[i] as number);
        if (s <= (best[doc] as number)) continue;
        if (options.accept && !options.accept(doc)) continue;
        if (best[doc] === 0) seen.push(doc);
        best[doc] = s;
        bestTerm[doc] = term;
      }
    }
    for (const doc of seen) {
      if (matched[doc] === 0) touched.push(doc);
      total[doc] = (total[doc] as number) + (best[doc] as number);
      matched[doc] = (matched[doc] as number) + 1;
      wordTerms[doc * MAX_WORDS + w] = bestTerm[doc] as number;
      best[doc] = 0;
    }
  });
  const top = topDocs(touched, total, matched, options.limit);
  const results = top.map((doc) => {
    const terms = new Set<string>();
    for (let w = 0; w < words.length; w++) {
      const t = wordTerms[doc * MAX_WORDS + w] as number;
      if (t >= 0) terms.add(p.terms[t] as string);
    }
    return { doc, score: total[doc] as number, matched: matched[doc] as number, terms: [...terms] };
  });
  for (const doc of touched) {
    total[doc] = 0;
    matched[doc] = 0;
    wordTerms.fill(-1, doc * MAX_WORDS, doc * MAX_WORDS + words.length);
  }
  return results;
}

/** The `limit` best docs by (words matched, score), best first, without sorting them all. */
function topDocs(
  docs: number[],
  total: Float64Array,
  matched: Uint8Array,
  limit: number,
): number[] {
  const top: number[] = [];
  const better = (a: number, b: number) =>
    (matched[a] as number) > (matched[b] as number) ||
    (matched[a] === matched[b] && (total[a] as number) > (total[b] as number));
  for (const doc of docs) {
    const last = top[top.length - 1];
    if (top.length >= limit && last !== undefined && !better(doc, last)) continue;
    let at = top.length;
    while (at > 0 && better(doc, top[at - 1] as number)) at--;
    top.splice(at, 0, doc);
    if (top.length > limit) top.pop();
  }
  return top;
}
