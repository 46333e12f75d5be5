/**
 * The search index over a knowledge pack: actors and events (name, aliases,
 * role, summary), their facts, and every sentence of the bundled articles.
 *
 * The pipeline builds it once (`buildSearchIndex` → generated/pack/search.json);
 * the popup and library load it (`loadSearch`) and query it as the user types:
 * typo-tolerant (`lavrof` → Lavrov), prefix-aware on the word being typed
 * (`geneva ta`), and matching roles (`russian foreign minister` → Lavrov).
 * Engine: MiniSearch (measured against FlexSearch, see bench/README.md).
 */
import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import type { ArticleRecord, CardsPack, EntityCard, Fact } from './pack';
import { indexTerms, queryTerms } from './search-terms';
import { segmentSentences } from './search-sentences';

export const SEARCH_INDEX_VERSION = 1;

/** What a document of the index points at, by stable ids. */
export type DocRef =
  ['entity', string] | ['fact', string, number] | ['sentence', string, number, number];

interface IndexedDoc {
  id: number;
  name?: string;
  aliases?: string;
  role?: string;
  body?: string;
}

/** The serialized index (search.json). */
export interface SearchIndexJson {
  engine: 'minisearch';
  version: number;
  /** The pack hash the index was built from; a mismatch rebuilds. */
  hash: string;
  docs: DocRef[];
  index: AsPlainObject;
}

interface HitBase {
  score: number;
  /** Normalized words of the hit's text that matched (for marking, see search-marks). */
  terms: string[];
}
export interface EntityHit extends HitBase {
  type: 'entity';
  entity: EntityCard;
  /** Which fields matched: name, aliases, role, body (the summary). */
  fields: string[];
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
export type HitType = SearchHit['type'];

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

const FIELDS = ['name', 'aliases', 'role', 'body'];
const TYPE_BOOST: Record<HitType, number> = { entity: 3, fact: 1.3, sentence: 1 };

const INDEX_OPTIONS: Options<IndexedDoc> = {
  fields: FIELDS,
  storeFields: [],
  tokenize: (text) => [text],
  processTerm: (text) => indexTerms(text),
};

/** Lists what gets indexed, in a stable order. */
function collectDocs(pack: CardsPack): { refs: DocRef[]; docs: IndexedDoc[] } {
  const refs: DocRef[] = [];
  const docs: IndexedDoc[] = [];
  const add = (ref: DocRef, doc: Omit<IndexedDoc, 'id'>): void => {
    docs.push({ id: refs.length, ...doc });
    refs.push(ref);
  };
  for (const e of pack.entities) {
    add(['entity', e.id], {
      name: e.name,
      aliases: e.aliases.join(' · '),
      role: e.role ?? '',
      body: e.summary,
    });
  }
  for (const e of pack.entities) {
    e.facts.forEach((f, i) => add(['fact', e.id, i], { body: `${f.text} ${f.quote}` }));
  }
  for (const a of pack.articles) {
    for (const s of segmentSentences(a.body)) {
      add(['sentence', a.id, s.start, s.end], { body: s.text });
    }
  }
  return { refs, docs };
}

/** Builds the JSON-serializable index of `pack` (the pipeline's index stage). */
export function buildSearchIndex(pack: CardsPack): SearchIndexJson {
  const { refs, docs } = collectDocs(pack);
  const engine = new MiniSearch<IndexedDoc>(INDEX_OPTIONS);
  engine.addAll(docs);
  return {
    engine: 'minisearch',
    version: SEARCH_INDEX_VERSION,
    hash: pack.hash,
    docs: refs,
    index: engine.toJSON(),
  };
}

function isIndexJson(value: unknown, pack: CardsPack): value is SearchIndexJson {
  const v = value as Partial<SearchIndexJson> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.engine === 'minisearch' &&
    v.version === SEARCH_INDEX_VERSION &&
    v.hash === pack.hash &&
    Array.isArray(v.docs) &&
    typeof v.index === 'object'
  );
}

/**
 * Loads a prebuilt index for `pack`. An index that is missing, corrupt, of
 * another version or built from another pack is rebuilt from the pack.
 */
export function loadSearch(indexJson: unknown, pack: CardsPack): Searcher {
  let json = isIndexJson(indexJson, pack) ? indexJson : buildSearchIndex(pack);
  let engine: MiniSearch<IndexedDoc>;
  try {
    engine = MiniSearch.loadJS<IndexedDoc>(json.index, INDEX_OPTIONS);
  } catch {
    json = buildSearchIndex(pack);
    engine = MiniSearch.loadJS<IndexedDoc>(json.index, INDEX_OPTIONS);
  }
  return createSearcher(engine, json.docs, pack);
}

function createSearcher(engine: MiniSearch<IndexedDoc>, refs: DocRef[], pack: CardsPack): Searcher {
  const entities = new Map(pack.entities.map((e) => [e.id, e]));
  const articles = new Map(pack.articles.map((a) => [a.id, a]));

  const toHit = (r: SearchResult): SearchHit | undefined => {
    const ref = refs[r.id as number];
    if (!ref) return undefined;
    const base = { score: r.score, terms: r.terms };
    if (ref[0] === 'entity') {
      const entity = entities.get(ref[1]);
      const fields = [...new Set(Object.values(r.match).flat())];
      return entity && { type: 'entity', entity, fields, ...base };
    }
    if (ref[0] === 'fact') {
      const entity = entities.get(ref[1]);
      const fact = entity?.facts[ref[2]];
      return entity && fact && { type: 'fact', entity, fact, factIndex: ref[2], ...base };
    }
    const article = articles.get(ref[1]);
    const [, , start, end] = ref;
    return (
      article && {
        type: 'sentence',
        article,
        text: article.body.slice(start, end),
        start,
        end,
        ...base,
      }
    );
  };

  const run = (terms: string[], combineWith: 'AND' | 'OR', types?: readonly HitType[]) =>
    engine.search(terms.join(' '), {
      tokenize: (q) => q.split(' '),
      processTerm: (t) => t,
      combineWith,
      boost: { name: 5, aliases: 4, role: 3, body: 1 },
      prefix: (_term, i, all) => i === all.length - 1,
      fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
      maxFuzzy: 2,
      boostDocument: (id) => TYPE_BOOST[refs[id as number]?.[0] ?? 'sentence'],
      filter: types ? (r) => types.includes(refs[r.id as number]?.[0] ?? 'sentence') : undefined,
    });

  return {
    size: refs.length,
    search(query, { limit = 20, types } = {}) {
      const terms = queryTerms(query);
      if (terms.length === 0) return [];
      let results = run(terms, 'AND', types);
      if (results.length === 0 && terms.length > 1) results = run(terms, 'OR', types);
      const hits: SearchHit[] = [];
      for (const r of results) {
        const hit = toHit(r);
        if (hit) hits.push(hit);
        if (hits.length >= limit) break;
      }
      return hits;
    },
  };
}
