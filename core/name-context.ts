/**
 * The words right around a match, used to tell a name from part of a longer
 * name: `Michelle Obama`, `Kerry Washington`, `The Washington Post`, and the
 * citation style `Kirby, Alex`.
 */
import {
  charClass,
  CLS_CONNECTOR,
  CLS_NEWLINE,
  CLS_SPACE,
  CLS_WORD,
  isAllCaps,
  isCapitalized,
} from './normalize';
import { STRIPPED_ARTICLE } from './matcher-pack';
import type { PageWords } from './title-case';
import { COMMON_CAPITALIZED, TITLES } from './word-lists';

/**
 * Whether a character class may stand between two words: spaces, and line breaks too when
 * `acrossLines` (a cue read within one sentence, whose source wraps its lines: `Amazon⏎shares`).
 */
const isGap = (cls: number, acrossLines: boolean): boolean =>
  cls === CLS_SPACE || (acrossLines && cls === CLS_NEWLINE);

/** The word before `start`, separated only by spaces (and line breaks when `acrossLines`; no punctuation). */
export function wordBefore(text: string, start: number, acrossLines = false): string | undefined {
  let i = start;
  while (i > 0 && isGap(charClass(text.charCodeAt(i - 1)), acrossLines)) i--;
  const end = i;
  while (i > 0 && charClass(text.charCodeAt(i - 1)) === CLS_WORD) i--;
  return i < end ? text.slice(i, end) : undefined;
}

/**
 * The word after `end`, separated only by spaces (and line breaks when `acrossLines`);
 * undefined after a possessive (`Obama’s Cabinet`), a hyphen, punctuation or a line break.
 */
export function wordAfter(text: string, end: number, acrossLines = false): string | undefined {
  let i = end;
  while (i < text.length && isGap(charClass(text.charCodeAt(i)), acrossLines)) i++;
  if (i === end) return undefined;
  const start = i;
  while (i < text.length && charClass(text.charCodeAt(i)) === CLS_WORD) i++;
  return i > start ? text.slice(start, i) : undefined;
}

const isUpper = (code: number): boolean =>
  code < 128
    ? code >= 65 && code <= 90
    : String.fromCharCode(code) !== String.fromCharCode(code).toLowerCase();

/** `wordBefore`, but only when it is capitalized (checked before slicing: most are not). */
function capitalizedWordBefore(text: string, start: number): string | undefined {
  let i = start;
  while (i > 0 && charClass(text.charCodeAt(i - 1)) === CLS_SPACE) i--;
  let j = i;
  while (j > 0 && charClass(text.charCodeAt(j - 1)) === CLS_WORD) j--;
  return j < i && isUpper(text.charCodeAt(j)) ? text.slice(j, i) : undefined;
}

/** `wordAfter`, but only when it is capitalized. */
function capitalizedWordAfter(text: string, end: number): string | undefined {
  let i = end;
  while (i < text.length && charClass(text.charCodeAt(i)) === CLS_SPACE) i++;
  if (i === end || !isUpper(text.charCodeAt(i))) return undefined;
  return wordAfter(text, end);
}

/** A capitalized word that is not a common word, title, day or month: likely part of a name. */
export function isNameLike(word: string | undefined): boolean {
  if (!word || !isCapitalized(word)) return false;
  const lower = word.toLowerCase();
  return !COMMON_CAPITALIZED.has(lower) && !TITLES.has(lower);
}

const LOCATIVES = new Set(
  `in to from at near outside inside around across into toward towards via through within
  visit visits visited visiting reach reached arrive arrives arrived arriving fly flew flown
  return returned returning travel travelled traveled based headquartered`.split(/\s+/),
);

/**
 * Whether a city name is used as a place (`in Moscow`, `a trip to Washington`)
 * rather than for its government (`Moscow said`, `Washington’s view`).
 */
export function isPlaceUse(text: string, start: number, end: number): boolean {
  const possessive =
    charClass(text.charCodeAt(end)) === CLS_CONNECTOR &&
    (text.charCodeAt(end + 1) | 32) === 115 &&
    charClass(text.charCodeAt(end + 2)) !== CLS_WORD;
  if (possessive) return false;
  let pos = start;
  let before = wordBefore(text, pos);
  // `in New York and Washington`: look past a coordinated place.
  if (before === 'and' || before === 'or') {
    pos = text.lastIndexOf(before, pos);
    for (let k = 0; k < 3; k++) {
      const word = wordBefore(text, pos);
      if (!word || !isCapitalized(word)) break;
      pos = text.lastIndexOf(word, pos);
    }
    before = wordBefore(text, pos);
  }
  return before !== undefined && LOCATIVES.has(before.toLowerCase());
}

