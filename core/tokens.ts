/**
 * Tokens: the units the alias trie is keyed by.
 *
 * A token is a run of word characters (`Lavrov`, `G20`), or a `.` right after
 * a word (`U.S.` is `U . S .`). Two tokens are *joined* (may belong to one
 * name) when the gap between them is empty (around a dot) or holds only spaces,
 * at most one line break and at most one hyphen, dash or apostrophe — so
 * `al-Assad`, `John\u00a0Kerry` and `John\nKerry` join, while `Kerry, Lavrov`
 * and `Kerry. John` do not. A possessive is its own token (`Lavrov’s` is
 * `Lavrov s`), so a name never swallows it. Ignorable characters (soft
 * hyphens, zero-width characters) belong to the word they touch and are
 * invisible in a gap (`Vladi\u00admir \u200bPutin` is two joined tokens).
 */
import {
  charClass,
  CLS_CONNECTOR,
  CLS_DOT,
  CLS_NEWLINE,
  CLS_SPACE,
  CLS_WORD,
  foldText,
  isIgnorable,
} from './normalize';

/** End of the token starting at `start` (a word run, or one dot). */
export function tokenEnd(text: string, start: number): number {
  if (charClass(text.charCodeAt(start)) === CLS_DOT) return start + 1;
  let i = start;
  while (i < text.length && charClass(text.charCodeAt(i)) === CLS_WORD) i++;
  return i;
}

/**
 * Start of the token joined to the one ending at `end`, or -1 when the next
 * thing is a barrier (or the text ends).
 */
export function joinedTokenStart(text: string, end: number): number {
  const n = text.length;
  if (end >= n) return -1;
  const first = charClass(text.charCodeAt(end));
  if (first === CLS_DOT) {
    return end > 0 && charClass(text.charCodeAt(end - 1)) === CLS_WORD ? end : -1;
  }
  if (first === CLS_WORD) return charClass(text.charCodeAt(end - 1)) === CLS_DOT ? end : -1;
  let newlines = 0;
  let connectors = 0;
  for (let i = end; i < n; i++) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === CLS_WORD) {
      if (isIgnorable(code)) continue; // invisible in a gap: `Vladimir \u200b Putin`
      return i;
    }
    if (cls === CLS_SPACE) continue;
    if (cls === CLS_NEWLINE) {
      if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (++newlines > 1) return -1;
    } else if (cls === CLS_CONNECTOR) {
      if (++connectors > 1) return -1;
    } else return -1;
  }
  return -1;
}

export interface Token {
  start: number;
  end: number;
  /** The folded form the trie is keyed by. */
  key: string;
}

/** Splits `text` into runs of joined tokens (each run could be one name). */
export function tokenRuns(text: string): Token[][] {
  const runs: Token[][] = [];
  let i = 0;
  while (i < text.length) {
    if (charClass(text.charCodeAt(i)) !== CLS_WORD) {
      i++;
      continue;
    }
    const run: Token[] = [];
    runs.push(run);
    let start = i;
    while (start >= 0) {
      const end = tokenEnd(text, start);
      run.push({ start, end, key: foldText(text.slice(start, end)) });
      i = end;
      start = joinedTokenStart(text, end);
    }
  }
  return runs;
}

/**
 * The token keys of one alias. Throws when the alias is not a single run of
 * joined tokens (`Washington, D.C.` has a comma), naming the alias.
 */
export function aliasKeys(alias: string): string[] {
  const runs = tokenRuns(alias);
  const trimmed = alias.trim();
  const run = runs[0];
  const whole =
    runs.length === 1 &&
    run !== undefined &&
    run[0]!.start === alias.indexOf(trimmed) &&
    run[run.length - 1]!.end >= alias.indexOf(trimmed) + trimmed.replace(/\.$/, '').length;
  if (!whole || run === undefined) {
    throw new Error(
      `alias "${alias}": must be words joined by spaces, hyphens, apostrophes or dots`,
    );
  }
  return run.map((t) => t.key);
}
