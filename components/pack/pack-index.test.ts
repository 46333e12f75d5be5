import { describe, expect, it } from 'vitest';
import { SEED_PACK } from '../../core/fixtures/seed-cards';
import { indexCardsAnswer, indexPack } from './pack-index';

describe('indexPack', () => {
  const index = indexPack(SEED_PACK);
  it('looks up cards, names, sources and citing cards', () => {
    expect(index.cards.get('sergey-lavrov')?.name).toBe('Sergey Lavrov');
    expect(index.names['g20-hangzhou-2016']).toEqual({
      name: 'G20 summit in Hangzhou',
      kind: 'summit',
    });
    expect(index.sources['seed-geneva']).toEqual({
      title: 'Kerry heads to Geneva for Syria talks with Lavrov',
      source: 'The Times of Israel',
      published: '2016-09-08',
      url: undefined,
    });
    expect(index.citedBy.get('seed-geneva')?.map((e) => e.id)).toEqual(
      SEED_PACK.entities.map((e) => e.id),
    );
  });
});

describe('indexCardsAnswer', () => {
  it('looks up only the answered cards, with the names and sources they refer to', () => {
    const lavrov = SEED_PACK.entities[0]!;
    const index = indexCardsAnswer({
      cards: [lavrov],
      names: { 'john-kerry': { name: 'John Kerry', kind: 'person' } },
      sources: { 'seed-geneva': { title: 'T', source: 'S', published: '2016-09-08' } },
    });
    expect([...index.cards.keys()]).toEqual(['sergey-lavrov']);
    expect(index.names['john-kerry']?.name).toBe('John Kerry');
    expect(index.names['sergey-lavrov']?.name).toBe('Sergey Lavrov');
    expect(index.sources['seed-geneva']?.source).toBe('S');
  });
});
