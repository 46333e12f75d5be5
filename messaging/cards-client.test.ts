import { describe, expect, it, vi } from 'vitest';
import type { EntityCard } from '../core/pack';
import { createCardsClient } from './cards-client';

const card = { id: 'syria', name: 'Syria' } as EntityCard;

describe('createCardsClient', () => {
  it('asks once per id, and prefetches through the same cache', async () => {
    const send = vi.fn(async () => ({ cards: [card], names: {}, sources: {} }));
    const client = createCardsClient(send);
    client.prefetch('syria');
    const answer = await client.get('syria');
    expect(answer?.card).toBe(card);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: 'backstory/cards', ids: ['syria'], named: 6 });
  });

  it('answers null for an unknown id', async () => {
    const client = createCardsClient(async () => ({ cards: [], names: {}, sources: {} }));
    expect(await client.get('nobody')).toBeNull();
  });

  it('forgets a failed ask so the next one tries again', async () => {
    const send = vi
      .fn()
      .mockRejectedValueOnce(new Error('no receiver'))
      .mockResolvedValueOnce({ cards: [card], names: {}, sources: {} });
    const client = createCardsClient(send);
    expect(await client.get('syria')).toBeNull();
    expect((await client.get('syria'))?.card).toBe(card);
  });

  it('asks for earlier briefs as of the page date, past the cache, without spoiling it', async () => {
    const send = vi.fn(async () => ({ cards: [card], names: {}, sources: {} }));
    const client = createCardsClient(send, () => '2016-09-08');
    await client.get('syria');
    expect((await client.earlier('syria', 26))?.card).toBe(card);
    expect(send).toHaveBeenLastCalledWith({
      type: 'backstory/cards',
      ids: ['syria'],
      named: 6,
      asOf: '2016-09-08',
      before: 26,
    });
    await client.get('syria');
    expect(send).toHaveBeenCalledTimes(2);
    const failing = createCardsClient(vi.fn().mockRejectedValue(new Error('gone')));
    expect(await failing.earlier('syria', 26)).toBeNull();
  });
});
