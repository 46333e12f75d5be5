import type { Problem } from '../problems';

/** A malformed corpus file: where, and what is wrong. */
export class CorpusError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.file}:${problem.line}:${problem.column}: ${problem.message}`);
  }
}

export function corpusError(
  file: string,
  line: number,
  column: number,
  message: string,
): CorpusError {
  return new CorpusError({ file, line, column, message });
}
