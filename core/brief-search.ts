/**
 * Full-text search over every brief (core/brief-search-index.ts), as the user
 * types: each query word stands for itself, its typos (1 edit from 4 letters,
 * 2 from 8, first letter kept) and, for the word being typed, its most common
 * completions. Briefs matching more words rank first, then by the words'
 * rarity (idf) and how exactly they matched, then the newest. Filters: a brief
 * index range (a year: core/brief-years.ts) and a sorted list of briefs (an
 * entity's `briefs`). Each word reads only its first letter's postings file
 * (`needs` says which are missing; a word whose letter is not in matches
 * nothing). Pure; returns brief indices, the host reads their text from the
 * shards.
 */
import { groupOfWord, type BriefPostings } from './brief-search-index';
import { fuzzyMatches, lowerBound, prefixRange } from './search-dictionary';
import { queryTerms } from './search-terms';

const FUZZY_WEIGHT = [1, 0.5, 0.3];
const PREFIX_WEIGHT = 0.6;
const MAX_COMPLETIONS = 16;
/** Newest postings read for a typo or a completion (an exact word is read whole). */
const HEAD_EXPANDED = 1500;
/** Word expansions kept between keystrokes (the words before the typed one repeat). */
const EXPANSION_CACHE = 64;
const MAX_WORDS = 8;

export interface BriefHit {
  /** Global brief index. */
  index: number;
  score: number;
  /** Normalized words of the brief that matched (mark them with markTerms). */
  terms: string[];
  /** Whether every query word matched. */
  complete: boolean;
}

export interface BriefQueryOptions {
  /** Most hits (default 20). */
  limit?: number;
  /** Only briefs with index in `[from, to)` (a year's range). */
  range?: readonly [number, number];
  /** Only these briefs (sorted ascending: an entity's `briefs`). */
  within?: readonly number[];
}

export interface BriefSearcher {
  search(query: string, options?: BriefQueryOptions): BriefHit[];
  /** The letters' postings `query` needs that are not loaded yet (BriefPostings.addGroup). */
  needs(query: string): string[];
  /** Briefs in the index. */
  readonly count: number;
}

interface Expansion {
  term: number;
  weight: number;
}

/** The letters' postings files a query reads (known before the index's head is). */
export function briefGroupsOf(query: string): string[] {
  return [...new Set(queryTerms(query).slice(0, MAX_WORDS).map(groupOfWord))];
}

/** The terms a query word stands for, with weights. */
function expand(p: BriefPostings, word: string, typing: boolean): Expansion[] {
  const best = new Map<number, number>();
  const add = (term: number, weight: number) => {
    if ((best.get(term) ?? 0) < weight) best.set(term, weight);
  };
  const at = lowerBound(p.terms, word);
  const exact = p.terms[at] === word ? at : -1;
  if (exact >= 0) add(exact, 1);
  if (word.length >= 4) {
    const [start, end] = prefixRange(p.terms, word.slice(0, 1));
    const max = word.length >= 8 && !typing ? 2 : 1;
    for (const m of fuzzyMatches(p.terms, word, max, start, end)) {
      if (m.distance > 0) add(m.index, FUZZY_WEIGHT[m.distance] as number);
    }
  }
  if (typing) {
    const [start, end] = prefixRange(p.terms, word);
    for (const t of mostCommon(p.df, start, end, exact, MAX_COMPLETIONS)) {
      add(t, (PREFIX_WEIGHT * word.length) / (p.terms[t] as string).length);
    }
  }
  return [...best].map(([term, weight]) => ({ term, weight }));
}

/** The `size` terms of `[start, end)` but `skip` found in the most briefs, by insertion (no sort). */
function mostCommon(df: Uint32Array, start: number, end: number, skip: number, size: number) {
  const top: number[] = [];
  for (let t = start; t < end; t++) {
    if (t === skip) continue;
    const v = df[t] as number;
    if (top.length === size && v <= (df[top[size - 1] as number] as number)) continue;
    let at = top.length;
    while (at > 0 && v > (df[top[at - 1] as number] as number)) at--;
    top.splice(at, 0, t);
    if (top.length > size) top.pop();
  }
  return top;
}

