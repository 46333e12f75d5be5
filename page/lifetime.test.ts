import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trackedLifetime, type InvalidatableContext, type TimerHost } from './lifetime';

/** A context that counts its "invalidated" listeners, and a host with fake frames. */
function setup() {
  const controller = new AbortController();
  let listeners = 0;
  let orphaned = false;
  const ctx: InvalidatableContext = {
    signal: controller.signal,
    get isValid() {
      return !orphaned && !controller.signal.aborted;
    },
    addEventListener: (target, type, handler, options) =>
      target.addEventListener(type, handler, { ...options, signal: controller.signal }),
    onInvalidated(callback) {
      listeners++;
      controller.signal.addEventListener('abort', callback);
      return () => controller.signal.removeEventListener('abort', callback);
    },
  };
  const frames = new Map<number, FrameRequestCallback>();
  let nextFrame = 1;
  const host: TimerHost = {
    setTimeout: (handler, ms) => window.setTimeout(handler, ms),
    clearTimeout: (id) => window.clearTimeout(id),
    requestAnimationFrame: (callback) => (frames.set(nextFrame, callback), nextFrame++),
    cancelAnimationFrame: (id) => void frames.delete(id),
  };
  const drawFrame = () => {
    const due = [...frames.values()];
    frames.clear();
    for (const callback of due) callback(0);
  };
  const lifetime = trackedLifetime(ctx, host);
  /** WXT also finds a context invalid when the extension's runtime is gone, before any abort. */
  const orphan = () => (orphaned = true);
  return { lifetime, controller, frames, drawFrame, orphan, listeners: () => listeners };
}

describe('trackedLifetime', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('adds one invalidation listener however many timers and frames it runs', async () => {
    const { lifetime, drawFrame, listeners } = setup();
    let ran = 0;
    for (let i = 0; i < 1000; i++) {
      lifetime.setTimeout(() => ran++, 1);
      lifetime.requestAnimationFrame(() => ran++);
    }
    await vi.advanceTimersByTimeAsync(1);
    drawFrame();
    expect(ran).toBe(2000);
    expect(listeners()).toBe(1);
  });

  it('clears pending timers and frames when the context is invalidated, and runs none after', async () => {
    const { lifetime, controller, frames } = setup();
    let ran = 0;
    lifetime.setTimeout(() => ran++, 10);
    lifetime.requestAnimationFrame(() => ran++);
    controller.abort();
    await vi.advanceTimersByTimeAsync(20);
    expect(frames.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(ran).toBe(0);
  });

  it('runs nothing once the context is invalid, even before it is aborted', async () => {
    const { lifetime, drawFrame, orphan } = setup();
    let ran = 0;
    lifetime.setTimeout(() => ran++, 1);
    lifetime.requestAnimationFrame(() => ran++);
    orphan();
    await vi.advanceTimersByTimeAsync(1);
    drawFrame();
    expect(ran).toBe(0);
  });

  it('clears a timer and cancels a frame on request', async () => {
    const { lifetime, frames } = setup();
    let ran = 0;
    lifetime.clearTimeout(lifetime.setTimeout(() => ran++, 1));
    lifetime.cancelAnimationFrame(lifetime.requestAnimationFrame(() => ran++));
    await vi.advanceTimersByTimeAsync(5);
    expect(frames.size).toBe(0);
    expect(ran).toBe(0);
  });
});
