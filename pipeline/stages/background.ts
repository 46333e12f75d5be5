/**
 * Stage background: the corpus's briefs and the catalog built from them,
 * merged with the hand-written catalog. A generated entity merges into a
 * catalog entry with the same Wikipedia title, and a name mined from the
 * archive (no title of its own) merges into the entry that has it as its name
 * or an alias. The entry keeps every field it has (its id, name, kind,
 * aliases, role, facts) and gains the generated entities' briefs, roles, span
 * and stories; generated entities that name a merged one point at the entry's id.
 */
import type { Brief } from '../../core/brief';
import { buildCatalog, type CatalogStats, type GeneratedEntity } from '../kb/build-catalog';
import { referenceLists } from '../kb/reference-lists';
import type { Entity, EntityBackground } from '../model';
import type { SameThingEntry } from '../schemas';

export interface Background {
  entities: Entity[];
  stats?: CatalogStats;
}

const nameKey = (text: string): string => text.normalize('NFC').toLowerCase();

/** Hand-written entities merged with those built from `briefs`. */
export function background(
  hand: readonly Entity[],
  briefs: readonly Brief[],
  /** Titles reviewed by hand as one thing (`catalog/same-thing.yaml`). */
  sameThing: readonly SameThingEntry[] = [],
): Background {
  if (briefs.length === 0) return { entities: [...hand] };
  const { entities: generated, stats } = buildCatalog(briefs, referenceLists(), sameThing);
  const handByTitle = new Map(hand.filter((e) => e.wikipedia).map((e) => [e.wikipedia!, e]));
  const handByName = new Map<string, Entity>();
  for (const e of hand)
    for (const text of [
      e.name,
      ...e.aliases.filter((a) => a.strength === 'strong').map((a) => a.text),
    ])
      if (!handByName.has(nameKey(text))) handByName.set(nameKey(text), e);
  const entryOf = (g: GeneratedEntity): Entity | undefined =>
    handByTitle.get(g.wikipedia) ??
    (g.source === 'name' ? handByName.get(nameKey(g.name)) : undefined);
  const handIds = new Set(hand.map((e) => e.id));
  // Generated ids → final ids: merged ones take the entry's id; a clash with an entry's id gets a suffix.
  const idOf = new Map<string, string>();
  for (const g of generated) {
    const merged = entryOf(g);
    let id = merged?.id ?? g.id;
    for (let n = 2; !merged && handIds.has(id); n++) id = `${g.id}-${n}`;
    idOf.set(g.id, id);
  }
  const mapIds = (ids: readonly string[]): string[] =>
    ids.map((id) => idOf.get(id)!).filter(Boolean);
  const backgroundOf = (g: GeneratedEntity): EntityBackground => ({
    briefs: g.briefs,
    roles: g.roles,
    span: { first: g.first, last: g.last },
    related: g.related.flatMap((r) => {
      const id = idOf.get(r.id);
      return id ? [{ id, count: r.count }] : [];
    }),
    ...(g.ties.length > 0 && { ties: mapIds(g.ties) }),
    ...(g.parent && { parent: idOf.get(g.parent) }),
    children: mapIds(g.children),
  });
  const byId = new Map(hand.map((e) => [e.id, { ...e }]));
  for (const g of generated) {
    const id = idOf.get(g.id)!;
    const entry = byId.get(id);
    if (entry && entryOf(g)?.id === id) {
      entry.background = entry.background
        ? joinBackgrounds(entry.background, backgroundOf(g), id)
        : backgroundOf(g);
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

/** Two generated backgrounds of one catalog entry as one: every brief once, oldest first. */
export function joinBackgrounds(
  a: EntityBackground,
  b: EntityBackground,
  self: string,
): EntityBackground {
  const related = new Map<string, number>();
  for (const r of [...a.related, ...b.related])
    if (r.id !== self) related.set(r.id, Math.max(related.get(r.id) ?? 0, r.count));
  return {
    briefs: [...new Set([...a.briefs, ...b.briefs])].sort((x, y) => x - y),
    roles: [...a.roles, ...b.roles].sort((x, y) =>
      x.date < y.date ? -1 : x.date > y.date ? 1 : 0,
    ),
    span: {
      first: a.span.first < b.span.first ? a.span.first : b.span.first,
      last: a.span.last > b.span.last ? a.span.last : b.span.last,
    },
    related: [...related]
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .map(([id, count]) => ({ id, count })),
    ...((a.ties ?? b.ties) && {
      ties: [...new Set([...(a.ties ?? []), ...(b.ties ?? [])])].filter((id) => id !== self),
    }),
    ...((a.parent ?? b.parent) && { parent: a.parent ?? b.parent }),
    children: [...new Set([...a.children, ...b.children])].filter((id) => id !== self),
  };
}
