/**
 * Names that are one piece of a longer title or brand, read from the
 * characters and words right around a match: `A$AP`, `Yahoo!ニュース`,
 * `Bedford & Bowery`, `The News with Shepard Smith`, `Auto-ABC`, and a
 * byline (`By Jane Doe`), which names the writer, not the news.
 */
import { charClass, CLS_NEWLINE, CLS_SPACE, CLS_WORD, isUnspacedScript } from './normalize';
import { STRIPPED_ARTICLE } from './matcher-pack';
import { isNameLike } from './name-context';
import type { PageWords } from './title-case';
import { TITLES } from './word-lists';

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
    w !== undefined && isNameLike(w.word) && !NOT_A_TITLE.test(w.word) && !startsMatch(w.at);
  const after = /^\s+(&|and|with)\s/.exec(text.slice(end, end + 7));
  if (after && (after[1] === '&' || text.startsWith('The ', start))) {
    if (unknownName(wordAt(text, end + after[0].length))) return true;
  }
  const before = /\s&\s+$/.exec(text.slice(Math.max(0, start - 4), start));
  return before !== null && unknownName(wordBeforeAt(text, start - before[0].length));
}

/** Words after `&` that end a list of people, not a brand (`Sir Cliff Richard & Others`). */
const NOT_A_TITLE = /^(?:Others|Friends|Guests|Family)$/;

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
 * Whether a body's name at `start` follows a capitalized word that is no part of a match and no
 * title, common word or demonym: the two are one longer name (`SBM Intel`, `George Washington
 * University`, `Methodist Episcopal Church`). Not in a title-case line, where every word is
 * capitalized (`Lawmakers Grill Facebook`).
 */
export function bodyAfterUnknownName(
  text: string,
  start: number,
  startsMatch: (pos: number) => boolean,
  endsMatch: (pos: number) => boolean,
  page?: PageWords,
): boolean {
  const before = wordBeforeAt(text, start);
  if (!before || before.at + before.word.length === start) return false;
  const { word, at } = before;
  // Not after a name we know (`United Nations Security Council`), nor after the article the pack
  // keeps the name without (`Al Jazeera`, `Al Qaeda`).
  if (startsMatch(at) || endsMatch(at + word.length) || STRIPPED_ARTICLE.test(word)) return false;
  if (!isNameLike(word) || DEMONYM.test(word)) return false;
  // A headline capitalizes every word (`Original Fox News Anchor Dies`).
  return !(page?.isTitleCaseLine(start) ?? false) && !capitalizedLine(text, start);
}