/** First position in sorted `list` holding a value ≥ `value`. */
function firstAtLeast(list: Uint32Array, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A searcher over loaded brief postings. */
export function createBriefSearcher(p: BriefPostings): BriefSearcher {
  const total = new Float64Array(p.count);
  const matched = new Uint8Array(p.count);
  const best = new Float64Array(p.count);
  const allowed = new Uint8Array(p.count);
  const cache = new Map<string, Expansion[]>();
  const expanded = (word: string, typing: boolean) => {
    const key = `${typing ? '+' : ' '}${word}`;
    let list = cache.get(key);
    if (!list) {
      if (!p.hasGroup(groupOfWord(word))) return [];
      if (cache.size >= EXPANSION_CACHE) cache.clear();
      list = expand(p, word, typing);
      cache.set(key, list);
    }
    return list;
  };
  const idf = (t: number) =>
    Math.log(1 + (p.count - (p.df[t] as number) + 0.5) / ((p.df[t] as number) + 0.5));

  return {
    count: p.count,
    needs(query) {
      return briefGroupsOf(query).filter((g) => !p.hasGroup(g));
    },
    search(query, { limit = 20, range, within } = {}) {
      const words = queryTerms(query).slice(0, MAX_WORDS);
      if (words.length === 0 || p.count === 0) return [];
      const from = Math.max(0, range?.[0] ?? 0);
      const to = Math.min(p.count, range?.[1] ?? p.count);
      if (within) for (const i of within) allowed[i] = 1;
      const touched: number[] = [];
      const expansions = words.map((word, w) => expanded(word, w === words.length - 1));
      for (const list of expansions) {
        const seen: number[] = [];
        for (const { term, weight } of list) {
          const docs = p.postings(term);
          const s = weight * idf(term);
          const lo = firstAtLeast(docs, from);
          let hi = firstAtLeast(docs, to);
          const stop = weight === 1 ? lo : Math.max(lo, hi - HEAD_EXPANDED);
          for (hi--; hi >= stop; hi--) {
            const doc = docs[hi] as number;
            if (within && allowed[doc] === 0) continue;
            if (s <= (best[doc] as number)) continue;
            if (best[doc] === 0) seen.push(doc);
            best[doc] = s;
          }
        }
        for (const doc of seen) {
          if (matched[doc] === 0) touched.push(doc);
          total[doc] = (total[doc] as number) + (best[doc] as number);
          matched[doc] = (matched[doc] as number) + 1;
          best[doc] = 0;
        }
      }
      const top = topDocs(touched, total, matched, limit);
      const hits = top.map((doc) => ({
        index: doc,
        score: total[doc] as number,
        complete: matched[doc] === words.length,
        terms: matchedTerms(p, expansions, doc),
      }));
      for (const doc of touched) {
        total[doc] = 0;
        matched[doc] = 0;
      }
      if (within) for (const i of within) allowed[i] = 0;
      return hits;
    },
  };
}

/** The terms of `doc` that matched: per query word, its best-weighted expansion in the brief. */
function matchedTerms(p: BriefPostings, expansions: Expansion[][], doc: number): string[] {
  const terms = new Set<string>();
  for (const list of expansions) {
    let found: Expansion | undefined;
    for (const e of list) {
      if (found && found.weight >= e.weight) continue;
      const docs = p.postings(e.term);
      if (docs[firstAtLeast(docs, doc)] === doc) found = e;
    }
    if (found) terms.add(p.terms[found.term] as string);
  }
  return [...terms];
}

/** The `limit` best docs by (words matched, score, newest), best first. */
function topDocs(
  docs: number[],
  total: Float64Array,
  matched: Uint8Array,
  limit: number,
): number[] {
  const top: number[] = [];
  const better = (a: number, b: number) =>
    (matched[a] as number) - (matched[b] as number) ||
    (total[a] as number) - (total[b] as number) ||
    a - b;
  for (const doc of docs) {
    const last = top[top.length - 1];
    if (top.length >= limit && last !== undefined && better(doc, last) <= 0) continue;
    let at = top.length;
    while (at > 0 && better(doc, top[at - 1] as number) > 0) at--;
    top.splice(at, 0, doc);
    if (top.length > limit) top.pop();
  }
  return top;
}
