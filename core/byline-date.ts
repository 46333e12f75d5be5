/**
 * Whether a line opens with a date (`September 8, 2016`, `Thu, Sep 8`,
 * `8 Sept`, `2016-09-08`, `9/8/16`): the date line that makes an ALL-CAPS
 * place above or below it a byline (dateline.ts).
 *
 * A hand-written scanner with the exact meaning of this pattern, with flags
 * `iu` (`byline-date.test.ts` checks the two agree on random text):
 *
 *     ^(?:DAY\p{L}*\.?,?\s+)?
 *      (?:MONTH\p{L}*\.?\s+\d{1,2}\b | \d{1,2}\.?\s+MONTH
 *       | \d{4}-\d{2}-\d{2}\b | \d{1,2}\/\d{1,2}\/\d{2,4}\b)
 *     DAY = mon|tue|wed|thu|fri|sat|sun    MONTH = jan|feb|…|dec
 *
 * As a RegExp, V8 compiled it on the first byline of a page (its `\p{L}`
 * under `i`). Under `iu`, `ſ` (U+017F) is an `s`, the Kelvin sign an `k` (so
 * both are word characters for `\b`), and U+0345 a letter (it folds to `ι`).
 */
import { codePointAt, isLetterCode, unitsOf } from './char-props';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const LONG_S = 0x17f;
const KELVIN = 0x212a;
const YPOGEGRAMMENI = 0x345;

/** A code unit as `iu` compares it with a lowercase ASCII letter. */
function folded(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  return c === LONG_S ? 115 : c === KELVIN ? 107 : c;
}

/** Whether one of `words` (three lowercase letters) starts at `i`. */
function wordAt(s: string, i: number, words: readonly string[]): boolean {
  const a = folded(s.charCodeAt(i));
  const b = folded(s.charCodeAt(i + 1));
  const c = folded(s.charCodeAt(i + 2));
  return words.some((w) => w.charCodeAt(0) === a && w.charCodeAt(1) === b && w.charCodeAt(2) === c);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** `\w` under `iu`. */
const isWordChar = (c: number): boolean =>
  isDigit(c) ||
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  c === 95 ||
  c === LONG_S ||
  c === KELVIN;
/** `\s`: JavaScript white space and line terminators. */
const isSpace = (c: number): boolean =>
  (c >= 9 && c <= 13) ||
  c === 32 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** End of the run at `i` of code units passing `test`. */
function run(s: string, i: number, test: (c: number) => boolean): number {
  while (i < s.length && test(s.charCodeAt(i))) i++;
  return i;
}

/** End of `\p{L}*` (under `iu`) at `i`. */
function letters(s: string, i: number): number {
  while (i < s.length) {
    const cp = codePointAt(s, i);
    if (!isLetterCode(cp) && cp !== YPOGEGRAMMENI) break;
    i += unitsOf(cp);
  }
  return i;
}

const boundaryAfterDigits = (s: string, i: number): boolean => !isWordChar(s.charCodeAt(i));
const at = (s: string, i: number, c: number): boolean => s.charCodeAt(i) === c;

/** Whether a date of one of the four forms starts at `i`. */
function dateAt(s: string, i: number): boolean {
  if (wordAt(s, i, MONTHS)) {
    let j = letters(s, i + 3);
    if (at(s, j, 46)) j++;
    const digits = run(s, j, isSpace);
    if (digits === j) return false;
    const end = run(s, digits, isDigit);
    return end > digits && end - digits <= 2 && boundaryAfterDigits(s, end);
  }
  const first = run(s, i, isDigit) - i;
  if (first === 0) return false;
  if (first <= 2) {
    let j = i + first;
    if (at(s, j, 47)) {
      const second = run(s, j + 1, isDigit) - (j + 1);
      if (second < 1 || second > 2 || !at(s, j + 1 + second, 47)) return false;
      j += 2 + second;
      const third = run(s, j, isDigit) - j;
      return third >= 2 && third <= 4 && boundaryAfterDigits(s, j + third);
    }
    if (at(s, j, 46)) j++;
    const month = run(s, j, isSpace);
    return month > j && wordAt(s, month, MONTHS);
  }
  if (first !== 4 || !at(s, i + 4, 45)) return false;
  if (run(s, i + 5, isDigit) !== i + 7 || !at(s, i + 7, 45)) return false;
  return run(s, i + 8, isDigit) === i + 10 && boundaryAfterDigits(s, i + 10);
}

/** Whether `line` starts with a date (see the module comment). */
export function startsWithDate(line: string): boolean {
  if (wordAt(line, 0, DAYS)) {
    let j = letters(line, 3);
    if (at(line, j, 46)) j++;
    if (at(line, j, 44)) j++;
    const next = run(line, j, isSpace);
    if (next > j && dateAt(line, next)) return true;
  }
  return dateAt(line, 0);
}
