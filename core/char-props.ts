/**
 * Unicode general categories of single characters, cached per UTF-16 code
 * unit: letter (`\p{L}`), uppercase (`\p{Lu}`), lowercase (`\p{Ll}`) and
 * combining mark (`\p{M}`).
 *
 * Why not patterns such as title-case words or `[^\p{Lu}]`: V8 compiles Unicode
 * property classes slowly (milliseconds for a pattern that repeats or negates
 * one), and the content script paid it in its first spotting step. Here each
 * property is a one-class pattern, compiled once on the first character
 * outside ASCII that asks for it, and each answer is kept in a 64 Ki table.
 *
 * The `*Code` functions take a code point; given a lone surrogate they answer
 * false, as a `u` pattern tested on one `charAt` would. `codePointAt` reads
 * the code point at an index the way a `u` pattern steps through a string.
 */

/** The property patterns, created on the first character outside ASCII that asks. */
let patterns: RegExp[] | undefined;
const pattern = (property: number): RegExp =>
  (patterns ??= ['\\p{L}', '\\p{Lu}', '\\p{Ll}', '\\p{M}'].map((p) => new RegExp(p, 'u')))[
    property
  ]!;
const LETTER = 0;
const UPPER = 1;
const LOWER = 2;
const MARK = 3;

/**
 * Per code unit, two bits per property: known, then its value. Made on first
 * use, not when the module loads: a script's injection task cannot be split,
 * so nothing is built in it that can wait.
 */
let table: Uint8Array | undefined;

function asciiTable(): Uint8Array {
  const t = new Uint8Array(65536);
  const bits = (value: boolean, p: number) => (value ? 3 : 1) << (2 * p);
  for (let c = 0; c < 128; c++) {
    const upper = c >= 65 && c <= 90;
    const lower = c >= 97 && c <= 122;
    t[c] =
      bits(upper || lower, LETTER) | bits(upper, UPPER) | bits(lower, LOWER) | bits(false, MARK);
  }
  return t;
}

function has(cp: number, property: number): boolean {
  if (cp > 0xffff) return pattern(property).test(String.fromCodePoint(cp));
  const t = (table ??= asciiTable());
  const shift = 2 * property;
  const known = t[cp]! >> shift;
  if (known & 1) return (known & 2) !== 0;
  // No combining mark comes before U+0300.
  const value =
    property === MARK && cp < 0x300 ? false : pattern(property).test(String.fromCharCode(cp));
  t[cp] = t[cp]! | ((value ? 3 : 1) << shift);
  return value;
}

/** `\p{L}`: any letter. */
export const isLetterCode = (cp: number): boolean => has(cp, LETTER);
/** `\p{Lu}`: an uppercase letter. */
export const isUpperCode = (cp: number): boolean => has(cp, UPPER);
/** `\p{Ll}`: a lowercase letter. */
export const isLowerCode = (cp: number): boolean => has(cp, LOWER);
/** `\p{M}`: a combining mark. */
export const isMarkCode = (cp: number): boolean => has(cp, MARK);

/** The code point at `i`: a surrogate pair read whole, anything else as its code unit. */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return c;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000 : c;
}

/** UTF-16 length of a code point. */
export const unitsOf = (cp: number): number => (cp > 0xffff ? 2 : 1);
