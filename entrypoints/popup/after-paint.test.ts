import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaintWhenIdle, whenShown } from './after-paint';

const FAKED = [
  'setTimeout',
  'clearTimeout',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
] as const;

/** A stand-in for the browser's PerformanceObserver; `report` delivers entries to the live ones. */
class FakeObserver {
  static supportedEntryTypes: readonly string[] = ['element', 'paint'];
  static live = new Set<FakeObserver>();
  static report(...identifiers: string[]) {
    const entries = identifiers.map((identifier) => ({ entryType: 'element', identifier }));
    for (const observer of [...FakeObserver.live]) {
      observer.callback({ getEntries: () => entries });
    }
  }
  constructor(private callback: (list: { getEntries(): object[] }) => void) {}
  observe() {
    FakeObserver.live.add(this);
  }
  disconnect() {
    FakeObserver.live.delete(this);
  }
}

/** Runs the fake clock into the second frame, checking that `fn` has not run before it begins. */
async function notBeforeTwoFrames(fn: () => void) {
  await vi.advanceTimersByTimeAsync(0);
  vi.advanceTimersToNextFrame();
  await vi.advanceTimersByTimeAsync(1);
  expect(fn).not.toHaveBeenCalled();
  vi.advanceTimersToNextFrame();
  expect(fn).not.toHaveBeenCalled();
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: [...FAKED] });
  FakeObserver.live.clear();
  FakeObserver.supportedEntryTypes = ['element', 'paint'];
  vi.stubGlobal('PerformanceObserver', FakeObserver);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('whenShown', () => {
  it('without an element, resolves in the task after the frame after the next one', async () => {
    const done = vi.fn();
    void whenShown(new AbortController().signal).then(done);
    await notBeforeTwoFrames(done);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('with Element Timing, waits for the named element’s paint, not for frames or other names', async () => {
    const done = vi.fn();
    void whenShown(new AbortController().signal, { element: 'backstory-entry' }).then(done);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextFrame();
    await vi.advanceTimersByTimeAsync(20);
    FakeObserver.report('something-else');
    await vi.advanceTimersByTimeAsync(0);
    expect(done).not.toHaveBeenCalled();
    FakeObserver.report('something-else', 'backstory-entry');
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toHaveBeenCalledTimes(1);
    expect(FakeObserver.live.size).toBe(0);
  });

  it('gives up waiting for the paint after its timeout', async () => {
    const done = vi.fn();
    void whenShown(new AbortController().signal, { element: 'x', timeoutMs: 250 }).then(done);
    await vi.advanceTimersByTimeAsync(249);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toHaveBeenCalledTimes(1);
    expect(FakeObserver.live.size).toBe(0);
  });

  it('counts frames where the browser has no Element Timing (Firefox)', async () => {
    FakeObserver.supportedEntryTypes = ['paint'];
    const done = vi.fn();
    void whenShown(new AbortController().signal, { element: 'x' }).then(done);
    expect(FakeObserver.live.size).toBe(0);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextFrame();
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['an element', { element: 'x' }],
    ['frames', {}],
  ])('never resolves once aborted (waiting for %s)', async (_, options) => {
    const done = vi.fn();
    const controller = new AbortController();
    void whenShown(controller.signal, options).then(done);
    vi.advanceTimersToNextFrame();
    controller.abort();
    expect(FakeObserver.live.size).toBe(0);
    FakeObserver.report('x');
    vi.advanceTimersToNextFrame();
    await vi.advanceTimersByTimeAsync(1000);
    expect(done).not.toHaveBeenCalled();
  });
});

describe('afterPaintWhenIdle', () => {
  it('runs only after the next frame is shown and an idle period', async () => {
    const run = vi.fn();
    afterPaintWhenIdle(run, new AbortController().signal, { timeoutMs: 500 });
    await notBeforeTwoFrames(run);
    await vi.advanceTimersByTimeAsync(600);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('waits for `shown` when given, then for the browser’s idle callback, and cancels it on abort', async () => {
    const idle: (() => void)[] = [];
    const cancel = vi.fn();
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', cancel);
    let show!: () => void;
    const shown = new Promise<void>((resolve) => (show = resolve));
    const run = vi.fn();
    const controller = new AbortController();
    afterPaintWhenIdle(run, controller.signal, { shown });
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextFrame();
    await vi.advanceTimersByTimeAsync(1000);
    expect(idle).toHaveLength(0);
    show();
    await vi.advanceTimersByTimeAsync(0);
    expect(idle).toHaveLength(1);
    expect(run).not.toHaveBeenCalled();
    idle[0]!();
    expect(run).toHaveBeenCalledTimes(1);
    controller.abort();
    expect(cancel).toHaveBeenCalledWith(1);
  });

  it.each([
    ['before the frame', 0],
    ['between the two frames', 17],
    ['after the frames, before idle', 34],
  ])('never runs when aborted %s', async (_, ms) => {
    const run = vi.fn();
    const controller = new AbortController();
    afterPaintWhenIdle(run, controller.signal);
    await vi.advanceTimersByTimeAsync(ms);
    controller.abort();
    await vi.advanceTimersByTimeAsync(2000);
    expect(run).not.toHaveBeenCalled();
  });
});
