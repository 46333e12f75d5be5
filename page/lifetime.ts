/**
 * The slice of WXT's content script context that page/ needs: every listener
 * and timer goes through it, so all of them end when the extension updates or
 * unloads.
 *
 * WXT's own `ctx.setTimeout` and `ctx.requestAnimationFrame` add an
 * "invalidated" listener per call and never remove it: a scan yields for a
 * frame every slice and hover asks for one per pointer frame, so on a page
 * read for an hour those listeners would pile up by the hundred thousand.
 * `trackedLifetime` keeps the pending timers in a set instead, each removed
 * when it fires or is cleared, and clears what is left once, on invalidation.
 */
export interface Lifetime {
  readonly signal: AbortSignal;
  addEventListener(
    target: EventTarget,
    type: string,
    handler: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
  setTimeout(handler: () => void, ms?: number): number;
  clearTimeout(id: number): void;
  requestAnimationFrame(callback: FrameRequestCallback): number;
  cancelAnimationFrame(id: number): void;
  onInvalidated(callback: () => void): () => void;
}

/** What `trackedLifetime` needs of WXT's `ContentScriptContext`. */
export interface InvalidatableContext {
  readonly signal: AbortSignal;
  readonly isValid: boolean;
  addEventListener: Lifetime['addEventListener'];
  onInvalidated(callback: () => void): () => void;
}

/** The timer functions of a window (injectable for tests). */
export interface TimerHost {
  setTimeout(handler: () => void, ms?: number): number;
  clearTimeout(id: number): void;
  requestAnimationFrame(callback: FrameRequestCallback): number;
  cancelAnimationFrame(id: number): void;
}

/** A `Lifetime` over `ctx` whose timers cost no listener each (see above). */
export function trackedLifetime(
  ctx: InvalidatableContext,
  host: TimerHost = globalThis as unknown as TimerHost,
): Lifetime {
  const timeouts = new Set<number>();
  const frames = new Set<number>();
  ctx.onInvalidated(() => {
    for (const id of timeouts) host.clearTimeout(id);
    for (const id of frames) host.cancelAnimationFrame(id);
    timeouts.clear();
    frames.clear();
  });
  return {
    signal: ctx.signal,
    addEventListener: (target, type, handler, options) =>
      ctx.addEventListener(target, type, handler, options),
    setTimeout(handler, ms) {
      const id = host.setTimeout(() => {
        timeouts.delete(id);
        if (ctx.isValid) handler();
      }, ms);
      timeouts.add(id);
      return id;
    },
    clearTimeout(id) {
      timeouts.delete(id);
      host.clearTimeout(id);
    },
    requestAnimationFrame(callback) {
      const id = host.requestAnimationFrame((time) => {
        frames.delete(id);
        if (ctx.isValid) callback(time);
      });
      frames.add(id);
      return id;
    },
    cancelAnimationFrame(id) {
      frames.delete(id);
      host.cancelAnimationFrame(id);
    },
    onInvalidated: (callback) => ctx.onInvalidated(callback),
  };
}
