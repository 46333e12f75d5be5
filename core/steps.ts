/**
 * Resumable work. A long computation is written as a generator that yields
 * wherever it may pause, with a bounded amount of work between two yields;
 * a caller on a busy thread (the content script's slice runner) resumes it
 * when it has time, and everyone else drains it at once.
 */

/** Work that yields at safe points and returns `T` at its end. */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end at once and returns the result. */
export function drain<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * Calls `visit` on each item, yielding after every `size` items and once at
 * the end (so consecutive passes never share a step).
 */
export function* eachInSteps<T>(
  items: readonly T[],
  size: number,
  visit: (item: T) => void,
): Steps<void> {
  for (let i = 0; i < items.length; i++) {
    visit(items[i]!);
    if ((i + 1) % size === 0) yield;
  }
  yield;
}
