import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, afterPaintWhenIdle } from './after-paint';

describe('afterPaintWhenIdle', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: [
        'setTimeout',
        'clearTimeout',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'requestIdleCallback',
        'cancelIdleCallback',
      ],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs only after the next frame and an idle period', () => {
    const run = vi.fn();
    afterPaintWhenIdle(run, new AbortController().signal);
    vi.advanceTimersByTime(0);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(600);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('waits for the browser’s idle callback where there is one, and cancels it on abort', () => {
    const idle: (() => void)[] = [];
    const cancel = vi.fn();
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', cancel);
    const run = vi.fn();
    const controller = new AbortController();
    afterPaintWhenIdle(run, controller.signal);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1000);
    expect(idle).toHaveLength(1);
    expect(run).not.toHaveBeenCalled();
    idle[0]!();
    expect(run).toHaveBeenCalledTimes(1);
    controller.abort();
    expect(cancel).toHaveBeenCalledWith(1);
  });

  it.each([
    ['before the frame', 0],
    ['after the frame, before idle', 17],
  ])('never runs when aborted %s', (_, ms) => {
    const run = vi.fn();
    const controller = new AbortController();
    afterPaintWhenIdle(run, controller.signal);
    vi.advanceTimersByTime(ms);
    controller.abort();
    vi.advanceTimersByTime(2000);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('afterNextPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
  });
  afterEach(() => vi.useRealTimers());

  it('resolves in the task after the next frame, and never once aborted', async () => {
    const done = vi.fn();
    void afterNextPaint(new AbortController().signal).then(done);
    const aborted = vi.fn();
    const controller = new AbortController();
    void afterNextPaint(controller.signal).then(aborted);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(aborted).not.toHaveBeenCalled();
  });
});