/** Whether most words of the line holding `pos` (four or more) are capitalized: a headline. */
function capitalizedLine(text: string, pos: number): boolean {
  let from = pos;
  while (from > 0 && charClass(text.charCodeAt(from - 1)) !== CLS_NEWLINE && pos - from < 200)
    from--;
  let to = pos;
  while (to < text.length && charClass(text.charCodeAt(to)) !== CLS_NEWLINE && to - pos < 200) to++;
  const words = text.slice(from, to).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 4 && capitalized >= 0.75 * words.length;
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

/** The most words a line may have to be read as one item's title (`San Diego News Fix`). */
const MAX_TITLE_WORDS = 4;

/**
 * Whether the match `text[start..end)` sits in a short line of capitalized words, one of which
 * starts no match: a menu item or a masthead that is one title (`San Diego News Fix`, `RSF
 * Review`, `The Japan News`), not the place or body it starts with. A line of names alone
 * (`Russia Ukraine`) is not one.
 */
export function inTitleLine(
  text: string,
  start: number,
  end: number,
  startsMatch: (pos: number) => boolean,
): boolean {
  let from = start;
  while (from > 0 && charClass(text.charCodeAt(from - 1)) !== CLS_NEWLINE) {
    if (start - from > 60) return false;
    from--;
  }
  let to = end;
  while (to < text.length && charClass(text.charCodeAt(to)) !== CLS_NEWLINE) {
    if (to - end > 60) return false;
    to++;
  }
  let words = 0;
  let other = false;
  for (const w of text.slice(from, to).matchAll(/\S+/g)) {
    // A title is capitalized words without punctuation (not `Kerry, US–Russia`).
    if (++words > MAX_TITLE_WORDS || !TITLE_WORD.test(w[0])) return false;
    const at = from + w.index;
    if (at >= start && at < end) continue;
    // Before the name, only a line's first word right before it (`BET BASEBALL`), and not a
    // title or a people's word (`First Lady Michelle Obama`, `Dr. Jill Biden`, `Italian Serie A`).
    if (at < start && (words > 1 || !rightBefore(text, at + w[0].length, start))) continue;
    if (at < start && (TITLES.has(w[0].replace(/\.$/, '').toLowerCase()) || DEMONYM.test(w[0])))
      continue;
    // A word of a name, or a masthead's noun even where it is some weak alias (`News`); not a
    // headline's verb (`Putin Says No`, `WASHINGTON SAYS NO`).
    if (TITLE_NOUN.test(w[0]) || (isNameLike(w[0]) && !startsMatch(at))) other = true;
  }
  return other;
}

/** Whether only spaces stand between `end` and `start`. */
const rightBefore = (text: string, end: number, start: number): boolean =>
  /^\s+$/.test(text.slice(end, start));

const TITLE_WORD = /^\p{Lu}[\p{L}\p{N}.'’&-]*$/u;
/** Nouns of mastheads and menus that the common-word list holds (`The Japan News`). */
const TITLE_NOUN = /^(?:News|Times|Post|Today|Daily|Weekly|Live|Report|Review|NEWS)$/;

/** Capitalized words that may follow a place in prose and are no part of its name: days, months, articles. */
const NOT_A_NAME_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|And|Or|But|In|On|At|To|For|Of|By|From|With)$/;

/**
 * Whether a place at `text[start..end)` is followed by a capitalized word that starts no match
 * and makes the two one name, though the word is a common one (`the Chicago Fire actor`, `his
 * show, Chicago Fire`): in prose, any such word but a day, a month or an article; in a title-case
 * line, where every word is capitalized, only after `The` (`Takeaways From The Miami Series`).
 */
export function placeBeforeTitleWord(
  text: string,
  start: number,
  end: number,
  startsMatch: (pos: number) => boolean,
  page: PageWords,
): boolean {
  const next = wordAt(text, end);
  if (!next || next.at === end || !/^\p{Lu}\p{Ll}/u.test(next.word)) return false;
  const lower = next.word.toLowerCase();
  if (NOT_A_NAME_WORD.test(next.word) || TITLES.has(lower) || PEOPLE_OF_A_PLACE.has(lower))
    return false;
  if (startsMatch(next.at)) return false;
  if (page.isTitleCaseLine(start)) return wordBeforeAt(text, start)?.word === 'The';
  // Prose: the name is the two words (`Chicago Fire actor`), not the start of a headline's run
  // of capitals (`War in Ukraine Reveals More …`).
  const after = wordAt(text, next.at + next.word.length);
  return !after || !/^\p{Lu}/u.test(after.word);
}

/** Capitalized words after a place that say who is from it (`an Ohio Republican`, `California Residents`). */
const PEOPLE_OF_A_PLACE = new Set(
  `republican republicans democrat democrats democratic gop police officials voters residents
  natives lawmakers legislature`.split(/\s+/),
);

/** Words a hyphen joins to a name to make an adjective (`Russia-backed`, `US-led`, `Kyiv-based`). */
const HYPHEN_SUFFIXES =
  /^(?:backed|led|based|born|linked|bound|style|made|owned|run|controlled|held|funded|allied|aligned|wide|era|related|specific|centric|friendly|affiliated|registered|flagged|bred|raised|native|occupied|annexed|brokered|sponsored|supported|dominated|inspired|focused|oriented|bashing|skeptic|sceptic|only|first|plus)$/;

/**
 * Whether the name at `text[start..end)` is the first half of a hyphenated word whose second half
 * is lowercase and no adjective-making word (`Bara-banki`, a district; not `Russia-backed`), or a
 * capitalized word that starts no match and is no people's adjective (`Hamburg-Mitte`, a borough;
 * not `Russia-Ukraine`, `US-Mexican`).
 */
export function firstHalfOfWord(
  text: string,
  end: number,
  startsMatch: (pos: number) => boolean = () => false,
): boolean {
  if (text.charCodeAt(end) !== 0x2d) return false;
  const after = text.slice(end + 1, end + 24);
  const rest = /^\p{Ll}+/u.exec(after)?.[0];
  if (rest !== undefined) return !HYPHEN_SUFFIXES.test(rest);
  const name = /^\p{Lu}\p{Ll}+(?![\p{L}\p{N}])/u.exec(after)?.[0];
  return name !== undefined && !PEOPLES_ADJECTIVE.test(name) && !startsMatch(end + 1);
}
/** How the adjectives of peoples end (`Mexican`, `Chinese`, `British`, `Israeli`, `Arabic`). */
const PEOPLES_ADJECTIVE = /(?:an|ese|ish|i|ic)$/;

/** Whether a name at `start` follows `called` or `named`: the name of another thing (`a prison called Angola`). */
export function afterCalled(text: string, start: number): boolean {
  return /\b(?:called|named|nicknamed|dubbed)\s+$/.test(text.slice(Math.max(0, start - 16), start));
}

/**
 * Whether a surname at `text[..end)` is an author's in a reference list: followed by the
 * author's initials and a comma or period (`Silva JM, Sanchez A, Dominguez G`).
 */
export function citedAuthor(text: string, end: number): boolean {
  return /^ \p{Lu}{1,3}[,.;]/u.test(text.slice(end, end + 6));
}
