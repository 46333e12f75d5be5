/**
 * Reads the head of a possible dateline at a position: a place in capitals,
 * an optional region or date after a comma, an optional agency in brackets
 * and an optional dash (see dateline.ts for what makes it a dateline).
 *
 * A hand-written scanner with the exact meaning of this pattern, sticky at
 * the position (`dateline-head.test.ts` checks the two agree on random text):
 *
 *     (CAPS (SP CAPS){0,3}) (, SP+ REGION (,? SP+ REGION){0,4})?
 *     (?: SP* (AGENCY))? (?: (SP*) (DASH))?
 *     CAPS   = \p{Lu}[\p{Lu}\p{M}]*(?:[.'’-]\p{Lu}[\p{Lu}\p{M}]*)*\.?
 *     REGION = \p{Lu}[\p{L}\p{M}'’-]*(?:\.\p{Lu}[\p{L}\p{M}]*)*\.? | \d{1,4}
 *     AGENCY = \(\p{L}[\p{L}\p{M}.&' ]{0,30}\)     DASH = [\u2012-\u2015] | --?
 *
 * As a RegExp it took V8 ~30 ms to compile (its Unicode classes, copied once
 * per bounded repeat), paid by every page's first spot; the character tests
 * are char-props.ts's cached ones.
 */
import { isLetterCode, isMarkCode, isUpperCode } from './char-props';

const MAX_PLACE_WORDS = 4;
const MAX_REGION_WORDS = 5;
const MAX_AGENCY_TAIL = 30;

/** The parts of a dateline head, as the pattern's groups. */
export interface DatelineHead {
  /** Everything read, from the place to the dash. */
  whole: string;
  place: string;
  /** `, Calif.` (with its comma), if any. */
  region?: string;
  /** `(AP)`, if any. */
  agency?: string;
  /** The spaces before the dash ('' when none); undefined without a dash. */
  dashSpace?: string;
  dash?: string;
}

export const isLineSpaceChar = (ch: string): boolean =>
  ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u2009' || ch === '\u202f';
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
// Tests of the code unit at `i` (false past the end).
const UPPER = isUpperCode;
const LETTER = isLetterCode;
const UPPER_OR_MARK = (c: number): boolean => isUpperCode(c) || isMarkCode(c);
const LETTER_OR_MARK = (c: number): boolean => isLetterCode(c) || isMarkCode(c);
const is = (test: (code: number) => boolean, text: string, i: number): boolean =>
  i < text.length && test(text.charCodeAt(i));

/** End of a CAPS word at `i`, or -1. */
function capsWord(text: string, i: number): number {
  if (!is(UPPER, text, i)) return -1;
  i++;
  for (;;) {
    while (is(UPPER_OR_MARK, text, i)) i++;
    const joiner = text.charAt(i);
    const joins = joiner === '.' || joiner === "'" || joiner === '’' || joiner === '-';
    if (!joins || !is(UPPER, text, i + 1)) break;
    i += 2;
  }
  return text.charAt(i) === '.' ? i + 1 : i;
}

/** End of a REGION word at `i`, or -1. */
function regionWord(text: string, i: number): number {
  if (is(UPPER, text, i)) {
    i++;
    for (let ch = text.charAt(i); ; ch = text.charAt(i)) {
      if (is(LETTER_OR_MARK, text, i) || ch === "'" || ch === '’' || ch === '-') i++;
      else break;
    }
    while (text.charAt(i) === '.' && is(UPPER, text, i + 1)) {
      i += 2;
      while (is(LETTER_OR_MARK, text, i)) i++;
    }
    return text.charAt(i) === '.' ? i + 1 : i;
  }
  let end = i;
  while (end - i < 4 && isDigit(text.charAt(end))) end++;
  return end > i ? end : -1;
}

/** First index at or after `i` that is not a line space. */
function skipSpaces(text: string, i: number): number {
  while (isLineSpaceChar(text.charAt(i))) i++;
  return i;
}

/** The region group at `i` (a comma first), or -1. */
function regionGroup(text: string, i: number): number {
  if (text.charAt(i) !== ',' || !isLineSpaceChar(text.charAt(i + 1))) return -1;
  let end = regionWord(text, skipSpaces(text, i + 1));
  if (end === -1) return -1;
  for (let words = 1; words < MAX_REGION_WORDS; words++) {
    const comma = text.charAt(end) === ',' ? end + 1 : end;
    if (!isLineSpaceChar(text.charAt(comma))) break;
    const next = regionWord(text, skipSpaces(text, comma));
    if (next === -1) break;
    end = next;
  }
  return end;
}

/** The agency at `i` (its opening bracket), or -1 for its end. */
function agencyAt(text: string, i: number): number {
  if (text.charAt(i) !== '(' || !is(LETTER, text, i + 1)) return -1;
  let j = i + 2;
  for (let ch = text.charAt(j); ; ch = text.charAt(j)) {
    if (is(LETTER_OR_MARK, text, j) || ch === '.' || ch === '&' || ch === "'" || ch === ' ') j++;
    else break;
  }
  return j - (i + 2) <= MAX_AGENCY_TAIL && text.charAt(j) === ')' ? j + 1 : -1;
}

/** The dash at `i`, if any. */
function dashAt(text: string, i: number): string | undefined {
  const ch = text.charAt(i);
  if (ch >= '\u2012' && ch <= '\u2015') return ch;
  if (ch === '-') return text.charAt(i + 1) === '-' ? '--' : '-';
  return undefined;
}

/** The dateline head starting exactly at `at`, if a place in capitals starts there. */
export function readDatelineHead(text: string, at: number): DatelineHead | undefined {
  let i = capsWord(text, at);
  if (i === -1) return undefined;
  for (let words = 1; words < MAX_PLACE_WORDS; words++) {
    if (!isLineSpaceChar(text.charAt(i))) break;
    const next = capsWord(text, i + 1);
    if (next === -1) break;
    i = next;
  }
  const head: DatelineHead = { whole: '', place: text.slice(at, i) };
  const regionEnd = regionGroup(text, i);
  if (regionEnd !== -1) {
    head.region = text.slice(i, regionEnd);
    i = regionEnd;
  }
  const bracket = skipSpaces(text, i);
  const agencyEnd = agencyAt(text, bracket);
  if (agencyEnd !== -1) {
    head.agency = text.slice(bracket, agencyEnd);
    i = agencyEnd;
  }
  const dashStart = skipSpaces(text, i);
  const dash = dashAt(text, dashStart);
  if (dash !== undefined) {
    head.dashSpace = text.slice(i, dashStart);
    head.dash = dash;
    i = dashStart + dash.length;
  }
  head.whole = text.slice(at, i);
  return head;
}
