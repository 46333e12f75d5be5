/**
 * Names that are one piece of a longer title or brand, read from the
 * characters and words right around a match: `A$AP`, `Yahoo!ニュース`,
 * `Bedford & Bowery`, `The News with Shepard Smith`, `Auto-ABC`, and a
 * byline (`By Jane Doe`), which names the writer, not the news.
 */
import { charClass, CLS_SPACE, CLS_WORD, isUnspacedScript } from './normalize';
import { isNameLike } from './name-context';
import type { PageWords } from './title-case';

/** A letter or digit, or a character of a script written without spaces (`ニ`). */
const isNameChar = (code: number): boolean =>
  charClass(code) === CLS_WORD || isUnspacedScript(code);

/** Punctuation that joins the parts of a brand when written without spaces (`A$AP`, `Asia&Japan`, `Yahoo!`, `PRODUCTIONS,INC`). */
const GLUE = new Set([0x24, 0x26, 0x21, 0x2c, 0x3b]); // $ & ! , ;

/**
 * Whether `text[start..end)` is glued to another word by `$ & ! , ;` with no space between:
 * `A$AP`, `Asia&Japan`, `Yahoo!ニュース`, `PRODUCTIONS,INC`.
 */
export function gluedByPunctuation(text: string, start: number, end: number): boolean {
  if (start >= 2 && GLUE.has(text.charCodeAt(start - 1)) && isNameChar(text.charCodeAt(start - 2)))
    return true;
  return (
    end + 1 < text.length && GLUE.has(text.charCodeAt(end)) && isNameChar(text.charCodeAt(end + 1))
  );
}

/** The capitalized word right after `pos` and spaces, and where it starts. */
function wordAt(text: string, pos: number): { word: string; at: number } | undefined {
  let i = pos;
  while (i < text.length && charClass(text.charCodeAt(i)) === CLS_SPACE) i++;
  const at = i;
  while (i < text.length && charClass(text.charCodeAt(i)) === CLS_WORD) i++;
  return i > at ? { word: text.slice(at, i), at } : undefined;
}

/** The word right before `pos` and spaces, and where it starts. */
function wordBeforeAt(text: string, pos: number): { word: string; at: number } | undefined {
  let i = pos;
  while (i > 0 && charClass(text.charCodeAt(i - 1)) === CLS_SPACE) i--;
  const stop = i;
  while (i > 0 && charClass(text.charCodeAt(i - 1)) === CLS_WORD) i--;
  return i < stop ? { word: text.slice(i, stop), at: i } : undefined;
}

/**
 * Whether the match `text[start..end)` is one side of a brand joined by `&` to a capitalized
 * word that starts no match (`Bedford & Bowery`, `Johnson & Johnson`), or is a `The …` title
 * that goes on with `and` or `with` and such a word (`The News with Shepard Smith`, `The Post
 * and Courier`). Not `Russia & China`, where both sides are names we know.
 */
export function joinedIntoTitle(
  text: string,
  start: number,
  end: number,
  startsMatch: (pos: number) => boolean,
): boolean {
  const unknownName = (w: { word: string; at: number } | undefined): boolean =>
    w !== undefined && isNameLike(w.word) && !startsMatch(w.at);
  const after = /^\s+(&|and|with)\s/.exec(text.slice(end, end + 7));
  if (after && (after[1] === '&' || text.startsWith('The ', start))) {
    if (unknownName(wordAt(text, end + after[0].length))) return true;
  }
  const before = /\s&\s+$/.exec(text.slice(Math.max(0, start - 4), start));
  return before !== null && unknownName(wordBeforeAt(text, start - before[0].length));
}

/** Prefixes that make an acronym an adjective (`Anti-NATO`, `Pro-EU`), not part of a name. */
const PREFIXES = new Set(['anti', 'pro', 'non', 'ex', 'post', 'pre', 'neo', 'pan', 'mid', 'co']);

/**
 * Whether an acronym at `start` is glued by a hyphen to a capitalized word before it that
 * starts no match (`Auto-ABC`); not after a prefix (`Anti-NATO`) or another name (`US-EU`).
 */
export function acronymAfterName(
  text: string,
  start: number,
  startsMatch: (pos: number) => boolean,
): boolean {
  if (text.charCodeAt(start - 1) !== 0x2d) return false;
  let i = start - 1;
  while (i > 0 && charClass(text.charCodeAt(i - 1)) === CLS_WORD) i--;
  const word = text.slice(i, start - 1);
  return (
    word.length > 1 &&
    /^\p{Lu}\p{Ll}/u.test(word) &&
    !PREFIXES.has(word.toLowerCase()) &&
    !startsMatch(i)
  );
}

/**
 * Whether a name at `start` is a byline's: after `By` at the start of a line or sentence, or
 * after `Author:` (`By Jane Doe`, `Author: Eric Adams.`). Not `signed by Joe Biden`.
 */
export function inByline(text: string, start: number): boolean {
  const from = Math.max(0, start - 24);
  const head = (from === 0 ? '\n' : '') + text.slice(from, start);
  return /[\n.!?|•·]\s*By\s+$/.test(head) || /\bAuthors?:\s*$/i.test(head);
}

/** How demonyms end (`Ukrainian`, `Japanese`, `Pakistani`): a word that says whose, not a name. */
const DEMONYM = /(?:an|ese|ish|i|ic)$/;

/**
 * Whether a body's name at `start` follows a capitalized word that starts no match and is no
 * title, common word or demonym: the two are one longer name (`SBM Intel`, `George Washington
 * University`, `Methodist Episcopal Church`). In a title-case line, a word the page also writes
 * in lowercase says nothing (`Lawmakers Grill Facebook`).
 */
export function bodyAfterUnknownName(
  text: string,
  start: number,
  startsMatch: (pos: number) => boolean,
  page?: PageWords,
): boolean {
  const before = wordBeforeAt(text, start);
  if (!before || before.at + before.word.length === start) return false;
  const { word, at } = before;
  if (!isNameLike(word) || DEMONYM.test(word) || startsMatch(at)) return false;
  return !(page !== undefined && page.isTitleCaseLine(start) && page.usedInLowercase(word));
}

/**
 * Where a Spanish `El` right before `start` begins (`El Salvador`, `El Reno`), or -1. The pack
 * keeps such a name without its article (`Salvador`), so the article on the page tells it from
 * another name (`Salvador, Brazil`, `Reno, Nevada`).
 */
export function spanishArticleBefore(text: string, start: number): number {
  if (start < 3 || !/^El\s$/.test(text.slice(start - 3, start))) return -1;
  return start === 3 || charClass(text.charCodeAt(start - 4)) !== CLS_WORD ? start - 3 : -1;
}

/** Whether `name` is `alias` after a Spanish `El` (`El Salvador` for `Salvador`). */
export const isSpanishArticleName = (name: string, alias: string): boolean =>
  name.startsWith(`El ${alias}`) &&
  (name.length === alias.length + 3 || !/[\p{L}\p{N}]/u.test(name.charAt(alias.length + 3)));
