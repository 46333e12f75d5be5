/**
 * Character classes and folding shared by the alias compiler and the matcher.
 *
 * Everything works on UTF-16 code units with two lazily filled 64 Ki tables,
 * so the hot loop is a table read per character and never allocates.
 * - A *word* character is a letter, digit or combining mark (`\p{L}\p{N}\p{M}`),
 *   or an *ignorable* one (`isIgnorable`: soft hyphen, zero-width characters),
 *   which pages put inside words (`Vladi\u00admir`) and which must not split them.
 * - Folding lowercases and strips diacritics (`É` → `e`); combining marks and
 *   ignorable characters fold to 0 and are skipped, so `Sergéi` (either
 *   precomposed or decomposed) keys the same as `Sergei`, and `Vladi\u00admir`
 *   as `Vladimir`. Offsets stay those of the text as written.
 */
import { codePointAt, isMarkCode, unitsOf } from './char-props';

/** Not part of a name: ends any multi-word match. */
export const CLS_BARRIER = 0;
/** Letter, digit, combining mark, or an ignorable character (`isIgnorable`). */
export const CLS_WORD = 1;
/** Any space except a line break (space, NBSP, thin space, tab…). */
export const CLS_SPACE = 2;
/** Hyphens, dashes and apostrophes: may join the words of a name. */
export const CLS_CONNECTOR = 3;
/** `.`: a token of its own right after a word (`U.S.`), else a barrier. */
export const CLS_DOT = 4;
/** A line break. */
export const CLS_NEWLINE = 5;

const UNKNOWN = 255;
const classTable = new Uint8Array(65536).fill(UNKNOWN);
const foldTable = new Uint16Array(65536);
const foldKnown = new Uint8Array(65536);

// Compiled on the first character outside the blocks `commonClass` knows.
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const SPACE_RE = /\s/u;
const CONNECTOR_RE = /[\p{Pd}'\u2018\u2019\u02bc\u2032\u00b4\u0060]/u;
/**
 * Invisible characters a page may put anywhere, even inside a word: soft
 * hyphen, zero-width space, non-joiner and joiner, word joiner, and the
 * zero-width no-break space (BOM). Part of the word they sit in (they never
 * split it), skipped in its key and in case checks.
 */
export function isIgnorable(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}
const NEWLINES = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);
/** Word characters among U+0080–U+00BF: `ª ² ³ µ ¹ º ¼ ½ ¾`. */
const LATIN1_WORDS = new Set([0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]);

/**
 * The class of a character of ASCII, Latin-1, Latin Extended A/B, IPA or
 * General Punctuation (nearly all of an English page), without the Unicode
 * patterns, which V8 compiles slowly; undefined elsewhere. Newlines and `.`
 * are handled before. (normalize.test.ts holds it to the patterns.)
 */
function commonClass(code: number): number | undefined {
  if (code < 0x80) {
    if ((code >= 9 && code <= 13) || code === 32) return CLS_SPACE;
    if ((code | 32) >= 97 && (code | 32) <= 122) return CLS_WORD;
    if (code >= 48 && code <= 57) return CLS_WORD;
    return code === 0x2d || code === 0x27 || code === 0x60 ? CLS_CONNECTOR : CLS_BARRIER;
  }
  if (code < 0xc0) {
    if (code === 0xa0) return CLS_SPACE;
    if (code === 0xb4) return CLS_CONNECTOR;
    return LATIN1_WORDS.has(code) ? CLS_WORD : CLS_BARRIER;
  }
  if (code < 0x2b0) return code === 0xd7 || code === 0xf7 ? CLS_BARRIER : CLS_WORD;
  if (code < 0x2000 || code > 0x206f) return undefined;
  if (code < 0x200b || code === 0x202f || code === 0x205f) return CLS_SPACE;
  if (code <= 0x2015) return code >= 0x2010 ? CLS_CONNECTOR : CLS_BARRIER;
  return code === 0x2018 || code === 0x2019 || code === 0x2032 ? CLS_CONNECTOR : CLS_BARRIER;
}

/** Kana, CJK ideographs, Hangul and half-width kana: scripts written without spaces between words. */
export function isUnspacedScript(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff66 && code <= 0xff9f)
  );
}

function computeClass(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return CLS_WORD; // astral letters, kept whole
  if (code === 0x2e) return CLS_DOT;
  if (isIgnorable(code)) return CLS_WORD;
  // A modifier letter (`\p{Lm}`), but written as an apostrophe (`Oʼ` for `O’`).
  if (code === 0x2bc) return CLS_CONNECTOR;
  if (NEWLINES.has(code)) return CLS_NEWLINE;
  // Kana, Han and Hangul write no spaces: a Latin name next to them (`Googleは`) is a word of
  // its own, so they part words as punctuation does (no alias is written in them).
  if (isUnspacedScript(code)) return CLS_BARRIER;
  const common = commonClass(code);
  if (common !== undefined) return common;
  const ch = String.fromCharCode(code);
  if (SPACE_RE.test(ch)) return CLS_SPACE;
  if (WORD_RE.test(ch)) return CLS_WORD;
  if (CONNECTOR_RE.test(ch)) return CLS_CONNECTOR;
  return CLS_BARRIER;
}

