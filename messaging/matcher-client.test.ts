import { describe, expect, it, vi } from 'vitest';
import { packFor } from '../core/testing/spot';
import { askMatcher } from './matcher-client';

const noWait = () => Promise.resolve();

describe('askMatcher', () => {
  it('gives the alias table the background answers', async () => {
    const pack = packFor();
    const send = vi.fn(() => Promise.resolve(pack));
    await expect(askMatcher(send, noWait)).resolves.toBe(pack);
    expect(send).toHaveBeenCalledWith({ type: 'backstory/matcher' });
  });

  it('asks again while the worker starts, waiting longer each time', async () => {
    const pack = packFor();
    const send = vi
      .fn()
      .mockRejectedValueOnce(new Error('Could not establish connection'))
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce(pack);
    const waits: number[] = [];
    await expect(askMatcher(send, async (ms) => void waits.push(ms))).resolves.toBe(pack);
    expect(waits).toEqual([250, 1000]);
  });

  it('fails with the last error when no answer comes', async () => {
    const send = vi.fn(() => Promise.reject(new Error('no receiver')));
    await expect(askMatcher(send, noWait)).rejects.toThrow('no receiver');
    expect(send).toHaveBeenCalledTimes(4);
  });
});
