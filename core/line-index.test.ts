import { describe, expect, it } from 'vitest';
import { LINE_STEP_CHARS, lineReaderSteps } from './line-index';
import { drain, type Steps } from './steps';

/** `count` lines of 1 to 40 characters, some empty-looking (one space). */
const linesOf = (count: number) =>
  Array.from({ length: count }, (_, i) => (i % 97 === 5 ? ' ' : `line ${i} `.repeat(1 + (i % 4))));

describe('lineReaderSteps', () => {
  it.each([
    ['one line', ['solo']],
    ['an empty last line', ['a', 'b', '']],
    ['empty lines between', ['a', '', '', 'b']],
    ['a single empty line', ['']],
    ['lines over many steps', linesOf(20_000)],
  ])('reads every line back: %s', (_, lines) => {
    const read = drain(lineReaderSteps(lines.join('\n'), lines.length));
    expect(lines.map((_, i) => read(i))).toEqual(lines);
  });

  it('scans about LINE_STEP_CHARS characters per step', () => {
    const lines = linesOf(20_000);
    const text = lines.join('\n');
    const longest = Math.max(...lines.map((l) => l.length)) + 1;
    // Counts the characters indexOf scans in the text (from where it starts to the `\n` it finds).
    const proto = String.prototype;
    const { indexOf } = proto;
    let scanned = 0;
    proto.indexOf = function (this: string, search: string, from?: number) {
      const found = indexOf.call(this, search, from);
      if (this === text) scanned += (found === -1 ? this.length : found + 1) - (from ?? 0);
      return found;
    };
    const perStep: number[] = [];
    try {
      const steps: Steps<unknown> = lineReaderSteps(text, lines.length);
      while (!steps.next().done) {
        perStep.push(scanned);
        scanned = 0;
      }
      perStep.push(scanned);
    } finally {
      proto.indexOf = indexOf;
    }
    expect(perStep.reduce((a, b) => a + b)).toBe(text.length);
    expect(perStep.length).toBeGreaterThan(text.length / (LINE_STEP_CHARS + longest));
    expect(Math.max(...perStep)).toBeLessThan(LINE_STEP_CHARS + longest);
  });
});