/**
 * Whether an acronym (`US`, `U.S.`) at `text[start..end)` sits among ALL-CAPS
 * words (`ABOUT US ADVERTISING`), where it cannot be told from a word; not beside another
 * acronym of three letters or fewer (`U.S. FDA`, `BTS U.K.`).
 */
export function isShouted(text: string, start: number, end: number): boolean {
  const shouted = (w: string | undefined): boolean =>
    w !== undefined && w.length > 3 && isAllCaps(w);
  return shouted(wordBefore(text, start)) || shouted(wordAfter(text, end));
}

export type LongerName = 'after-given-name' | 'before-name' | 'citation';

/**
 * How the match `text[start..end)` sits inside a longer capitalized name, if
 * it does. ALL-CAPS neighbours of an ALL-CAPS match say nothing (headlines);
 * in a title-case line, neither do words the page also uses in lowercase.
 */
export function longerNameAround(
  text: string,
  start: number,
  end: number,
  startsMatch: (pos: number) => boolean = () => false,
  page?: PageWords,
): LongerName | undefined {
  const own = text.slice(start, end);
  const shouting = own.length > 1 && isAllCaps(own);
  const partOfName = (w: string | undefined): boolean =>
    isNameLike(w) &&
    !(shouting && isAllCaps(w!)) &&
    !(page !== undefined && page.isTitleCaseLine(start) && page.usedInLowercase(w!));
  if (partOfName(capitalizedWordBefore(text, start))) return 'after-given-name';
  if (partOfName(capitalizedWordAfter(text, end))) return 'before-name';
  return isCitation(text, end, startsMatch) ? 'citation' : undefined;
}

/**
 * Whether a body's one-word short name at `text[start..end)` is part of a longer name of
 * something else (`Humboldt County`, `the Humboldt Broncos`): a name word next to it that is no
 * acronym (`Padres HR` is a home run), no article before it (`Al Jazeera`) and no word that
 * names the body itself after it (`Oracle Corp`); in a title-case line, none after it
 * (`Rangers Win`).
 */
export function bodyInLongerName(
  text: string,
  start: number,
  end: number,
  startsMatch: (pos: number) => boolean = () => false,
  page?: PageWords,
): boolean {
  const around = longerNameAround(text, start, end, startsMatch, page);
  if (around === 'after-given-name') {
    const before = capitalizedWordBefore(text, start)!;
    return !isAllCaps(before) && !NAME_ARTICLES.has(before.toLowerCase());
  }
  if (around !== 'before-name') return false;
  if (page !== undefined && page.isTitleCaseLine(start)) return false;
  const after = capitalizedWordAfter(text, end)!;
  return !isAllCaps(after) && !BODY_DESIGNATORS.has(after.toLowerCase());
}

/** Articles a body's name starts with, which the pack may keep without (`Al Jazeera`). */
const NAME_ARTICLES = new Set(
  'al el ad an ar as ash at az la le les los las de del da di'.split(' '),
);

/** Words after a body's short name that name the body itself (`Oracle Corp`, `Tesla Motors`). */
const BODY_DESIGNATORS = new Set(
  `corp corporation inc incorporated co company ltd limited plc llc ag sa group holdings motors
  football club airlines airways aerospace studios university college`.split(/\s+/),
);

/** Words before `of` that keep a place itself: `President of Russia`, `the Republic of Korea`. */
const OF_THE_PLACE = new Set(
  `republic kingdom state states government people peoples province city county capital region
  north south east west central northern southern eastern western coast gulf sea bay island
  islands federation commonwealth emirate principality territory parts part rest all most
  citizens president prime minister ministers king queen emir sultan ambassador embassy
  consulate consul mayor governor parliament army navy flag map history one two three some many
  each any both none several few most much top`.split(/\s+/),
);

/**
 * Words after a place's short name that say it is a place with a government and voters of its own
 * (`New York Gov. Andrew Cuomo`, `a Virginia Republican`, `New York elections`): a state's or a
 * province's, not a person (`Virginia`) nor a city's (`New York mayor` is the city's).
 */
const PLACE_OFFICE_AFTER = new Set(
  `gov governor governors lt ag legislature legislators lawmakers assembly assemblyman
  assemblywoman republican republicans democrat democrats gop voters election elections primary
  primaries caucus caucuses delegation congressman congresswoman senator sen rep`.split(/\s+/),
);

/** Whether the word after a place's short name at `end` is one of its offices or its voters (`New York Gov.`). */
export function placeOfficeAfter(text: string, end: number): boolean {
  const next = wordAfter(text, end);
  return next !== undefined && PLACE_OFFICE_AFTER.has(next.toLowerCase());
}

