import { describe, expect, it } from 'vitest';
import { drain } from '../core/steps';
import {
  AFTER_FRAME,
  awaited,
  createSliceRunner,
  MAX_RUN_MEASURES,
  type SliceRunnerOptions,
  type Step,
} from './slice-runner';

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

  /** Runs steps of 4 ms each in 10 ms slices; logs how each slice ended. */
  async function slicesOf(steps: Step[]) {
    let t = 0;
    const log: string[] = [];
    function* task() {
      for (const step of steps) {
        t += 4;
        yield step;
      }
    }
    const runner = createSliceRunner({
      sliceMs: 10,
      now: () => t,
      yieldToHost: async () => void log.push(`yield@${t}`),
      waitForFrame: async () => void log.push(`frame@${t}`),
      sleep: async () => undefined,
    });
    await runner.run(task());
    return log;
  }

  it('resumes after a frame when a slice ends before a step that reads style', async () => {
    const steps: Step[] = [undefined, undefined, AFTER_FRAME, undefined, undefined, undefined];
    // Slices end after 12 ms (step 3, before a style read) and 24 ms (step 6, before none).
    expect(await slicesOf(steps)).toEqual(['frame@12', 'yield@24']);
  });

  it('yields to the host when the slice ends before a step that reads none', async () => {
    // The style read after step 2 runs inside the first slice, which ends at
    // step 3; the second ends at step 6, before a style read.
    const steps: Step[] = [undefined, AFTER_FRAME, undefined, undefined, undefined, AFTER_FRAME];
    expect(await slicesOf(steps)).toEqual(['yield@12', 'frame@24']);
  });

  it('ends the slice at a wait and resumes once the answer came, with its value or error', async () => {
    const { runner, log, work, time } = setup(10);
    let answer = (_: string) => {};
    const asked = new Promise<string>((done) => (answer = done));
    const seen: string[] = [];
    function* task() {
      yield* work(1, 2);
      const value = yield* awaited(asked);
      seen.push(`${value}@${time()}`);
      try {
        yield* awaited(Promise.reject(new Error('no worker')));
      } catch (error) {
        seen.push((error as Error).message);
      }
      return yield* work(1, 2, 'end');
    }
    const run = runner.run(task());
    await new Promise((r) => setTimeout(r, 5));
    // Waiting: the first slice ended at the wait (2 ms in), and no slice or yield ran since.
    expect(runner.stats.slices).toBe(1);
    expect(seen).toEqual([]);
    answer('mentions');
    await expect(run).resolves.toBe('end');
    expect(seen).toEqual(['mentions@2', 'no worker']);
    expect(log).toEqual([]); // a wait is no yield to the host, and no busy time
    expect(runner.stats.windowUsedMs).toBe(4);
  });

  it('refuses to go on past a wait when drained without waiting', () => {
    expect(() => drain(awaited(new Promise(() => undefined)))).toThrow(/before the answer/);
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

  describe('run measures', () => {
    /** A runner on a fake clock whose measures land in `measures`. */
    function measuring(measureName?: string | null) {
      let t = 100;
      const measures: { name: string; options: PerformanceMeasureOptions }[] = [];
      const options: SliceRunnerOptions = {
        sliceMs: 10,
        now: () => t,
        yieldToHost: async () => undefined,
        sleep: async (ms) => void (t += ms),
        timeline: {
          measure: (name: string, options?: string | PerformanceMeasureOptions) => {
            measures.push({ name, options: options as PerformanceMeasureOptions });
            return undefined as unknown as PerformanceMeasure;
          },
        },
      };
      if (measureName !== undefined) options.measureName = measureName;
      const runner = createSliceRunner(options);
      function* work(steps: number, msPerStep: number) {
        for (let i = 0; i < steps; i++) {
          t += msPerStep;
          yield;
        }
      }
      return { runner, measures, work };
    }

    it('records each run: start, end, slices, busy time and longest slice', async () => {
      const { runner, measures, work } = measuring('backstory-task');
      await runner.run(work(12, 2)); // 24 ms: slices of 10, 10 and 4 ms
      await runner.run(work(1, 3));
      expect(measures).toEqual([
        {
          name: 'backstory-task',
          options: { start: 100, end: 124, detail: { slices: 3, busyMs: 24, longestMs: 10 } },
        },
        {
          name: 'backstory-task',
          options: { start: 124, end: 127, detail: { slices: 1, busyMs: 3, longestMs: 3 } },
        },
      ]);
    });

    it('records nothing unless a measure is named', async () => {
      const unnamed = measuring();
      await unnamed.runner.run(unnamed.work(3, 1));
      expect(unnamed.measures).toEqual([]);
    });

    it('stops recording after the first runs, and records nothing when disabled', async () => {
      const limited = measuring('scan');
      for (let i = 0; i < MAX_RUN_MEASURES + 5; i++) await limited.runner.run(limited.work(1, 1));
      expect(limited.measures).toHaveLength(MAX_RUN_MEASURES);
      expect(limited.measures[0]!.name).toBe('scan');
      const off = measuring(null);
      await off.runner.run(off.work(3, 1));
      expect(off.measures).toEqual([]);
    });
  });
});
