/**
 * Runs work after the popup's next frame has been painted and the main thread
 * is idle, so it never competes with showing the first cards.
 */

/**
 * Calls `run` once: after the next animation frame, then at the next idle
 * period (at most `timeoutMs` later; a timer where `requestIdleCallback` is
 * missing). Nothing runs after `signal` aborts.
 */
export function afterPaintWhenIdle(
  run: () => void,
  signal: AbortSignal,
  { timeoutMs = 500 }: { timeoutMs?: number } = {},
): void {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const hasIdle = typeof requestIdleCallback === 'function';
  frame = requestAnimationFrame(() => {
    // The frame is being produced now; the timer fires once it has been.
    timer = setTimeout(() => {
      if (hasIdle) idle = requestIdleCallback(() => run(), { timeout: timeoutMs });
      else timer = setTimeout(run, 16);
    }, 0);
  });
  signal.addEventListener(
    'abort',
    () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    },
    { once: true },
  );
}

/**
 * Resolves in the task after the next animation frame, once that frame has
 * been produced (painted); never, once `signal` aborts.
 */
export function afterNextPaint(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(resolve, 0);
    });
    signal.addEventListener(
      'abort',
      () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
      },
      { once: true },
    );
  });
}
