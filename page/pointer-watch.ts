/**
 * Follows the pointer and hit-tests at most once per animation frame: moves
 * only record the point; a frame callback tests the latest one. Scrolling
 * re-tests (the text under a resting pointer moves). Moves over our own UI
 * report "in card" instead.
 */
import type { Lifetime } from './lifetime';

export interface PointerWatchOptions<T> {
  doc: Document;
  lifetime: Lifetime;
  /** True for an event target that is our UI host (shadow DOM retargets to it). */
  isOwn: (target: EventTarget | null) => boolean;
  test: (x: number, y: number) => T | null;
  onOver: (target: T | null) => void;
  onCard: (inside: boolean) => void;
}

export interface PointerWatch {
  /** Hit tests run so far. */
  readonly tests: number;
}

export function watchPointer<T>(o: PointerWatchOptions<T>): PointerWatch {
  let point: { x: number; y: number } | null = null;
  let framePending = false;
  let inCard = false;
  let tests = 0;

  const setInCard = (inside: boolean) => {
    if (inside === inCard) return;
    inCard = inside;
    o.onCard(inside);
  };
  const request = () => {
    if (framePending || !point) return;
    framePending = true;
    o.lifetime.requestAnimationFrame(() => {
      framePending = false;
      if (!point) return;
      tests++;
      o.onOver(o.test(point.x, point.y));
    });
  };

  const passive = { passive: true, capture: true };
  o.lifetime.addEventListener(
    o.doc,
    'pointermove',
    (event) => {
      const e = event as PointerEvent;
      if (o.isOwn(e.target)) {
        point = null;
        setInCard(true);
        return;
      }
      setInCard(false);
      point = { x: e.clientX, y: e.clientY };
      request();
    },
    passive,
  );
  o.lifetime.addEventListener(o.doc, 'scroll', request, passive);
  o.lifetime.addEventListener(
    o.doc,
    'pointerout',
    (event) => {
      if ((event as PointerEvent).relatedTarget !== null) return;
      point = null;
      setInCard(false);
      o.onOver(null);
    },
    passive,
  );
  return {
    get tests() {
      return tests;
    },
  };
}
