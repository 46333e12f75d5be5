import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFrame, NO_FRAME_MS } from './after-frame';

describe('afterFrame', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** Frames are called by hand; timers are fake. Cancelled frames are left out. */
  const lifetime = (frames: FrameRequestCallback[]) => ({
    setTimeout: (handler: () => void, ms?: number) => window.setTimeout(handler, ms),
    clearTimeout: (id: number) => window.clearTimeout(id),
    requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(callback) - 1,
    cancelAnimationFrame: (id: number) => void frames.splice(id, 1),
  });

  it('resolves in a task after the next frame', async () => {
    const frames: FrameRequestCallback[] = [];
    let resolved = false;
    void afterFrame(lifetime(frames)).then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(resolved).toBe(false);
    frames.shift()!(0);
    await Promise.resolve();
    expect(resolved).toBe(false); // not in the frame callback itself
    await vi.advanceTimersByTimeAsync(0);
    expect(resolved).toBe(true);
    expect(vi.getTimerCount()).toBe(0); // the fallback timer went with the frame
  });

  it('gives up waiting when no frame comes (a hidden tab)', async () => {
    let resolved = false;
    const frames: FrameRequestCallback[] = [];
    void afterFrame(lifetime(frames)).then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(NO_FRAME_MS - 1);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(resolved).toBe(true);
    expect(frames).toEqual([]); // the frame request went with the fallback
  });
});
