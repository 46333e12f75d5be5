/**
 * Build problems, each pinned to a place in a data file and printed as
 * `file:line:column: what is wrong` (1-based line and column).
 */

export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** `file:line:column: message`. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

/** Problems ordered by file, then line, then column (stable for equal places). */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}

/** Line and column (1-based) of UTF-16 offset `offset` in `text`. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
