import { describe, expect, it, vi } from 'vitest';
import type { BriefShard } from '../core/brief-timeline';
import type { CardsPack, EntityCard } from '../core/pack';
import { cardsAnswerer } from './answer-cards';
import { cachedCards, cachedReads, filesReader, packSource, readOnce } from './pack-reader';

const card = (id: string): EntityCard => ({
  id,
  kind: 'person',
  name: id.toUpperCase(),
  aliases: [],
  summary: '',
  facts: [],
  citations: [],
  related: [],
  asOf: '2016-09-08',
  articles: [],
});
const pack: CardsPack = {
  schema: 1,
  hash: 'h',
  entities: [card('kerry'), card('lavrov')],
  articles: [],
};

describe('cachedCards', () => {
  it('reads the head once and each part once while it is kept', async () => {
    const source = packSource(pack);
    const head = vi.spyOn(source, 'head');
    const part = vi.spyOn(source, 'part');
    const ask = cardsAnswerer(filesReader(cachedCards(source)));
    await ask(['kerry']);
    await ask(['lavrov']);
    expect(head).toHaveBeenCalledTimes(1);
    expect(part).toHaveBeenCalledTimes(1);
  });
});

describe('readOnce', () => {
  it('reads once, shares the read in flight, and reads again after a failure', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('no'))
      .mockResolvedValue('index');
    const read = readOnce(load);
    await expect(read()).rejects.toThrow('no');
    expect(await Promise.all([read(), read()])).toEqual(['index', 'index']);
    expect(await read()).toBe('index');
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('cachedReads', () => {
  it('reads a shard once, forgets a failed read and the least recently used beyond its size', async () => {
    let fail = true;
    const load = vi.fn(async (n: number): Promise<BriefShard> => {
      if (n === 9 && fail) throw new Error('no');
      return { first: n, briefs: [] };
    });
    const cached = cachedReads(load, 2);
    await cached(1);
    await cached(1);
    expect(load).toHaveBeenCalledTimes(1);
    await expect(cached(9)).rejects.toThrow('no');
    fail = false;
    await expect(cached(9)).resolves.toEqual({ first: 9, briefs: [] });
    await cached(3);
    await cached(1);
    expect(load.mock.calls.map(([n]) => n)).toEqual([1, 9, 9, 3, 1]);
  });
});
