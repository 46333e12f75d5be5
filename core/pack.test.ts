import { describe, expect, it } from 'vitest';
import { highlightKind, HIGHLIGHT_KINDS } from './pack';

describe('highlightKind', () => {
  it('keeps actor kinds and draws every event kind as event', () => {
    expect(highlightKind('person')).toBe('person');
    expect(highlightKind('country')).toBe('country');
    expect(highlightKind('meeting')).toBe('event');
    expect(highlightKind('war')).toBe('event');
    expect(HIGHLIGHT_KINDS).toContain('event');
  });
});

describe('splitCardsPack and joinCardsParts', () => {
  const card = (id: string) => ({
    id,
    kind: 'person' as const,
    name: id,
    aliases: [],
    summary: '',
    facts: [],
    citations: [],
    related: [],
    asOf: '',
    articles: [],
  });
  const pack = {
    schema: 1,
    hash: 'h',
    entities: ['a', 'b', 'c', 'd', 'e'].map(card),
    articles: [],
    briefIndex: { count: 0, shardSize: 2000, months: [] },
  };

  it('cuts the entities into parts, the first with the rest of the pack, and puts them back', async () => {
    const { joinCardsParts, splitCardsPack } = await import('./pack');
    const parts = splitCardsPack(pack, 2);
    expect(parts.map((p) => [p.part, p.parts, p.entities.length, 'hash' in p])).toEqual([
      [0, 3, 2, true],
      [1, 3, 2, false],
      [2, 3, 1, false],
    ]);
    expect(joinCardsParts([parts[2]!, parts[0]!, parts[1]!])).toEqual(pack);
  });

  it('throws when a part is missing', async () => {
    const { joinCardsParts, splitCardsPack } = await import('./pack');
    const parts = splitCardsPack(pack, 2);
    expect(() => joinCardsParts([parts[0]!, parts[2]!])).toThrow('2 of 3 parts');
  });
});
