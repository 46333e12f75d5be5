import { describe, expect, it, vi } from 'vitest';
import { packFor, seedSpotter } from '../core/testing/spot';
import type { MatcherPack } from '../core/matcher-pack';
import { spotAnswerer } from './answer-spot';

const TEXT = 'Russian Foreign Minister Sergey Lavrov met John Kerry in Geneva. Kerry said little.';

describe('spotAnswerer', () => {
  it("answers the same mentions as the pack's spotter, reading the pack once", async () => {
    const load = vi.fn(async () => packFor());
    const answer = spotAnswerer(load);
    const [first, second] = await Promise.all([answer(TEXT), answer('Putin spoke.')]);
    expect(first).toEqual({ mentions: JSON.parse(JSON.stringify(seedSpotter.spot(TEXT))) });
    expect(first.mentions.map((m) => m.entityId)).toContain('john-kerry');
    expect(second.mentions.map((m) => m.text)).toEqual(['Putin']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('passes the page date to the linker', async () => {
    const answer = spotAnswerer(async () => packFor());
    const ids = async (pageDate?: string) =>
      (await answer('Leaders met at the G20 summit.', pageDate)).mentions.map((m) => m.entityId);
    expect(await ids('2016-09-06')).toEqual(['g20-summit-2016']);
    expect(await ids('2018-11-30')).toEqual(['g20']);
  });

  it('answers failed when the read fails, and reads again on the next request', async () => {
    const load = vi
      .fn<() => Promise<MatcherPack>>()
      .mockRejectedValueOnce(new Error('no file'))
      .mockResolvedValue(packFor());
    const answer = spotAnswerer(load);
    expect(await answer(TEXT)).toEqual({ mentions: [], failed: true });
    expect((await answer(TEXT)).mentions.length).toBeGreaterThan(0);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('answers failed for a table it cannot decode, says why once, and does not read it again', async () => {
    const load = vi.fn(async () => ({ ...packFor(), formatVersion: 1 }));
    const report = vi.fn();
    const answer = spotAnswerer(load, report);
    expect(await answer(TEXT)).toEqual({ mentions: [], failed: true });
    expect(await answer(TEXT)).toEqual({ mentions: [], failed: true });
    expect(load).toHaveBeenCalledTimes(1);
    expect(report).toHaveBeenCalledTimes(1);
    expect(String(report.mock.calls[0]![1])).toMatch(/format 1/);
  });
});
