/**
 * Search hits and how the index's references become them: joined to the cards
 * and articles they point at, wherever those come from (the whole pack in the
 * library, the cards the background reads for a query). No index code here:
 * the popup's chunk imports the hit types without the engine.
 */
import type { ArticleRecord, EntityCard, Fact } from './pack';
import type { DocRef } from './search-docs';

export interface HitBase {
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

/** A hit before it is joined to the pack: what it points at, and how it matched. */
export interface RefHit extends HitBase {
  ref: DocRef;
}

/** Where hits find their cards and articles. */
export interface HitLookup {
  entity(id: string): EntityCard | undefined;
  article(id: string): ArticleRecord | undefined;
}

/** The hits whose card or article `lookup` has, in order; the others are left out. */
export function joinHits(refHits: readonly RefHit[], lookup: HitLookup): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const { ref, ...base } of refHits) {
    const hit = joinHit(ref, base, lookup);
    if (hit) hits.push(hit);
  }
  return hits;
}

function joinHit(ref: DocRef, base: HitBase, lookup: HitLookup): SearchHit | undefined {
  if (ref[0] === 'entity') {
    const entity = lookup.entity(ref[1]);
    return entity && { type: 'entity', entity, ...base };
  }
  if (ref[0] === 'fact') {
    const entity = lookup.entity(ref[1]);
    const fact = entity?.facts[ref[2]];
    return entity && fact && { type: 'fact', entity, fact, factIndex: ref[2], ...base };
  }
  const article = lookup.article(ref[1]);
  const [, , start, end] = ref;
  if (!article) return undefined;
  return { type: 'sentence', article, text: article.body.slice(start, end), start, end, ...base };
}

/** The ids of the cards that `refHits` point at (entities and facts), each once. */
export function hitEntityIds(refHits: readonly RefHit[]): string[] {
  const ids = new Set<string>();
  for (const { ref } of refHits) if (ref[0] !== 'sentence') ids.add(ref[1]);
  return [...ids];
}
