/**
 * The cards pack inside the built extension, in files a reader takes one at a
 * time: a head (`pack/cards-head.json`: the articles, the brief index and how
 * many parts there are), parts of about CARDS_PART_SIZE entities each
 * (`pack/cards-<n>.json`, an entity's part decided by a hash of its id), and
 * for each part the names and kinds of its entities (`pack/names-<n>.json`).
 * The background worker, started cold by a hover, reads the head, the part of
 * the card and the names of the parts its related entities are in; the popup
 * and the library read the head and every part and get the whole pack back,
 * in its order.
 */
import type { CardsPack, EntityCard, EntityKind } from './pack';

/** Entities per part on average (about 150 KB of JSON each). */
export const CARDS_PART_SIZE = 200;

export const cardsHeadPath = 'pack/cards-head.json';
export function cardsPartPath(n: number): string {
  return `pack/cards-${n}.json`;
}
export function cardNamesPath(n: number): string {
  return `pack/names-${n}.json`;
}

/** Everything of the pack but its cards. */
export interface CardsHead extends Omit<CardsPack, 'entities'> {
  parts: number;
}

/** The name and kind of each entity of one part, by id. */
export type CardNames = Record<string, [name: string, kind: EntityKind]>;

/** The cards of one part, with each card's place in the whole pack. */
export interface CardsPart {
  part: number;
  entities: EntityCard[];
  at: number[];
}

/** The part that holds the card of `id` (FNV-1a of its UTF-16 code units). */
export function cardPartOf(id: string, parts: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % parts;
}

/** Cuts a cards pack into its head and parts. */
export function splitCardsPack(
  pack: CardsPack,
  size = CARDS_PART_SIZE,
): { head: CardsHead; parts: CardsPart[]; names: CardNames[] } {
  const { entities, ...rest } = pack;
  const count = Math.max(1, Math.ceil(entities.length / size));
  const parts: CardsPart[] = Array.from({ length: count }, (_, part) => ({
    part,
    entities: [],
    at: [],
  }));
  const names: CardNames[] = parts.map(() => ({}));
  entities.forEach((card, at) => {
    const n = cardPartOf(card.id, count);
    parts[n]!.entities.push(card);
    parts[n]!.at.push(at);
    names[n]![card.id] = [card.name, card.kind];
  });
  return { head: { ...rest, parts: count }, parts, names };
}

/** Puts the head and the parts (in any order) back together; throws when one is missing. */
export function joinCardsParts(head: CardsHead, parts: readonly CardsPart[]): CardsPack {
  const seen = new Set(parts.map((p) => p.part));
  if (seen.size !== head.parts || parts.some((p) => p.part < 0 || p.part >= head.parts)) {
    throw new Error(`cards pack: ${seen.size} of ${head.parts} parts`);
  }
  const entities: EntityCard[] = [];
  for (const part of parts) part.entities.forEach((card, i) => (entities[part.at[i]!] = card));
  const { parts: _parts, ...rest } = head;
  return { ...rest, entities };
}
