/**
 * How brief search results are shown: under the cards they belong to. The
 * cards the query names come first (an exact name or alias first, then the
 * most recent and the most covered), each with its matching briefs (those in
 * its `briefs` list), then the briefs no such card names. Pure.
 */
import type { BriefHit } from './brief-search';
import type { EntityCard } from './pack';
import { tokenize } from './search-terms';

/** Briefs under a card, or under none (`entity` undefined). */
export interface BriefGroup {
  entity?: EntityCard;
  hits: BriefHit[];
}

const words = (text: string) =>
  tokenize(text)
    .map((t) => t.term)
    .join(' ');

/** Whether `query` is the card's name or one of its aliases, word for word. */
export function isExactName(entity: EntityCard, query: string): boolean {
  const q = words(query);
  return q !== '' && [entity.name, ...entity.aliases].some((n) => words(n) === q);
}

/**
 * The cards a search found, for grouping briefs: exact name first, then the
 * newest last brief, then the most briefs; the search's order breaks ties.
 */
export function rankEntities(entities: readonly EntityCard[], query: string): EntityCard[] {
  const key = (e: EntityCard) => [isExactName(e, query) ? 1 : 0, e.span?.last.slice(0, 4) ?? ''];
  return entities
    .map((entity, order) => ({ entity, order, key: key(entity) }))
    .sort(
      (a, b) =>
        (b.key[0] as number) - (a.key[0] as number) ||
        (b.key[1] as string).localeCompare(a.key[1] as string) ||
        (b.entity.briefs?.length ?? 0) - (a.entity.briefs?.length ?? 0) ||
        a.order - b.order,
    )
    .map((r) => r.entity);
}

/** Whether sorted `list` holds `value`. */
function holds(list: readonly number[], value: number): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return list[lo] === value;
}

/**
 * Brief hits (best first) grouped under the first of `entities` (ranked)
 * whose briefs hold them; the rest in a last group without a card. Each hit
 * appears once; groups keep the hits' order; empty groups are left out.
 */
export function groupBriefHits(
  hits: readonly BriefHit[],
  entities: readonly EntityCard[],
): BriefGroup[] {
  const groups: BriefGroup[] = entities.map((entity) => ({ entity, hits: [] }));
  const rest: BriefHit[] = [];
  for (const hit of hits) {
    const group = groups.find((g) => holds(g.entity?.briefs ?? [], hit.index));
    (group?.hits ?? rest).push(hit);
  }
  const shown = groups.filter((g) => g.hits.length > 0);
  return rest.length > 0 ? [...shown, { hits: rest }] : shown;
}
