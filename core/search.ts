/**
 * The search index over a knowledge pack: actors and events (name, aliases,
 * role, summary), their facts, and every sentence of the bundled articles.
 *
 * The pipeline builds it once (`buildSearchIndex` → generated/pack/search.json);
 * the popup and library load it (`loadSearch`) and query it as the user types:
 * typo-tolerant (`lavrof` → Lavrov), prefix-aware on the word being typed
 * (`geneva ta`), and matching roles (`russian foreign minister` → Lavrov).
 *
 * Engine: our own impact-ordered postings (search-postings, search-query) over
 * a sorted term dictionary (search-dictionary). MiniSearch and FlexSearch were
 * measured first and both score every posting of a common word, which took
 * 10–60 ms per keystroke at 10k entities (numbers in bench/README.md).
 */
import type { CardsPack } from './pack';
import { collectDocs, type DocRef, type DocType } from './search-docs';
import { buildPostings, loadPostings, type PostingsJson } from './search-postings';
import { QueryScratch, runQuery } from './search-query';
import { joinHits, type HitLookup, type RefHit, type SearchHit } from './search-hits';
import { queryTerms } from './search-terms';

export type { DocRef } from './search-docs';
export {
  hitEntityIds,
  joinHits,
  type EntityHit,
  type FactHit,
  type HitLookup,
  type RefHit,
  type SearchHit,
  type SentenceHit,
} from './search-hits';

export const SEARCH_INDEX_VERSION = 2;

/** The serialized index (search.json). */
export interface SearchIndexJson {
  engine: 'backstory-impact';
  version: number;
  /** The pack hash the index was built from; a mismatch rebuilds. */
  hash: string;
  docs: DocRef[];
  postings: PostingsJson;
}

export type HitType = DocType;

export interface SearchOptions {
  /** Most hits returned (default 20). */
  limit?: number;
  /** Only these hit types (default all). */
  types?: readonly HitType[];
}

export interface Searcher {
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Documents in the index. */
  readonly size: number;
}

/** Builds the JSON-serializable index of `pack` (the pipeline's index stage). */
export function buildSearchIndex(pack: CardsPack): SearchIndexJson {
  const docs = collectDocs(pack);
  return {
    engine: 'backstory-impact',
    version: SEARCH_INDEX_VERSION,
    hash: pack.hash,
    docs: docs.map((d) => d.ref),
    postings: buildPostings(docs),
  };
}

function isIndexJson(value: unknown, hash: string): value is SearchIndexJson {
  const v = value as Partial<SearchIndexJson> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.engine === 'backstory-impact' &&
    v.version === SEARCH_INDEX_VERSION &&
    v.hash === hash &&
    Array.isArray(v.docs) &&
    typeof v.postings === 'object' &&
    v.postings !== null &&
    v.postings.docCount === v.docs.length
  );
}

/** The index alone, answering with references into the pack (no cards held). */
export interface RefSearcher {
  search(query: string, options?: SearchOptions): RefHit[];
  /** Documents in the index. */
  readonly size: number;
}

/**
 * Loads a prebuilt index for the pack of `hash` without the pack itself: the
 * background holds it and reads only the cards of a query's hits
 * (messaging/answer-search.ts). Undefined when the index is missing, corrupt,
 * of another version or built from another pack.
 */
export function loadRefSearch(indexJson: unknown, hash: string): RefSearcher | undefined {
  if (!isIndexJson(indexJson, hash)) return undefined;
  try {
    return createRefSearcher(indexJson);
  } catch {
    return undefined;
  }
}

/**
 * Loads a prebuilt index for `pack`. An index that is missing, corrupt, of
 * another version or built from another pack is rebuilt from the pack.
 */
export function loadSearch(indexJson: unknown, pack: CardsPack): Searcher {
  const refs = loadRefSearch(indexJson, pack.hash) ?? createRefSearcher(buildSearchIndex(pack));
  const entities = new Map(pack.entities.map((e) => [e.id, e]));
  const articles = new Map(pack.articles.map((a) => [a.id, a]));
  const lookup: HitLookup = { entity: (id) => entities.get(id), article: (id) => articles.get(id) };
  return {
    size: refs.size,
    search: (query, options) => joinHits(refs.search(query, options), lookup),
  };
}

function createRefSearcher(json: SearchIndexJson): RefSearcher {
  const postings = loadPostings(json.postings);
  const scratch = new QueryScratch(postings.docCount);
  const refs = json.docs;
  return {
    size: refs.length,
    search(query, { limit = 20, types } = {}) {
      const words = queryTerms(query);
      if (words.length === 0) return [];
      const accept = types && ((doc: number) => types.includes(refs[doc]?.[0] as DocType));
      const hits: RefHit[] = [];
      for (const r of runQuery(postings, scratch, words, { limit, accept })) {
        const ref = refs[r.doc];
        if (ref)
          hits.push({ ref, score: r.score, terms: r.terms, complete: r.matched === words.length });
      }
      return hits;
    },
  };
}
