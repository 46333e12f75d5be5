/**
 * Random access to the lines of a `\n`-joined text (the pack's entity ids,
 * names and alias texts: a few big strings rather than 100k small ones),
 * indexed in steps so that a 100k-line text never costs one long step.
 */
import type { Steps } from './steps';

/** Characters scanned per step, give or take the line the step ends in. */
export const LINE_STEP_CHARS = 32_768;

/**
 * Indexes where each of the `count` lines of `text` starts, about
 * `LINE_STEP_CHARS` characters per step, and returns a reader of line `i`
 * (without its `\n`).
 */
export function* lineReaderSteps(text: string, count: number): Steps<(line: number) => string> {
  // Line i is text[offsets[i], offsets[i + 1] - 1): every end is one past a `\n`.
  const offsets = new Uint32Array(count + 1);
  let line = 0;
  let pos = 0;
  while (line < count) {
    const stop = pos + LINE_STEP_CHARS;
    while (line < count && pos < stop) {
      const end = text.indexOf('\n', pos);
      pos = (end === -1 ? text.length : end) + 1;
      offsets[++line] = pos;
    }
    yield;
  }
  return (i) => text.slice(offsets[i]!, offsets[i + 1]! - 1);
}
