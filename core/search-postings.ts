/**
 * Impact-ordered postings: for every term, the documents containing it, best
 * first, each with a precomputed impact (BM25 term weight per field, times the
 * field and type boosts). A query reads only the head of each list, so its cost
 * stays flat however common a word is.
 */
import { FIELD_BOOST, TYPE_BOOST, type Field, type SearchDoc } from './search-docs';
import { indexTerms } from './search-terms';

const K1 = 1.2;
const B = 0.7;
/** Impacts are stored as integers 1..IMPACT_SCALE of the largest impact. */
const IMPACT_SCALE = 65535;

/** The postings in JSON form (inside search.json). */
export interface PostingsJson {
  /** Sorted. */
  terms: string[];
  /** Postings of term i are entries offsets[i]..offsets[i+1]. */
  offsets: number[];
  /** Doc id of each entry. */
  docs: number[];
  /** Impact of each entry, scaled to integers. */
  impacts: number[];
  docCount: number;
}

/** Loaded postings, as typed arrays. */
export interface Postings {
  terms: string[];
  offsets: Uint32Array;
  docs: Uint32Array;
  impacts: Uint16Array;
  docCount: number;
}

/** Builds the postings of `docs` (doc id = position). */
export function buildPostings(docs: readonly SearchDoc[]): PostingsJson {
  const fields = Object.keys(FIELD_BOOST) as Field[];
  const tokenized = docs.map((d) => fields.map((f) => indexTerms(d.fields[f] ?? '')));
  const avg = fields.map((_, fi) => {
    const lengths = tokenized.map((t) => (t[fi] as string[]).length).filter((n) => n > 0);
    return lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  });
  const byTerm = new Map<string, Map<number, number>>();
  tokenized.forEach((perField, docId) => {
    const typeBoost = TYPE_BOOST[(docs[docId] as SearchDoc).ref[0]];
    perField.forEach((words, fi) => {
      const counts = new Map<string, number>();
      for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
      const norm = K1 * (1 - B + (B * words.length) / (avg[fi] as number));
      for (const [w, tf] of counts) {
        const impact = (typeBoost * FIELD_BOOST[fields[fi] as Field] * tf * (K1 + 1)) / (tf + norm);
        const postings = byTerm.get(w) ?? new Map<number, number>();
        postings.set(docId, (postings.get(docId) ?? 0) + impact);
        byTerm.set(w, postings);
      }
    });
  });
  const terms = [...byTerm.keys()].sort();
  let max = 0;
  for (const p of byTerm.values()) for (const v of p.values()) max = Math.max(max, v);
  const out: PostingsJson = { terms, offsets: [0], docs: [], impacts: [], docCount: docs.length };
  for (const term of terms) {
    const entries = [...(byTerm.get(term) as Map<number, number>)].sort(
      (a, b) => b[1] - a[1] || a[0] - b[0],
    );
    for (const [doc, impact] of entries) {
      out.docs.push(doc);
      out.impacts.push(Math.max(1, Math.round((impact / max) * IMPACT_SCALE)));
    }
    out.offsets.push(out.docs.length);
  }
  return out;
}

/** Loads postings JSON into typed arrays; throws on an inconsistent shape. */
export function loadPostings(json: PostingsJson): Postings {
  const { terms, offsets, docs, impacts, docCount } = json;
  if (
    !Array.isArray(terms) ||
    !Array.isArray(offsets) ||
    offsets.length !== terms.length + 1 ||
    !Array.isArray(docs) ||
    !Array.isArray(impacts) ||
    docs.length !== impacts.length ||
    offsets[terms.length] !== docs.length ||
    typeof docCount !== 'number'
  ) {
    throw new Error('search index: postings are inconsistent');
  }
  return {
    terms,
    offsets: Uint32Array.from(offsets),
    docs: Uint32Array.from(docs),
    impacts: Uint16Array.from(impacts),
    docCount,
  };
}
