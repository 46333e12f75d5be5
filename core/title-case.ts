/**
 * Title-case lines (`Russia Demands Obama Provide Proof Of Hacking Claims`):
 * there every word is capitalized, so a capitalized neighbour says little.
 * A neighbour there counts as part of a name only if the page never uses it
 * in lowercase (`Michelle`, but not `Demands`).
 */
import { codePointAt, isLetterCode, isMarkCode, unitsOf } from './char-props';
import { charClass, CLS_WORD, isCapitalized } from './normalize';

const FUNCTION_WORDS = new Set(
  'to for in of on with and the a an at by from as is are be has have over after into about vs'.split(
    ' ',
  ),
);
const MIN_WORDS = 4;
const MIN_CAPITALIZED_SHARE = 0.75;
/** A longer line is prose, not a headline. */
const MAX_HEADLINE = 200;

export interface PageWords {
  /** Whether the line holding `pos` is written in title case. */
  isTitleCaseLine(pos: number): boolean;
  /** Whether `word` occurs in lowercase as a whole word somewhere on the page. */
  usedInLowercase(word: string): boolean;
}

/** Lazily answers questions about a page's lines and words (cached per page). */
export function pageWords(text: string): PageWords {
  let breaks: number[] | undefined;
  const lines = new Map<number, boolean>();
  const lowercase = new Map<string, boolean>();
  return {
    isTitleCaseLine(pos) {
      if (!breaks) {
        breaks = [-1];
        for (const m of text.matchAll(/[\n\r\u2028\u2029\v\f\u0085]/g)) breaks.push(m.index);
        breaks.push(text.length);
      }
      // The last break before pos, by binary search.
      let lo = 0;
      let hi = breaks.length - 1;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (breaks[mid]! < pos) lo = mid;
        else hi = mid;
      }
      let known = lines.get(lo);
      if (known === undefined) {
        const start = breaks[lo]! + 1;
        const end = breaks[lo + 1]!;
        known = end - start <= MAX_HEADLINE && titleCase(text.slice(start, end));
        lines.set(lo, known);
      }
      return known;
    },
    usedInLowercase(word) {
      const lower = word.toLowerCase();
      let known = lowercase.get(lower);
      if (known === undefined) lowercase.set(lower, (known = hasWord(text, lower)));
      return known;
    },
  };
}

/**
 * The words of a line: a letter, then letters, combining marks, `'`, `’` and
 * `-`: what the pattern `[\p{L}][\p{L}\p{M}'’-]*` (flags `gu`) matches, read by
 * hand (see char-props.ts for why).
 */
export function lineWords(line: string): string[] {
  const words: string[] = [];
  const n = line.length;
  let i = 0;
  while (i < n) {
    let cp = codePointAt(line, i);
    if (!isLetterCode(cp)) {
      i += unitsOf(cp);
      continue;
    }
    const start = i;
    i += unitsOf(cp);
    while (i < n) {
      cp = codePointAt(line, i);
      const joins = cp === 0x27 || cp === 0x2019 || cp === 0x2d;
      if (!joins && !isLetterCode(cp) && !isMarkCode(cp)) break;
      i += unitsOf(cp);
    }
    words.push(line.slice(start, i));
  }
  return words;
}

function titleCase(line: string): boolean {
  const words = lineWords(line);
  if (words.length < MIN_WORDS) return false;
  const capitalized = words.filter(isCapitalized);
  const functionWord = capitalized.some((w) => FUNCTION_WORDS.has(w.toLowerCase()));
  return functionWord && capitalized.length / words.length >= MIN_CAPITALIZED_SHARE;
}

function hasWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    const before = i > 0 ? charClass(text.charCodeAt(i - 1)) : -1;
    const after = i + word.length < text.length ? charClass(text.charCodeAt(i + word.length)) : -1;
    if (before !== CLS_WORD && after !== CLS_WORD) return true;
  }
  return false;
}
