import { describe, expect, it } from 'vitest';
import { cardPartOf, joinCardsParts, splitCardsPack } from './cards-parts';
import type { CardsPack, EntityCard } from './pack';

const card = (id: string): EntityCard => ({
  id,
  kind: id === 'syria' ? 'country' : 'person',
  name: id.toUpperCase(),
  aliases: [],
  summary: '',
  facts: [],
  citations: [],
  related: [],
  asOf: '',
  articles: [],
});
const ids = Array.from({ length: 40 }, (_, i) => `entity-${i}`).concat('syria');
const pack: CardsPack = {
  schema: 1,
  hash: 'h',
  entities: ids.map(card),
  articles: [],
  briefIndex: { count: 0, shardSize: 2000, months: [] },
};

describe('cardPartOf', () => {
  it('is a stable hash of the id within the part count', () => {
    expect(cardPartOf('vladimir-putin', 61)).toBe(cardPartOf('vladimir-putin', 61));
    expect(cardPartOf('anything', 1)).toBe(0);
    const spread = new Set(ids.map((id) => cardPartOf(id, 8)));
    expect(spread.size).toBe(8);
  });
});

describe('splitCardsPack and joinCardsParts', () => {
  it('puts each card and its name in the part of its id, and joins the parts back in order', () => {
    const { head, parts, names } = splitCardsPack(pack, 10);
    expect(head.parts).toBe(5);
    expect(parts).toHaveLength(5);
    expect(head).not.toHaveProperty('entities');
    expect(names[cardPartOf('syria', 5)]!.syria).toEqual(['SYRIA', 'country']);
    for (const part of parts) {
      for (const c of part.entities) expect(cardPartOf(c.id, 5)).toBe(part.part);
      expect(Object.keys(names[part.part]!).sort()).toEqual(part.entities.map((c) => c.id).sort());
    }
    expect(parts.flatMap((p) => p.entities)).toHaveLength(ids.length);
    expect(joinCardsParts(head, [...parts].reverse())).toEqual(pack);
  });

  it('keeps a pack of few cards in one part', () => {
    const { head, parts } = splitCardsPack({ ...pack, entities: [card('a')] });
    expect(head.parts).toBe(1);
    expect(parts[0]!.entities.map((c) => c.id)).toEqual(['a']);
  });

  it('throws when a part is missing', () => {
    const { head, parts } = splitCardsPack(pack, 10);
    expect(() => joinCardsParts(head, parts.slice(1))).toThrow('4 of 5 parts');
  });
});
