import { describe, expect, it, vi } from 'vitest';
import type { BriefShard } from '../../core/brief-timeline';
import { BriefTexts } from './brief-texts';

const shard = (n: number): BriefShard => ({
  first: n * 2,
  briefs: [0, 1].map((k) => ({ date: '2016-09-09', text: `brief ${n * 2 + k}`, outlets: [] })),
});

describe('BriefTexts', () => {
  it('loads each needed shard once and reads briefs by global index', async () => {
    const load = vi.fn(async (n: number) => shard(n));
    const texts = new BriefTexts(load, 2);
    expect(texts.get(3)).toBeUndefined();
    await Promise.all([texts.need([3, 2, 5]), texts.need([2])]);
    expect(texts.get(3)?.text).toBe('brief 3');
    expect(texts.get(5)?.text).toBe('brief 5');
    expect(load.mock.calls.map((c) => c[0]).sort()).toEqual([1, 2]);
  });

  it('keeps only the most recently used shards', async () => {
    const texts = new BriefTexts(async (n) => shard(n), 2);
    await texts.need(Array.from({ length: 13 }, (_, n) => n * 2));
    await texts.need(Array.from({ length: 12 }, (_, n) => 200 + n * 2));
    expect(texts.get(0)).toBeUndefined();
    expect(texts.get(200)?.text).toBe('brief 200');
  });
});