/** Capitalized words after a place that say who is from it, not a longer name (`an Iowa Republican`). */
const OF_THE_PLACE_AFTER = new Set([
  ...PLACE_OFFICE_AFTER,
  ...'democratic pm mp mps police officials residents natives'.split(' '),
]);

/**
 * Whether the match at `start` is glued to a name before it: by a hyphen to a
 * capitalized word that starts no match (`Radio-Canada`, `Contente-Cuomo`; not
 * `R-Iowa`), or after an initial (`Earl R. Perkins`).
 */
export function gluedToName(
  text: string,
  start: number,
  startsMatch: (pos: number) => boolean = () => false,
): boolean {
  if (text.charCodeAt(start - 1) === 45 && charClass(text.charCodeAt(start - 2)) === CLS_WORD) {
    let i = start - 1;
    while (i > 0 && charClass(text.charCodeAt(i - 1)) === CLS_WORD) i--;
    const glued = text.slice(i, start - 1);
    if (glued.length > 1 && isNameLike(glued) && !startsMatch(i)) return true;
  }
  return INITIAL_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}
/** A capitalized word, then a one-letter initial and its dot, right before a match. */
const INITIAL_BEFORE = /(\p{Lu}[\p{L}'’-]+)\s+\p{Lu}\.\s+$/u;

/** Whether `pos` starts a sentence: the text's start, or after a line break or `.!?:` and spaces. */
function atSentenceStart(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && charClass(text.charCodeAt(i - 1)) === CLS_SPACE) i--;
  if (i === 0) return true;
  const c = text.charAt(i - 1);
  return '.!?:\n\r"“'.includes(c) && (i < pos || c === '\n' || c === '\r');
}

/**
 * Whether a place's name at `text[start..end)` is part of a longer name of
 * something else: capitalized name words around it (`CNET Japan`, `Japan
 * Standard Time`), glued by a hyphen to a word that starts no match
 * (`Radio-Canada`), or after `<Name> of` (`Bank of Canada`, `ACLU of North
 * Dakota`), but not after a title or a word of state (`President of Russia`).
 */
export function placeInLongerName(
  text: string,
  start: number,
  end: number,
  startsMatch: (pos: number) => boolean = () => false,
  page?: PageWords,
): boolean {
  if (namesAThingAfter(text, end)) return true;
  const around = longerNameAround(text, start, end, startsMatch, page);
  // In a headline, the capitalized word after a place is most often the next word (`Russia Hails…`).
  const headline = page !== undefined && page.isTitleCaseLine(start);
  if (
    around === 'before-name' &&
    (headline || OF_THE_PLACE_AFTER.has(wordAfter(text, end)!.toLowerCase()))
  ) {
    // `an Iowa Republican`: not part of a name.
  } else if (around === 'after-given-name' || around === 'before-name') {
    // …unless the word before is itself a match (`U.S. China talks`) or a word of state or
    // quantity (`Southern California`, `One Nevada Democrat`).
    const before = capitalizedWordBefore(text, start);
    const at = before === undefined ? -1 : text.lastIndexOf(before, start);
    const keeps =
      before !== undefined &&
      ((startsMatch(at) && !unknownNameBefore(text, at, startsMatch)) ||
        // The article the pack keeps the name without (`Al Bayda Governorate`).
        STRIPPED_ARTICLE.test(before) ||
        OF_THE_PLACE.has(before.toLowerCase()) ||
        // A sentence's first word is capitalized anyway (`Explaining Beijing’s …`) when the page
        // also writes it in lowercase.
        (atSentenceStart(text, at) && page !== undefined && page.usedInLowercase(before)));
    if (around === 'before-name' || !keeps) return true;
  }
  if (gluedToName(text, start, startsMatch)) return true;
  return afterNameAndOf(text, start, startsMatch);
}

/**
 * Whether a name word that starts no match comes right before `at`: the match there is then
 * inside a longer name too (`Archer Daniels Midland`, where `Daniels` is someone's surname).
 */
function unknownNameBefore(
  text: string,
  at: number,
  startsMatch: (pos: number) => boolean,
): boolean {
  const word = capitalizedWordBefore(text, at);
  if (!isNameLike(word) || OF_THE_PLACE.has(word!.toLowerCase())) return false;
  return !startsMatch(text.lastIndexOf(word!, at));
}

/**
 * Whether a name at `start` follows `<Name> of`, a name we do not know that is no title or word
 * of state (`Bank of Canada`, `Library of Congress`; not `President of Russia`).
 */
export function afterNameAndOf(
  text: string,
  start: number,
  startsMatch: (pos: number) => boolean = () => false,
): boolean {
  if (wordBefore(text, start) !== 'of') return false;
  const of = text.lastIndexOf('of', start);
  const head = capitalizedWordBefore(text, of);
  if (!head || !isNameLike(head) || OF_THE_PLACE.has(head.toLowerCase())) return false;
  return !startsMatch(text.lastIndexOf(head, of));
}

/** Words after a place that make it part of the name of an accord, a school, a paper or a prison (`Paris accord`, `Angola prison`). */
const THING_AFTER_PLACE = new Set(
  `accord accords agreement agreements treaty protocol convention declaration university college
  airport zoo symphony opera tribune herald gazette chronicle city county prison penitentiary
  jail`.split(/\s+/),
);

/** Words after a person's full name that make it the name of something named for them (`John F. Kennedy Center`). */
const NAMED_FOR_A_PERSON = new Set(
  `center centre airport library foundation institute university college school hospital award
  awards prize prizes stadium arena bridge memorial museum day boulevard avenue street highway
  station square park fellowship scholarship lecture trophy`.split(/\s+/),
);

/** Whether the word after a person's full name makes it the name of a place or prize named for them. */
export function namedForAPerson(text: string, end: number): boolean {
  const next = wordAfter(text, end);
  return next !== undefined && /^\p{Lu}/u.test(next) && NAMED_FOR_A_PERSON.has(next.toLowerCase());
}

/**
 * Whether the word after a place makes the two the name of something else: an accord or a
 * school (`the Paris accord`, `San Diego State University`, `the San Diego Union-Tribune`).
 */
function namesAThingAfter(text: string, end: number): boolean {
  const next = wordAfter(text, end);
  if (next === undefined) return false;
  const lower = next.toLowerCase();
  if (THING_AFTER_PLACE.has(lower)) return true;
  if (/^\s+Union-Tribune/.test(text.slice(end, end + 20))) return true;
  // `San Diego State University`, `San Diego State’s campus`.
  if (lower !== 'state') return false;
  const after = text.slice(end).replace(/^\s+State/, '');
  return /^(?:['’]s\b|\s+(?:University|College)\b)/.test(after);
}

/**
 * `Kirby, Alex.` / `Kirby, A.,` / `Kirby, Alex (2016)`: a surname, a comma, a
 * given name or initial, then punctuation or the end. Not when the word after
 * the comma is itself a match (`Kerry, Lavrov, Obama`).
 */
function isCitation(text: string, end: number, startsMatch: (pos: number) => boolean): boolean {
  if (text.charCodeAt(end) !== 44) return false;
  let i = end + 1;
  while (i < text.length && charClass(text.charCodeAt(i)) === CLS_SPACE) i++;
  if (i === end + 1 || startsMatch(i)) return false;
  const given = wordAfter(text, i - 1);
  if (!given || !isNameLike(given)) return false;
  i += given.length;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  return i >= text.length || '.,;:()[&'.includes(text.charAt(i));
}

const MONTHS = new Set(
  'january february march april may june july august september october november december'.split(
    ' ',
  ),
);
/** Words before a month that make it a date: `in May`, `since March`, `early June`, `5 May`. */
const BEFORE_MONTH = new Set(
  `in since until till by before after during early mid late last next this of from through
  between throughout each every`.split(/\s+/),
);

/**
 * Whether a month's name at `text[start..end)` (`May`, `June`, `August`) is used as the month:
 * after a word such as `in` or `last`, or a day (`5 May`), or before a day or a year (`May 5`,
 * `May 2017`), or in a run of months (`May and June`).
 */
export function isMonthUse(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end).toLowerCase();
  if (!MONTHS.has(word)) return false;
  const before = wordBefore(text, start, true)?.toLowerCase();
  if (before && (BEFORE_MONTH.has(before) || /^\d{1,2}(?:st|nd|rd|th)?$/.test(before))) return true;
  const after = wordAfter(text, end, true);
  if (after && /^\d{1,4}(?:st|nd|rd|th)?$/.test(after)) return true;
  if (
    (after === 'and' || after === 'or' || after === 'to') &&
    MONTHS.has(wordAfter(text, text.indexOf(after, end) + after.length, true)?.toLowerCase() ?? '')
  )
    return true;
  return (
    (before === 'and' || before === 'or') &&
    MONTHS.has(wordBefore(text, text.lastIndexOf(before, start), true)?.toLowerCase() ?? '')
  );
}

/**
 * Whether a name written as a date (`January 6`, `September 11`: an event's short name) at
 * `text[start..end)` is the date: before a year (`January 6, 2017`, `September 11 2001`).
 */
export function isDateUse(text: string, start: number, end: number): boolean {
  const [month, day] = text.slice(start, end).split(/\s+/);
  if (!MONTHS.has(month?.toLowerCase() ?? '') || !/^\d{1,2}$/.test(day ?? '')) return false;
  return /^,?[ \u00a0]?\d{4}\b/.test(text.slice(end, end + 7));
}

/** Little words that open sentences before a surname (`In Rowling’s world`, `As Fauci said`). */
const SENTENCE_OPENERS = new Set(
  `the a an in as at on by of to for from with and but or if when while after before since so
  that this then how why what where who whom`.split(/\s+/),
);

/** Words inside names before a surname (`de la Maza`, `van Gogh`, `bin Salman`). */
const NAME_PARTICLES = new Set(
  'de la le du da di del della des van von der den ter bin ibn ben al el'.split(' '),
);

/**
 * Whether a surname at `start` follows a capitalized word that is not `fullName`'s own given name
 * nor a title (`Jun Zhao`, `macOS Ventura`), or a name's particle (`de la Maza`).
 */
export function afterOtherName(text: string, start: number, fullName: string): boolean {
  const own = fullName.split(/\s+/);
  // `Burnham-Snyder`, `Sarah K. Burris` (but `Richard A. Grenell` is his own).
  const initial = INITIAL_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (initial) return !own.includes(initial[1]!);
  if (gluedToName(text, start)) return true;
  const before = wordBefore(text, start);
  if (before === undefined) return false;
  if (NAME_PARTICLES.has(before)) return true;
  // Any capitalized word (`Jun`, a given name as well as a month's) or one with a capital inside
  // (`macOS Ventura`), but a title or a sentence's first little word (`Dr`, `In`, `The`).
  const lower = before.toLowerCase();
  if (
    isCapitalized(before)
      ? TITLES.has(lower) || SENTENCE_OPENERS.has(lower)
      : !/\p{Lu}/u.test(before)
  )
    return false;
  return !own.includes(before);
}

/** Words before a source of news (`according to Bloomberg`, `a report from Bloomberg`). */
const CITED_AFTER = /(?:according to|reports? (?:from|by)|reported by|first reported by|told)\s+$/i;

/**
 * Whether a name at `text[start..end)` is cited as the source of a report (`according to
 * Bloomberg`, `a previous report from Bloomberg`, `Bloomberg reported`).
 */
export function citedAsSource(text: string, start: number, end: number): boolean {
  if (CITED_AFTER.test(text.slice(Math.max(0, start - 24), start))) return true;
  const after = wordAfter(text, end, true)?.toLowerCase();
  return after === 'reported' || after === 'reports';
}

/** A title written only before a surname, right before `start` (`Dr. `, `Mr `, `Sen. `). */
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Sir|Dame)\.?\s+$/u;

/** Whether a person's title comes right before a surname at `start` (`Dr. Fauci`). */
export function titleBefore(text: string, start: number): boolean {
  return TITLE_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}

/** Words after a company's name that make it the company acting (`Amazon said`, `Apple shares`). */
const COMPANY_ACTS = new Set(
  `said says announced announces reported reports told tells unveiled unveils launched launches
  released releases plans planned will would shares stock stocks sued sues agreed agrees bought
  buys acquired acquires cut cuts hired hires fired fires sold sells posted posts expects expected
  confirmed confirms declined declines denied denies employees executives chief`.split(/\s+/),
);
/**
 * Words after a company's name that make it the subject of a verb (`Amazon just delivered`, `Apple
 * is considering`): for names of three letters or more (`X was their top line` is a phone).
 */
const COMPANY_AUX = new Set('is was has had could can may might just also'.split(' '));

/**
 * Whether a name at `text[start..end)` is written as a company acting or owning (`Amazon said`,
 * `Apple shares fell`, `Amazon’s chief`, `Apple is considering`) or as a platform (`on Twitter`), and not after an
 * article (`the Amazon basin`).
 */
export function actsAsCompany(text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start, true)?.toLowerCase();
  if (before === 'the' || before === 'a' || before === 'an') return false;
  // `on Twitter`, `via Amazon`: a platform or a shop.
  if (before === 'on' || before === 'via') return true;
  const possessive =
    charClass(text.charCodeAt(end)) === CLS_CONNECTOR && (text.charCodeAt(end + 1) | 32) === 115;
  if (possessive) return true;
  const after = wordAfter(text, end, true)?.toLowerCase();
  if (after === undefined) return false;
  return COMPANY_ACTS.has(after) || (end - start >= 3 && COMPANY_AUX.has(after));
}
