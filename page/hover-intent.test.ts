import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from './hover-intent';

let log: string[];
let intent: HoverIntent<string>;
beforeEach(() => {
  vi.useFakeTimers();
  log = [];
  intent = new HoverIntent<string>({
    delayMs: () => 300,
    graceMs: 200,
    setTimer: (run, ms) => setTimeout(run, ms) as unknown as number,
    clearTimer: (id) => clearTimeout(id),
    same: (a, b) => a === b,
    onStart: (t) => log.push(`start ${t}`),
    onShow: (t) => log.push(`show ${t}`),
    onHide: () => log.push('hide'),
  });
});
afterEach(() => vi.useRealTimers());

describe('HoverIntent', () => {
  it('shows after the delay, and prefetches at once', () => {
    intent.over('putin');
    expect(log).toEqual(['start putin']);
    vi.advanceTimersByTime(299);
    expect(log).toEqual(['start putin']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['start putin', 'show putin']);
    expect(intent.current).toBe('putin');
  });

  it('shows nothing when the pointer passes by quickly', () => {
    intent.over('putin');
    vi.advanceTimersByTime(100);
    intent.over(null);
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['start putin']);
  });

  it('keeps the delay running while the pointer moves within one mention', () => {
    intent.over('putin');
    vi.advanceTimersByTime(200);
    intent.over('putin');
    vi.advanceTimersByTime(100);
    expect(log).toEqual(['start putin', 'show putin']);
  });

  it('keeps the card while the pointer travels into it, hides after the grace once out', () => {
    intent.over('putin');
    vi.advanceTimersByTime(300);
    intent.over(null);
    vi.advanceTimersByTime(150);
    intent.enterCard();
    vi.advanceTimersByTime(1000);
    expect(log).not.toContain('hide');
    intent.leaveCard();
    vi.advanceTimersByTime(199);
    expect(log).not.toContain('hide');
    vi.advanceTimersByTime(1);
    expect(log.at(-1)).toBe('hide');
    expect(intent.current).toBeNull();
  });

  it('keeps the card when the pointer comes back to its mention in time', () => {
    intent.over('putin');
    vi.advanceTimersByTime(300);
    intent.over(null);
    vi.advanceTimersByTime(100);
    intent.over('putin');
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['start putin', 'show putin']);
  });

  it('switches to another mention after its own delay', () => {
    intent.over('putin');
    vi.advanceTimersByTime(300);
    intent.over('kerry');
    vi.advanceTimersByTime(300);
    expect(log).toEqual(['start putin', 'show putin', 'start kerry', 'show kerry']);
  });

  it('shows at once on request and forgets on reset', () => {
    intent.over('putin');
    intent.show('kerry');
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['start putin', 'show kerry']);
    intent.reset();
    intent.leaveCard();
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['start putin', 'show kerry']);
    expect(intent.current).toBeNull();
  });
});
