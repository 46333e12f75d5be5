/**
 * Stage 5, relate: who and what appear together. Two entities are related
 * when the catalog says so (an event's participants; an entry's `related`),
 * or when sentences name both (co-occurrence); `count` is that sentence count
 * (an article's sentences, and the corpus briefs that name both).
 */
import type { RelatedRef } from '../../core/pack';
import type { Entity } from '../model';

const VIA_RANK: Record<RelatedRef['via'], number> = { participant: 0, catalog: 1, cooccurrence: 2 };

/** Co-occurrence refs kept per entity beyond the catalog's own relations. */
export const MAX_COOCCURRENCE_REFS = 20;

/** Per entity id, its related refs: catalog relations first, then by count. */
export function relate(
  entities: readonly Entity[],
  together: readonly string[][],
): Map<string, RelatedRef[]> {
  const refs = new Map<string, Map<string, RelatedRef>>(entities.map((e) => [e.id, new Map()]));
  const put = (from: string, to: string, via: RelatedRef['via']): RelatedRef => {
    const map = refs.get(from)!;
    const ref = map.get(to) ?? { id: to, count: 0, via };
    if (VIA_RANK[via] < VIA_RANK[ref.via]) ref.via = via;
    map.set(to, ref);
    return ref;
  };
  for (const e of entities) {
    for (const p of e.participants) {
      put(e.id, p, 'participant');
      put(p, e.id, 'participant');
    }
    for (const r of e.related) {
      put(e.id, r, 'catalog');
      put(r, e.id, 'catalog');
    }
  }
  // What the corpus's briefs name together: one way, by the entity's own count.
  for (const e of entities) {
    for (const r of e.background?.related ?? [])
      if (r.id !== e.id) put(e.id, r.id, 'cooccurrence').count += r.count;
  }
  for (const ids of together) {
    for (const a of ids) for (const b of ids) if (a !== b) put(a, b, 'cooccurrence').count++;
  }
  const result = new Map<string, RelatedRef[]>();
  for (const [id, map] of refs) {
    const sorted = [...map.values()].sort(
      (a, b) => VIA_RANK[a.via] - VIA_RANK[b.via] || b.count - a.count || (a.id < b.id ? -1 : 1),
    );
    const catalog = sorted.filter((r) => r.via !== 'cooccurrence');
    const seen = sorted.filter((r) => r.via === 'cooccurrence').slice(0, MAX_COOCCURRENCE_REFS);
    result.set(id, [...catalog, ...seen]);
  }
  return result;
}
