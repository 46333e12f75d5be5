/**
 * Resumable work. A long computation is written as a generator that yields
 * wherever it may pause, with a bounded amount of work between two yields;
 * a caller on a busy thread (the content script's slice runner) resumes it
 * when it has time, and everyone else drains it at once.
 */

/** Work that yields at safe points and returns `T` at its end. */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` (whatever they yield) to the end at once and returns the result. */
export function drain<T>(steps: Generator<unknown, T, void>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * Runs `run(from, to)` over `[0, count)` in ranges that start at one item and
 * double up to `size`, yielding after each range (an empty pass still yields
 * once, so consecutive passes never share a step). A range, not a callback per
 * item: each pass keeps its own monomorphic loop, as fast as a plain `for`.
 *
 * Why the ramp: the first items of a pass are the first calls of its code in a
 * fresh page, where V8 compiles each function on its first call and runs it
 * cold; on a real page (gothamist.com) the first 24 matches' reading took
 * 10.5 ms cold and 1.3 ms warm. Starting small spreads that cost over several
 * steps, so the slice runner can yield between them.
 */
export function* inSteps(
  count: number,
  size: number,
  run: (from: number, to: number) => void,
): Steps<void> {
  let from = 0;
  let range = 1;
  do {
    const to = Math.min(count, from + Math.min(range, size));
    run(from, to);
    yield;
    from = to;
    range *= 2;
  } while (from < count);
}
