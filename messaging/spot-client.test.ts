import { describe, expect, it, vi } from 'vitest';
import { seedSpotter } from '../core/testing/spot';
import { Wait } from '../page/slice-runner';
import { MAX_SPOT_CHARS, type SpotRequest, type SpotResponse } from './protocol';
import { remoteSpotter } from './spot-client';

const noWait = () => Promise.resolve();
const TEXT = 'Sergey Lavrov met John Kerry. Kerry spoke.';
/** A background that spots with the seed catalog. */
const background = async (request: SpotRequest): Promise<SpotResponse> => ({
  mentions: seedSpotter.spot(request.text, { pageDate: request.pageDate }),
});

describe('remoteSpotter', () => {
  it("asks the background, with the page's date, and gives its mentions", async () => {
    const send = vi.fn(background);
    const spotter = remoteSpotter(send, noWait);
    const mentions = await spotter.spot(TEXT, { pageDate: '2016-09-08' });
    expect(mentions).toEqual(seedSpotter.spot(TEXT));
    expect(send).toHaveBeenCalledWith({
      type: 'backstory/spot',
      text: TEXT,
      pageDate: '2016-09-08',
    });
    await spotter.spot(TEXT);
    expect(send.mock.calls[1]![0]).toEqual({ type: 'backstory/spot', text: TEXT });
  });

  it('waits for the answer in a slice task, without running meanwhile', async () => {
    const spotter = remoteSpotter(background, noWait);
    const task = spotter.spotSteps(TEXT);
    const step = task.next();
    expect(step.value).toBeInstanceOf(Wait);
    await (step.value as Wait).until;
    const end = task.next();
    expect(end.done).toBe(true);
    expect(end.value).toEqual(seedSpotter.spot(TEXT));
  });

  it('asks again while the worker starts, waiting longer each time', async () => {
    const send = vi
      .fn(background)
      .mockRejectedValueOnce(new Error('Could not establish connection'))
      .mockResolvedValueOnce(undefined as unknown as SpotResponse);
    const waits: number[] = [];
    const spotter = remoteSpotter(send, async (ms) => void waits.push(ms));
    expect(await spotter.spot(TEXT)).toEqual(seedSpotter.spot(TEXT));
    expect(waits).toEqual([250, 1000]);
  });

  it('gives no mentions, and says why once, when no answer comes or the background has no table', async () => {
    const report = vi.fn();
    const silent = remoteSpotter(() => Promise.reject(new Error('no receiver')), noWait, report);
    expect(await silent.spot(TEXT)).toEqual([]);
    expect(await silent.spot(TEXT)).toEqual([]);
    expect(report).toHaveBeenCalledTimes(1);
    expect(String(report.mock.calls[0]![1])).toMatch(/no receiver/);

    const send = vi.fn(async () => ({ mentions: [], failed: true as const }));
    const noTable = vi.fn();
    expect(await remoteSpotter(send, noWait, noTable).spot(TEXT)).toEqual([]);
    expect(send).toHaveBeenCalledTimes(1); // the background has already tried to read it
    expect(String(noTable.mock.calls[0]![1])).toMatch(/no alias table/);
  });

  it('does not send a text over MAX_SPOT_CHARS', async () => {
    const send = vi.fn(background);
    const report = vi.fn();
    expect(await remoteSpotter(send, noWait, report).spot('x'.repeat(MAX_SPOT_CHARS + 1))).toEqual(
      [],
    );
    expect(send).not.toHaveBeenCalled();
    expect(report).toHaveBeenCalledTimes(1);
  });
});
