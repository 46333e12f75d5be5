/**
 * Runs work once the popup's first cards are on screen (and, for some, once
 * the main thread is idle after that), so that it never competes with
 * showing them.
 *
 * "On screen" is later than it looks. A frame callback runs as the browser
 * starts a frame, before its style, layout and paint; the frame's tiles are
 * then rastered and drawn off the main thread. In traces of the popup (2
 * cores, software raster) that took 25–35 ms after the frame's commit, and
 * whatever ran beside it (the rest of the list's layout, the worker's
 * IndexedDB reads for the cards' details) held the first cards back; even the
 * frame after it may begin before they are shown. Where the browser has
 * Element Timing (Chromium), it reports when a marked element was presented;
 * elsewhere (Firefox paints on the main thread, in the frame) the frame after
 * the next one is the best sign there is.
 */

/** How long a wait for an element's paint lasts at most, ms (an element never painted, a hidden page). */
const SHOWN_TIMEOUT_MS = 250;

/** Calls `cleanup` once `signal` aborts. */
function onAbort(signal: AbortSignal, cleanup: () => void): void {
  signal.addEventListener('abort', cleanup, { once: true });
}

/** Resolves in the task after the frame after the next one begins; never once `signal` aborts. */
function afterTwoFrames(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        timer = setTimeout(resolve, 0);
      });
    });
    onAbort(signal, () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    });
  });
}

/** True where the browser reports Element Timing entries. */
function hasElementTiming(): boolean {
  return (
    typeof PerformanceObserver === 'function' &&
    (PerformanceObserver.supportedEntryTypes ?? []).includes('element')
  );
}

/**
 * Resolves once the frame being made now is on screen: when the browser
 * reports an element with `elementtiming="<element>"` painted, where it has
 * Element Timing and `element` is given (at the latest `timeoutMs` later);
 * otherwise in the task after the frame after the next one begins. Never
 * resolves once `signal` aborts. Call it before the frame is made (in a
 * layout effect of the render that adds the element).
 */
export function whenShown(
  signal: AbortSignal,
  { element, timeoutMs = SHOWN_TIMEOUT_MS }: { element?: string; timeoutMs?: number } = {},
): Promise<void> {
  if (element === undefined || !hasElementTiming()) return afterTwoFrames(signal);
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      if (!signal.aborted) resolve();
    };
    const observer = new PerformanceObserver((list) => {
      const named = (entry: PerformanceEntry) =>
        (entry as PerformanceEntry & { identifier?: string }).identifier === element;
      if (list.getEntries().some(named)) done();
    });
    observer.observe({ type: 'element', buffered: true });
    const timer = setTimeout(done, timeoutMs);
    onAbort(signal, () => {
      observer.disconnect();
      clearTimeout(timer);
    });
  });
}

/**
 * Calls `run` once: after `shown` resolves (by default, once the next frame
 * is shown), then at the next idle period (at most `timeoutMs` later; a timer
 * where `requestIdleCallback` is missing). Nothing runs after `signal` aborts.
 */
export function afterPaintWhenIdle(
  run: () => void,
  signal: AbortSignal,
  { timeoutMs = 500, shown }: { timeoutMs?: number; shown?: Promise<void> } = {},
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  void (shown ?? whenShown(signal)).then(() => {
    if (signal.aborted) return;
    if (typeof requestIdleCallback === 'function') {
      idle = requestIdleCallback(() => run(), { timeout: timeoutMs });
    } else timer = setTimeout(run, 16);
  });
  onAbort(signal, () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  });
}
