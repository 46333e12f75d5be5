/**
 * The brief search as the popup and library run it, on the built pack's
 * brief-search/ files: the index's size, its load as on the first keystroke
 * (decode the head, add the first word's postings group, first search), and per keystroke the whole work a key costs: the
 * card search (core/search.ts) plus the brief search over every brief and
 * the grouping under the cards found (core/brief-groups.ts), typed as you go.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { groupBriefHits, rankEntities } from '../core/brief-groups';
import { createBriefSearcher } from '../core/brief-search';
import {
  loadAllBriefPostings,
  loadBriefPostings,
  type BriefSearchFiles,
} from '../core/brief-search-index';
import { yearRanges } from '../core/brief-years';
import type { CardsPack } from '../core/pack';
import { buildSearchIndex, loadSearch } from '../core/search';
import { percentiles, typedQueries } from './search-queries';

/** Brief queries on top of the card queries: events, places, a typo. */
export const BRIEF_QUERIES = [
  'geneva ceasefire syria',
  'earthquake japan',
  'brexit referendum',
  'presidental election',
  'covid vaccine',
];

export interface BriefSearchLatency {
  briefs: number;
  terms: number;
  indexBytes: number;
  headBytes: number;
  groups: number;
  /** The largest postings group. */
  maxGroupBytes: number;
  /** Decoding the head into a searcher (median of the loads). */
  loadMs: number;
  /** The first keystroke: head, its letter's group, its search, cold postings (median). */
  firstKeyMs: number;
  /** Per keystroke: cards + briefs + grouping. */
  p50: number;
  p95: number;
  max: number;
  /** Per keystroke, the brief search alone. */
  briefP95: number;
  /** Per keystroke with a year filter (the newest full year) and with a card filter (the card with the most briefs). */
  yearP95: number;
  entityP95: number;
  samples: number;
}

function timeAll(queries: string[], rounds: number, run: (q: string) => void): number[] {
  for (const q of queries) run(q);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t = performance.now();
      run(q);
      samples.push(performance.now() - t);
    }
  }
  return samples;
}

/** Reads a pack's brief-search/ folder. */
export function readBriefSearchFiles(dir: string): BriefSearchFiles {
  const read = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
  const groups = readdirSync(dir)
    .filter((n) => n.endsWith('.bin') && n !== 'head.bin')
    .map((n) => [n.slice(0, -'.bin'.length), read(n)] as const);
  return { head: read('head.bin'), groups: Object.fromEntries(groups) };
}

/** Measures the brief search over `dir` (the pack's brief-search/) with `pack`'s cards. */
export function briefSearchLatency(
  dir: string,
  pack: CardsPack,
  rounds: number,
): BriefSearchLatency {
  const files = readBriefSearchFiles(dir);
  const loads: number[] = [];
  const firsts: number[] = [];
  for (let k = 0; k < 5; k++) {
    let t = performance.now();
    const p = loadBriefPostings(files.head);
    const s = createBriefSearcher(p);
    loads.push(performance.now() - t);
    t = performance.now();
    for (const g of s.needs('g')) p.addGroup(g, files.groups[g]!);
    s.search('g', { limit: 12 });
    firsts.push(loads[k]! + performance.now() - t);
  }
  const postings = loadAllBriefPostings(files);
  const briefs = createBriefSearcher(postings);
  const cards = loadSearch(buildSearchIndex(pack), pack);
  const queries = [...typedQueries(BRIEF_QUERIES), ...typedQueries()];
  const keystroke = (q: string) => {
    const hits = cards.search(q, { limit: 12 });
    const found = hits.flatMap((h) => (h.type === 'entity' ? [h.entity] : []));
    groupBriefHits(briefs.search(q, { limit: 12 }), rankEntities(found, q));
  };
  const all = timeAll(queries, rounds, keystroke);
  const briefOnly = timeAll(queries, rounds, (q) => briefs.search(q, { limit: 12 }));
  const years = pack.briefIndex ? yearRanges(pack.briefIndex) : [];
  const year = years[years.length - 2] ?? years[0];
  const yearOnly = timeAll(queries, rounds, (q) =>
    briefs.search(q, { limit: 12, range: year && [year.start, year.end] }),
  );
  const busiest = [...pack.entities].sort(
    (a, b) => (b.briefs?.length ?? 0) - (a.briefs?.length ?? 0),
  )[0];
  const entityOnly = timeAll(queries, rounds, (q) =>
    briefs.search(q, { limit: 12, within: busiest?.briefs }),
  );
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  return {
    briefs: postings.count,
    terms: postings.terms.length,
    indexBytes: Object.values(files.groups).reduce((n, g) => n + g.length, files.head.length),
    headBytes: files.head.length,
    groups: Object.keys(files.groups).length,
    maxGroupBytes: Math.max(...Object.values(files.groups).map((g) => g.length)),
    loadMs: median(loads),
    firstKeyMs: median(firsts),
    ...percentiles(all),
    briefP95: percentiles(briefOnly).p95,
    yearP95: percentiles(yearOnly).p95,
    entityP95: percentiles(entityOnly).p95,
    samples: all.length,
  };
}
