/** Catalog entities as the core matcher takes them (`buildMatcherPack`). */
import type { SpotEntityInput } from '../core/matcher-pack';
import type { Entity } from './model';

/**
 * One matcher input per entity. `related` holds the catalog's relations
 * (participants and `related`, made symmetric by the matcher) plus `extra`
 * relations per id (co-occurrence, found by the relate stage).
 */
export function toSpotInputs(
  entities: readonly Entity[],
  extra: ReadonlyMap<string, readonly string[]> = new Map(),
  /** Countries' common names → their titles (reference-lists.ts), to mark a country's own names. */
  countries: ReadonlyMap<string, string> = new Map(),
): SpotEntityInput[] {
  return entities.map((e) => ({
    id: e.id,
    name: e.name,
    kind: e.kind,
    ...(e.wikipedia && { wikipedia: e.wikipedia }),
    // `America` is the United States' own name; `Washington`, its capital's, is not.
    aliases:
      e.kind === 'country'
        ? e.aliases.map((a) =>
            a.text !== e.name && countries.get(a.text) === e.name ? { ...a, countryName: true } : a,
          )
        : e.aliases,
    ...(e.dates && { dates: e.dates }),
    ...(e.cues.length > 0 && { cues: e.cues }),
    related: [...new Set([...e.participants, ...e.related, ...(extra.get(e.id) ?? [])])],
  }));
}
