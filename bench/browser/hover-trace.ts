/**
 * Handler time per pointer move from a Chromium trace: the script time of
 * each `pointermove` dispatch (or `pointerrawupdate`, where the listener is:
 * page/pointer-watch.ts follows raw updates where the browser has them) and
 * of each animation frame callback, counted for the scripts `isOurs` accepts
 * (by URL).
 */
import type { Thread, TraceEvent } from './trace-metrics';

export interface HandlerTimes {
  /** `pointermove` events dispatched. */
  moves: number;
  /** Our script time in each dispatch of the move event our listener is on, ms. */
  listenerMs: number[];
  /** Our script time in each animation frame that ran any of it, ms. */
  frameMs: number[];
}

const urlOf = (e: TraceEvent): string =>
  ((e.args as { data?: { url?: string } } | undefined)?.data?.url ?? '') as string;
const typeOf = (e: TraceEvent): string =>
  ((e.args as { data?: { type?: string } } | undefined)?.data?.type ?? '') as string;

/** Sums the `FunctionCall`s inside `outer` whose script `isOurs` accepts (outermost only), in ms. */
function oursInside(
  outer: TraceEvent,
  calls: readonly TraceEvent[],
  isOurs: (url: string) => boolean,
): number {
  const end = outer.ts + (outer.dur ?? 0);
  let sum = 0;
  let coveredUntil = -Infinity;
  for (const call of calls) {
    if (call.ts < outer.ts || call.ts >= end || call.ts < coveredUntil) continue;
    if (!isOurs(urlOf(call))) continue;
    sum += call.dur ?? 0;
    coveredUntil = call.ts + (call.dur ?? 0);
  }
  return sum / 1000;
}

/** Our handler time per pointer move and per frame on `thread`. */
export function handlerTimes(
  events: readonly TraceEvent[],
  thread: Thread,
  isOurs: (url: string) => boolean,
): HandlerTimes {
  const mine = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const calls = mine.filter((e) => e.name === 'FunctionCall');
  const dispatched = (type: string) =>
    mine.filter((e) => e.name === 'EventDispatch' && typeOf(e) === type);
  const moves = dispatched('pointermove');
  const raw = dispatched('pointerrawupdate').map((d) => oursInside(d, calls, isOurs));
  const cooked = moves.map((d) => oursInside(d, calls, isOurs));
  const frames = mine.filter((e) => e.name === 'FireAnimationFrame');
  return {
    moves: moves.length,
    listenerMs: raw.reduce((a, b) => a + b, 0) > cooked.reduce((a, b) => a + b, 0) ? raw : cooked,
    frameMs: frames.map((f) => oursInside(f, calls, isOurs)).filter((ms) => ms > 0),
  };
}
