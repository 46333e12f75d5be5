/**
 * Follows the pointer and hit-tests at most once per animation frame. A move
 * in a frame that has had no test yet is tested at once, in its listener:
 * browsers send one pointermove per frame, so that is the usual case, and it
 * costs no frame callback (asking for one was a sixth of a hover's cost).
 * Further moves in the same frame only record the point, and one frame
 * callback tests the latest (in the next frame, if this one had its test).
 * The frame is told by the document timeline's current time: the time of the
 * current frame, the same in its input events and its frame callbacks;
 * without one (no view), every test waits for a frame callback. Scrolling re-tests (the text
 * under a resting pointer moves). Moves over our own UI report "in card".
 *
 * Where the browser has `pointerrawupdate` (Chromium, on secure pages), moves
 * are followed by it instead: Chromium holds `pointermove` for the next
 * frame, while a raw update is sent as the move comes, up to a frame earlier
 * (the card's data is asked for on arrival, so it comes that much sooner).
 */
import type { Lifetime } from './lifetime';

export interface PointerWatchOptions<T> {
  doc: Document;
  lifetime: Lifetime;
  /** True for an event target that is our UI host (shadow DOM retargets to it). */
  isOwn: (target: EventTarget | null) => boolean;
  /** `target`: the element the last move went to, or null when not known (after a scroll). */
  test: (x: number, y: number, target: Element | null) => T | null;
  onOver: (target: T | null) => void;
  onCard: (inside: boolean) => void;
}

export interface PointerWatch {
  /** Hit tests run so far. */
  readonly tests: number;
}

/** The event that tells a move soonest in `view`: `pointerrawupdate` where it has one. */
export function pointerMoveEvent(view: object | null): 'pointerrawupdate' | 'pointermove' {
  return view && 'onpointerrawupdate' in view ? 'pointerrawupdate' : 'pointermove';
}

export function watchPointer<T>(o: PointerWatchOptions<T>): PointerWatch {
  let point: { x: number; y: number; target: Element | null } | null = null;
  let framePending = false;
  let inCard = false;
  let tests = 0;
  /** The timeline time of the frame that ran the last test. */
  let testedFrame: number | null = null;
  const frameTime = (): number | null => {
    const time = o.doc.timeline?.currentTime;
    return typeof time === 'number' ? time : null;
  };

  const setInCard = (inside: boolean) => {
    if (inside === inCard) return;
    inCard = inside;
    o.onCard(inside);
  };
  const test = () => {
    if (!point) return;
    tests++;
    testedFrame = frameTime();
    o.onOver(o.test(point.x, point.y, point.target));
  };
  /** Tests now if this frame had no test, else in a frame callback (`again`: once more). */
  const request = (again = true) => {
    if (framePending || !point) return;
    const frame = frameTime();
    if (frame !== null && frame !== testedFrame) return test();
    framePending = true;
    o.lifetime.requestAnimationFrame(() => {
      framePending = false;
      // A move tested in its listener in this very frame: the next frame's turn.
      if (again && frame !== null && frameTime() === testedFrame) request(false);
      else test();
    });
  };

  const passive = { passive: true, capture: true };
  o.lifetime.addEventListener(
    o.doc,
    pointerMoveEvent(o.doc.defaultView),
    (event) => {
      const e = event as PointerEvent;
      if (o.isOwn(e.target)) {
        point = null;
        setInCard(true);
        return;
      }
      setInCard(false);
      point = { x: e.clientX, y: e.clientY, target: e.target instanceof Element ? e.target : null };
      request();
    },
    passive,
  );
  o.lifetime.addEventListener(
    o.doc,
    'scroll',
    () => {
      // The element under a resting pointer changes as the page scrolls.
      if (point) point.target = null;
      request();
    },
    passive,
  );
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
