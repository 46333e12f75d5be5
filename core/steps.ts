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
 * Runs `run(from, to)` over `[0, count)` in ranges of at most `size`,
 * yielding after each range (an empty pass still yields once, so consecutive
 * passes never share a step). A range, not a callback per item: each pass
 * keeps its own monomorphic loop, as fast as a plain `for`.
 */
export function* inSteps(
  count: number,
  size: number,
  run: (from: number, to: number) => void,
): Steps<void> {
  let from = 0;
  do {
    run(from, Math.min(count, from + size));
    yield;
    from += size;
  } while (from < count);
}
