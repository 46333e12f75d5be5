/**
 * Stage background: the corpus's briefs and the catalog built from them,
 * merged with the hand-written catalog by Wikipedia title. A catalog entry
 * keeps every field it has (its id, name, kind, aliases, role, facts) and
 * gains the generated entity's briefs, roles, span and stories; generated
 * entities that name the merged one point at the entry's id.
 */
import type { Brief } from '../../core/brief';
import { buildCatalog, type CatalogStats, type GeneratedEntity } from '../kb/build-catalog';
import { referenceLists } from '../kb/reference-lists';
import type { Entity } from '../model';

export interface Background {
  entities: Entity[];
  stats?: CatalogStats;
}

/** Hand-written entities merged with those built from `briefs`. */
export function background(hand: readonly Entity[], briefs: readonly Brief[]): Background {
  if (briefs.length === 0) return { entities: [...hand] };
  const { entities: generated, stats } = buildCatalog(briefs, referenceLists());
  const handByTitle = new Map(hand.filter((e) => e.wikipedia).map((e) => [e.wikipedia!, e]));
  const handIds = new Set(hand.map((e) => e.id));
  // Generated ids → final ids: merged ones take the entry's id; a clash with an entry's id gets a suffix.
  const idOf = new Map<string, string>();
  for (const g of generated) {
    const merged = handByTitle.get(g.wikipedia);
    let id = merged?.id ?? g.id;
    for (let n = 2; !merged && handIds.has(id); n++) id = `${g.id}-${n}`;
    idOf.set(g.id, id);
  }
  const mapIds = (ids: readonly string[]): string[] =>
    ids.map((id) => idOf.get(id)!).filter(Boolean);
  const backgroundOf = (g: GeneratedEntity): Entity['background'] => ({
    briefs: g.briefs,
    roles: g.roles,
    span: { first: g.first, last: g.last },
    related: g.related.flatMap((r) => {
      const id = idOf.get(r.id);
      return id ? [{ id, count: r.count }] : [];
    }),
    ...(g.parent && { parent: idOf.get(g.parent) }),
    children: mapIds(g.children),
  });
  const byId = new Map(hand.map((e) => [e.id, { ...e }]));
  for (const g of generated) {
    const id = idOf.get(g.id)!;
    const entry = byId.get(id);
    if (entry && handByTitle.get(g.wikipedia) === hand.find((h) => h.id === id)) {
      entry.background = backgroundOf(g);
      continue;
    }
    byId.set(id, {
      id,
      kind: g.kind,
      name: g.name,
      aliases: g.aliases,
      summary: '',
      participants: mapIds(g.participants),
      related: [],
      cues: [],
      facts: [],
      file: 'data/corpus',
      wikipedia: g.wikipedia,
      background: backgroundOf(g),
    });
  }
  return { entities: [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), stats };
}
