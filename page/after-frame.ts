/**
 * Waits for the page's next rendered frame, then for a task of its own: the
 * page's style and layout are clean then, so our first reads of computed
 * style do not recalculate a whole page that has not been drawn yet (on a
 * large page that recalculation alone is a long task, charged to us).
 */
import type { Lifetime } from './lifetime';

/** How long to wait for a frame in a tab that draws none (hidden), ms. */
export const NO_FRAME_MS = 100;

/** Resolves in a task after the next frame, or after `NO_FRAME_MS` if no frame comes. */
export function afterFrame(
  lifetime: Pick<
    Lifetime,
    'setTimeout' | 'clearTimeout' | 'requestAnimationFrame' | 'cancelAnimationFrame'
  >,
): Promise<void> {
  return new Promise<void>((done) => {
    const frame = lifetime.requestAnimationFrame(() => {
      lifetime.clearTimeout(fallback);
      lifetime.setTimeout(done, 0);
    });
    const fallback = lifetime.setTimeout(() => {
      lifetime.cancelAnimationFrame(frame);
      done();
    }, NO_FRAME_MS);
  });
}
