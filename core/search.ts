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
import type { ArticleRecord, CardsPack, EntityCard, Fact } from './pack';
import { collectDocs, type DocRef, type DocType } from './search-docs';
import { buildPostings, loadPostings, type PostingsJson } from './search-postings';
import { QueryScratch, runQuery } from './search-query';
import { queryTerms } from './search-terms';

export type { DocRef } from './search-docs';

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

interface HitBase {
  score: number;
  /** Normalized words of the hit's text that matched (mark them with markTerms). */
  terms: string[];
  /** Whether every word of the query matched (otherwise a partial match). */
  complete: boolean;
}
export interface EntityHit extends HitBase {
  type: 'entity';
  entity: EntityCard;
}
export interface FactHit extends HitBase {
  type: 'fact';
  entity: EntityCard;
  fact: Fact;
  factIndex: number;
}
export interface SentenceHit extends HitBase {
  type: 'sentence';
  article: ArticleRecord;
  /** The sentence, verbatim, and its offsets in the article body. */
  text: string;
  start: number;
  end: number;
}
export type SearchHit = EntityHit | FactHit | SentenceHit;
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

function isIndexJson(value: unknown, pack: CardsPack): value is SearchIndexJson {
  const v = value as Partial<SearchIndexJson> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.engine === 'backstory-impact' &&
    v.version === SEARCH_INDEX_VERSION &&
    v.hash === pack.hash &&
    Array.isArray(v.docs) &&
    typeof v.postings === 'object' &&
    v.postings !== null &&
    v.postings.docCount === v.docs.length
  );
}

/**
 * Loads a prebuilt index for `pack`. An index that is missing, corrupt, of
 * another version or built from another pack is rebuilt from the pack.
 */
export function loadSearch(indexJson: unknown, pack: CardsPack): Searcher {
  if (isIndexJson(indexJson, pack)) {
    try {
      return createSearcher(indexJson, pack);
    } catch {
      // fall through: rebuild
    }
  }
  return createSearcher(buildSearchIndex(pack), pack);
}

function createSearcher(json: SearchIndexJson, pack: CardsPack): Searcher {
  const postings = loadPostings(json.postings);
  const scratch = new QueryScratch(postings.docCount);
  const refs = json.docs;
  const entities = new Map(pack.entities.map((e) => [e.id, e]));
  const articles = new Map(pack.articles.map((a) => [a.id, a]));

  const toHit = (ref: DocRef | undefined, base: HitBase): SearchHit | undefined => {
    if (!ref) return undefined;
    if (ref[0] === 'entity') {
      const entity = entities.get(ref[1]);
      return entity && { type: 'entity', entity, ...base };
    }
    if (ref[0] === 'fact') {
      const entity = entities.get(ref[1]);
      const fact = entity?.facts[ref[2]];
      return entity && fact && { type: 'fact', entity, fact, factIndex: ref[2], ...base };
    }
    const article = articles.get(ref[1]);
    const [, , start, end] = ref;
    if (!article) return undefined;
    return { type: 'sentence', article, text: article.body.slice(start, end), start, end, ...base };
  };

  return {
    size: refs.length,
    search(query, { limit = 20, types } = {}) {
      const words = queryTerms(query);
      if (words.length === 0) return [];
      const accept = types && ((doc: number) => types.includes(refs[doc]?.[0] as DocType));
      const hits: SearchHit[] = [];
      for (const r of runQuery(postings, scratch, words, { limit, accept })) {
        const hit = toHit(refs[r.doc], {
          score: r.score,
          terms: r.terms,
          complete: r.matched === words.length,
        });
        if (hit) hits.push(hit);
      }
      return hits;
    },
  };
}
