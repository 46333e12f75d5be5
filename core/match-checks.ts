/**
 * Checks run only where the trie found an alias (so their cost is per match,
 * not per character): capitalization, and URL / e-mail / handle context.
 */
import {
  charClass,
  CLS_NEWLINE,
  CLS_SPACE,
  isAllCaps,
  stripMarks,
  withoutStrokes,
} from './normalize';
import { tokenRuns } from './tokens';

/** A word as its case is checked: no diacritics, no strokes (`Yıldırım` as `Yildirim`). */
const plain = (word: string): string => withoutStrokes(stripMarks(word));

/**
 * An alias's words as written (diacritics and strokes removed), with `''` for words in
 * lowercase, which match any case.
 */
export function caseForms(alias: string): string[] {
  return (tokenRuns(alias)[0] ?? []).map((t) => {
    const form = plain(alias.slice(t.start, t.end));
    return form === form.toLowerCase() ? '' : form;
  });
}

/**
 * Whether the text's words fit an alias's capitalization (see `caseForms`):
 * a capitalized alias word matches as written (`Putin`, also with
 * diacritics: `Sergéi` for `Sergei`) or in ALL CAPS (`PUTIN SAYS`); a
 * lowercase one matches any case (`civil war`, `Civil War`). Word `k` is
 * `text[starts[k]..ends[k])`, as the matcher's walk found them.
 */
export function caseFits(
  forms: readonly string[],
  text: string,
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
): boolean {
  for (let k = 0; k < forms.length; k++) {
    const form = forms[k]!;
    if (form === '') continue;
    const pos = starts[k]!;
    const stop = ends[k]!;
    if (stop - pos === form.length && text.startsWith(form, pos)) continue;
    const word = plain(text.slice(pos, stop));
    if (word !== form && !(isAllCaps(word) && form.toUpperCase() === word)) return false;
  }
  return true;
}

const MAX_CHUNK = 120;

function isGap(code: number): boolean {
  const cls = charClass(code);
  return cls === CLS_SPACE || cls === CLS_NEWLINE;
}

/**
 * Whether `text[start..end)` sits inside a URL, e-mail address, handle, file
 * name or identifier: the whitespace-delimited chunk around it holds `@`, `_`,
 * `/`, `\`, `#`, `=`, or a dot followed by a lowercase letter or digit
 * (`kerry.com`, `@kerry`, `russian_space_geckos`).
 */
export function inNonProse(text: string, start: number, end: number): boolean {
  if (
    (start === 0 || isGap(text.charCodeAt(start - 1))) &&
    (end === text.length || isGap(text.charCodeAt(end)))
  ) {
    return false;
  }
  let from = start;
  while (from > 0 && !isGap(text.charCodeAt(from - 1))) {
    if (start - from > MAX_CHUNK) return true;
    from--;
  }
  let to = end;
  while (to < text.length && !isGap(text.charCodeAt(to))) {
    if (to - end > MAX_CHUNK) return true;
    to++;
  }
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 64 || c === 95 || c === 47 || c === 92 || c === 35 || c === 61) return true;
    if (c === 46 && i + 1 < to) {
      const next = text.charCodeAt(i + 1);
      if ((next >= 97 && next <= 122) || (next >= 48 && next <= 57)) return true;
    }
  }
  return false;
}