/**
 * Latin letters with a stroke, or without a dot, that NFD leaves whole: each folds to the one
 * letter an English page writes for it (`Yıldırım`/`Yildirim`, `Wałęsa`/`Walesa`,
 * `Støre`/`Store`, `Đukanović`/`Dukanovic`; a two-letter spelling such as `Djukanovic` is not).
 */
const STROKED: Readonly<Record<string, string>> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ŧ: 't',
};
// Written out: the capital of `ı` is the plain `I`, which is no stroked letter.
const STROKED_RE = /[ıłøđħŧŁØĐĦŦ]/g;

/** `text` with its stroked letters as their plain ones, case kept (`Łódź` → `Lódź`). */
export function withoutStrokes(text: string): string {
  return text.replace(STROKED_RE, (ch) => {
    const plain = STROKED[ch.toLowerCase()]!;
    return ch === ch.toLowerCase() ? plain : plain.toUpperCase();
  });
}

/** The same, and the letters written as two (`Bærum`, `Wœrth`, `Straße`, `Þór`), for titles and ids. */
const LATIN_BASE = { ...STROKED, æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th' };
const LATIN_BASE_RE = new RegExp(`[${Object.keys(LATIN_BASE).join('')}]`, 'g');

/**
 * `text` in lowercase without diacritics, its stroked and joined Latin letters spelled as English
 * writes them (`Jarosław Kaczyński` → `jaroslaw kaczynski`, `Bærum` → `baerum`): titles' keys and ids.
 */
export function latinLower(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(LATIN_BASE_RE, (ch) => LATIN_BASE[ch as keyof typeof LATIN_BASE]);
}

function computeFold(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return code;
  if (isMarkCode(code) || isIgnorable(code)) return 0;
  const base = String.fromCharCode(code).toLowerCase().normalize('NFD');
  if (base.length === 0) return code;
  return (STROKED[base[0]!] ?? base[0]!).charCodeAt(0);
}

for (let c = 0; c < 128; c++) {
  classTable[c] = computeClass(c);
  foldTable[c] = c >= 65 && c <= 90 ? c + 32 : c;
  foldKnown[c] = 1;
}

/** The class (`CLS_*`) of one UTF-16 code unit. */
export function charClass(code: number): number {
  const cls = classTable[code]!;
  if (cls !== UNKNOWN) return cls;
  return (classTable[code] = computeClass(code));
}

/** The folded code unit (lowercase, no diacritics), or 0 for a combining mark or ignorable. */
export function foldChar(code: number): number {
  if (foldKnown[code] === 1) return foldTable[code]!;
  foldKnown[code] = 1;
  return (foldTable[code] = computeFold(code));
}

/** `wordKey` value of a character that is not part of a word. */
export const KEY_NONE = 0;
/** `wordKey` value of a combining mark or ignorable: part of the word, skipped in its key. */
export const KEY_SKIP = 1;
/** Not computed yet (U+FFFF itself is simply recomputed each time). */
export const KEY_UNKNOWN = 0xffff;
/**
 * One lookup for the matcher's hot loop: `KEY_NONE`, `KEY_SKIP`, or the
 * folded code unit of a word character. Read it as
 * `let k = KEY_TABLE[c]; if (k === KEY_UNKNOWN) k = wordKey(c);`.
 */
export const KEY_TABLE = new Uint16Array(65536).fill(KEY_UNKNOWN);

/** The matcher key of a code unit (see `KEY_TABLE`). */
export function wordKey(code: number): number {
  if (charClass(code) !== CLS_WORD) return (KEY_TABLE[code] = KEY_NONE);
  const f = foldChar(code);
  return (KEY_TABLE[code] = f === 0 ? KEY_SKIP : f);
}
for (let c = 0; c < 128; c++) wordKey(c);

/** Folds a whole string: the key a token is stored under. */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text.charCodeAt(i));
    if (f !== 0) out += String.fromCharCode(f);
  }
  return out;
}

/**
 * Removes diacritics and ignorable characters but keeps case (`Sergéi` →
 * `Sergei`, `Vladi\u00admir` → `Vladimir`), for case checks.
 */
export function stripMarks(text: string): string {
  const nfd = text.normalize('NFD');
  let out = '';
  let from = 0;
  for (let i = 0; i < nfd.length;) {
    const cp = codePointAt(nfd, i);
    const n = unitsOf(cp);
    if ((cp >= 0x300 && isMarkCode(cp)) || isIgnorable(cp)) {
      out += nfd.slice(from, i);
      from = i + n;
    }
    i += n;
  }
  return from === 0 ? nfd : out + nfd.slice(from);
}

/** `[\p{L}\p{N}]` for one code unit: a word character but no mark or ignorable (a lone surrogate is neither). */
export function isLetterOrNumberUnit(code: number): boolean {
  if (code >= 0xd800 && code <= 0xdfff) return false;
  if (code === 0x2bc) return true; // a letter, though it joins words as an apostrophe
  // Kana, Han and Hangul part Latin words (charClass) but are letters still.
  if (isUnspacedScript(code)) return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
  return charClass(code) === CLS_WORD && !isMarkCode(code) && !isIgnorable(code);
}

/** FNV-1a offset basis and step, shared by the compiler and the matcher. */
export const HASH_SEED = 0x811c9dc5 | 0;
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619);
}

/** True when `word` has letters and none of them is lowercase (`PUTIN`, `U`). */
export function isAllCaps(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase();
}

/** True when the first character is an uppercase letter. */
export function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
