import { describe, expect, it } from 'vitest';
import { SEED_PACK } from '../../core/fixtures/seed-cards';
import { indexPack } from './pack-index';

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
