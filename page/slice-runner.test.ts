import { describe, expect, it } from 'vitest';
import { createSliceRunner } from './slice-runner';

/** A fake clock: steps advance it; yields and sleeps are recorded. */
function setup(sliceMs = 10, budgetMs = 100, windowMs = 1000) {
  let t = 0;
  const log: string[] = [];
  const controller = new AbortController();
  const runner = createSliceRunner({
    sliceMs,
    budgetMs,
    windowMs,
    now: () => t,
    yieldToHost: async () => void log.push(`yield@${t}`),
    sleep: async (ms) => {
      log.push(`sleep ${ms}@${t}`);
      t += ms;
    },
    signal: controller.signal,
  });
  function* work(steps: number, msPerStep: number, result = 'done') {
    for (let i = 0; i < steps; i++) {
      t += msPerStep;
      yield;
    }
    return result;
  }
  return { runner, log, work, controller, time: () => t };
}

describe('createSliceRunner', () => {
  it('cuts a task into slices of at most sliceMs plus one step', async () => {
    const { runner, log, work } = setup(10);
    await expect(runner.run(work(25, 2))).resolves.toBe('done');
    // Five full slices, then one that only sees the task finish.
    expect(runner.stats.slices).toBe(6);
    expect(runner.stats.longestMs).toBe(10);
    expect(log).toEqual(['yield@10', 'yield@20', 'yield@30', 'yield@40', 'yield@50']);
  });

  it('sleeps to the end of the window once the budget is spent', async () => {
    const { runner, log, work } = setup(10, 30, 1000);
    await runner.run(work(50, 2));
    // 100 ms of work, 30 ms per second: three full windows, then the rest.
    expect(log.filter((l) => l.startsWith('sleep'))).toEqual([
      'sleep 970@30',
      'sleep 970@1030',
      'sleep 970@2030',
    ]);
    expect(runner.stats.throttled).toBe(3);
  });

  it('keeps our share of the time bounded for endless work', async () => {
    const { runner, work, time } = setup(10, 100, 1000);
    await runner.run(work(2000, 1));
    // 2000 ms of work at 100 ms per second takes at least 19 windows.
    expect(time()).toBeGreaterThanOrEqual(19_000);
    expect(runner.stats.longestMs).toBeLessThanOrEqual(10);
  });

  it('runs tasks one after another', async () => {
    const { runner, work } = setup();
    const order: string[] = [];
    const a = runner.run(work(20, 1, 'a')).then((r) => order.push(r));
    const b = runner.run(work(1, 1, 'b')).then((r) => order.push(r));
    await Promise.all([a, b]);
    expect(order).toEqual(['a', 'b']);
  });

  it('stops at the next slice once aborted', async () => {
    const { runner, work, controller } = setup();
    const first = runner.run(work(100, 1));
    controller.abort();
    await expect(first).rejects.toThrow('aborted');
  });

  it('runs the next task after one that failed', async () => {
    const { runner, work } = setup();
    const failing = runner.run(
      (function* () {
        yield;
        throw new Error('boom');
      })(),
    );
    const next = runner.run(work(3, 1, 'next'));
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
  });
});
