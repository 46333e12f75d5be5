/**
 * A site: one match of the linker (linker.ts), and its first reading, on its
 * own: its aliases longest first, what links outright, and what waits for the
 * page's support (strong aliases shared by several entities, generic names
 * that fit nothing locally, weak aliases).
 */
import { antecedents, type Antecedents } from './antecedents';
import { genericFit, type GenericFit } from './event-context';
import { LINK_RULE_CONFIDENCE, type LinkRule } from './link-rules';
import { ALIAS_ACRONYM, ALIAS_GENERIC, ALIAS_STRONG, type LoadedPack } from './matcher-pack';
import type { Match } from './matcher';
import { isAllCaps } from './normalize';
import {
  afterNameAndOf,
  bodyInLongerName,
  gluedToName,
  isDateUse,
  isMonthUse,
  isShouted,
  longerNameAround,
  namedForAPerson,
  placeInLongerName,
  placeOfficeAfter,
} from './name-context';
import {
  acronymAfterName,
  afterCalled,
  citedAuthor,
  firstHalfOfWord,
  bodyAfterUnknownName,
  gluedByPunctuation,
  inByline,
  inTitleLine,
  isSpanishArticleName,
  joinedIntoTitle,
  placeBeforeTitleWord,
  spanishArticleBefore,
} from './name-chunks';
import { pageWords, type PageWords } from './title-case';

export interface Link {
  match: Match;
  entity: number;
  alias: number;
  rule: LinkRule;
  confidence: number;
}

export interface LinkOptions {
  pageDate?: string;
}

export interface Site {
  /** The match currently considered (the longest not yet ruled out). */
  match: Match | undefined;
  link?: Link;
  /** Strong aliases of several entities, resolved by support. */
  ambiguous?: number[];
  /** Weak aliases waiting for support. */
  weak?: number[];
  /** A generic name that fit nothing locally (and met no conflict). */
  generic?: { match: Match; aliases: number[] };
}

/** What the passes share: the page, the pack, and what the first reading found. */
export interface Run {
  pack: LoadedPack;
  text: string;
  options: LinkOptions;
  /** Whether a match starts at `pos` (dateline ones too): a longer name may begin there. */
  startsMatch: (pos: number) => boolean;
  /** Whether a match (its longest reading) ends at `pos`: a longer name may go on from there. */
  endsMatch: (pos: number) => boolean;
  /** Whether a person's one-word name (a surname) starts at `pos`. */
  startsSurname: (pos: number) => boolean;
  words: PageWords;
  names: Antecedents;
  /** Generic names that met a conflicting cue: none links by support. */
  conflicted: Set<string>;
  /** The entities linked so far: the page's *support*. */
  support: Set<number>;
}

/** The state of one page's run, before the first reading. */
export function startRun(
  pack: LoadedPack,
  text: string,
  options: LinkOptions,
  starts: Set<number>,
  ends: Set<number> = new Set(),
  surnames: Set<number> = new Set(),
): Run {
  return {
    pack,
    text,
    options,
    startsMatch: (pos) => starts.has(pos),
    endsMatch: (pos) => ends.has(pos),
    startsSurname: (pos) => surnames.has(pos),
    words: pageWords(text),
    names: antecedents(),
    conflicted: new Set(),
    support: new Set(),
  };
}

/**
 * One match on its own, its aliases longest first: a strong alias links (or
 * waits for support when several entities share it), a generic name links
 * when the words around it or the page's date fit, a weak alias inside a
 * longer capitalized name is dropped, and any other weak alias waits.
 */
export function readSite(run: Run, first: Match): Site {
  const { pack, text } = run;
  const acronym = (a: number): boolean => (pack.aliasFlags[a]! & ALIAS_ACRONYM) !== 0;
  const site: Site = { match: first };
  for (let m: Match | undefined = first; m; m = m.shorter) {
    // `El Salvador`: the name with its article; `Salvador` alone is not it.
    const el: number[] = m.aliases.filter((a) =>
      isSpanishArticleName(pack.entityName(pack.aliasEntity[a]!), pack.aliasText(a)),
    );
    if (el.length > 0) {
      const article = spanishArticleBefore(text, m.start);
      m =
        article >= 0
          ? { ...m, start: article, aliases: el }
          : { ...m, aliases: m.aliases.filter((a) => !el.includes(a)) };
      if (m.aliases.length === 0) continue;
    }
    site.match = m;
    // One piece of a brand or a title (`A$AP`, `Yahoo!ニュース`, `Bedford & Bowery`, `The News with …`).
    if (
      gluedByPunctuation(text, m.start, m.end) ||
      joinedIntoTitle(text, m.start, m.end, run.startsMatch) ||
      inTitleLine(text, m.start, m.end, run.startsMatch)
    )
      continue;
    if (
      m.aliases.some(acronym) &&
      (isShouted(text, m.start, m.end) || acronymAfterName(text, m.start, run.startsMatch))
    ) {
      m = { ...m, aliases: m.aliases.filter((a) => !acronym(a)) };
      if (m.aliases.length === 0) continue;
    }
    // `The deadline is January 6, 2017`: a date, not the event named by one.
    if (isDateUse(text, m.start, m.end)) continue;
    const kinds = m.aliases.map((a) => pack.entityKind(pack.aliasEntity[a]!));
    // A byline names the writer (`By Jane Doe`), not someone in the news; nor does a reference
    // list (`Silva JM, Sanchez A,`).
    if (kinds.every((k) => k === 'person') && (inByline(text, m.start) || citedAuthor(text, m.end)))
      continue;
    // `John F. Kennedy Center`, `Kennedy Center`: something named for the person.
    if (kinds.every((k) => k === 'person') && namedForAPerson(text, m.end)) continue;
    const strong = m.aliases.filter(
      (a) => (pack.aliasFlags[a]! & (ALIAS_STRONG | ALIAS_GENERIC)) === ALIAS_STRONG,
    );
    // A body's name after an unknown name word is part of a longer name (`SBM Intel`).
    if (
      strong.length > 0 &&
      strong.every((a) => BODY_KINDS.has(pack.entityKind(pack.aliasEntity[a]!))) &&
      bodyAfterUnknownName(text, m.start, run.startsMatch, run.endsMatch, run.words)
    )
      continue;
    // A body's one-word short name inside a longer capitalized name is something else's:
    // `Humboldt County` and the `Humboldt Broncos` are not Humboldt University (its own name
    // stays: `Hamas Political Bureau`).
    if (
      strong.length > 0 &&
      strong.every((a) => shortNameOfBody(pack, a, m.start, m.end, text)) &&
      bodyInLongerName(text, m.start, m.end, run.startsMatch, run.words)
    )
      continue;
    // `The New York Times Company`: a body's name before `Company` names its owner, another body.
    if (
      strong.length > 0 &&
      strong.every((a) => BODY_KINDS.has(pack.entityKind(pack.aliasEntity[a]!))) &&
      OWNER_COMPANY_AFTER.test(text.slice(m.end, m.end + 16))
    )
      continue;
    // `The Times` in `The Times of Israel`: a title-like name that goes on with `of` is another name.
    if (
      strong.length > 0 &&
      THE_NAME.test(text.slice(m.start, m.end)) &&
      GOES_ON_WITH_OF.test(text.slice(m.end, m.end + 24))
    )
      continue;
    // A person's lone surname inside a longer name (`Condé Nast`, `Kelsie Gibson`) is someone else's.
    if (
      strong.length > 0 &&
      strong.every(
        (a) =>
          pack.entityKind(pack.aliasEntity[a]!) === 'person' &&
          !/\s/.test(pack.aliasText(a)) &&
          // Not the entity's own full name (`Al Franken`, whose alias is `Franken`), even with a
          // middle initial (`Rex W. Tillerson`).
          !text
            .slice(Math.max(0, m.start - 40), m.end)
            .replace(MIDDLE_INITIAL, '')
            .endsWith(pack.entityName(pack.aliasEntity[a]!)),
      ) &&
      (longerNameAround(text, m.start, m.end, run.startsMatch, run.words) ||
        gluedToName(text, m.start, run.startsMatch))
    )
      continue;
    // A place's or country's name inside a longer name of something else (`CNET Japan`,
    // `Radio-Canada`, `Bank of Canada`, `Japan Standard Time`) is not the place; nor is a body's
    // glued to one (`Bloomberg-Live`, `ACLU of Ohio`'s `ACLU`… only `of` and hyphens for bodies).
    if (
      strong.length > 0 &&
      strong.every((a) => PLACE_KINDS.has(pack.entityKind(pack.aliasEntity[a]!))) &&
      (placeInLongerName(text, m.start, m.end, run.startsMatch, run.words) ||
        placeBeforeTitleWord(text, m.start, m.end, run.startsMatch, run.words) ||
        // `Bara-banki`, a district; `Hamburg-Mitte`, a borough; `a prison called Angola`.
        firstHalfOfWord(text, m.end, run.startsMatch) ||
        // `Fatima Hussein`, `Israel Katz`: a given name before a surname, even in a headline.
        givenNameBeforeSurname(text, m.start, m.end, run.startsSurname) ||
        // `Philadelphia 76ers`, `San Francisco 49ers`: a team named by a number.
        NUMBERED_NAME_AFTER.test(text.slice(m.end, m.end + 12)) ||
        afterCalled(text, m.start))
    )
      continue;
    if (strong.length > 0) {
      if (distinctEntities(pack, strong) === 1)
        site.link = linkOf(pack, m, strong[0]!, 'strong-alias');
      else site.ambiguous = strong;
      return site;
    }
    const generic = m.aliases.filter((a) => pack.aliasFlags[a]! & ALIAS_GENERIC);
    if (generic.length > 0) {
      const fits = generic.map((a) => {
        const context = pack.context[pack.aliasEntity[a]!];
        return { alias: a, fit: genericFit(text, m.start, m.end, context, run.options.pageDate) };
      });
      const best = soleBestFit(fits);
      if (best) {
        site.link =
          best.fit === 'date'
            ? linkOf(pack, m, best.alias, 'generic-page-date')
            : linkOf(
                pack,
                m,
                best.alias,
                'generic-context-cue',
                best.fit === 'adjacent-cue' ? 0.15 : 0,
              );
        return site;
      }
      if (fits.some((f) => f.fit === 'conflict')) run.conflicted.add(keyOf(text, m));
      else site.generic = { match: m, aliases: generic };
      continue;
    }
    // `in May`, `May 5`: the month, not Theresa May.
    if (isMonthUse(text, m.start, m.end)) continue;
    // `Acoustical Society of America`, `Amazon Prime`: a place's other name inside a longer name;
    // `Library of Congress`: a body's.
    if (
      kinds.every((k) => PLACE_KINDS.has(k)) &&
      placeInLongerName(text, m.start, m.end, run.startsMatch, run.words)
    )
      continue;
    if (kinds.every((k) => BODY_KINDS.has(k)) && afterNameAndOf(text, m.start, run.startsMatch))
      continue;
    const around = longerNameAround(text, m.start, m.end, run.startsMatch, run.words);
    // `Nic Cage`: a surname after the short form of one person's given name is that person.
    if (around === 'after-given-name' && kinds.every((k) => k === 'person')) {
      const short = shortGivenName(run, m);
      if (short) {
        site.match = { ...m, start: short.start, aliases: [short.alias] };
        site.link = linkOf(pack, site.match, short.alias, 'strong-alias');
        return site;
      }
    }
    // `Michelle Obama`: a surname after another given name contests the name (not a company's
    // after a capitalized word: `Second-Generation Apple Pencil`).
    if (around === 'after-given-name' && kinds.includes('person'))
      run.names.addContest(keyOf(text, m), m.start);
    // `a Virginia Republican`: a place and its voters, not a longer name.
    const office =
      around === 'before-name' &&
      kinds.every((k) => PLACE_KINDS.has(k)) &&
      placeOfficeAfter(text, m.end);
    if (around && !office) continue;
    site.weak = m.aliases;
    return site;
  }
  site.match = undefined;
  return site;
}

/**
 * The one person among a surname's people whose given name the word before it shortens (`Nic` of
 * `Nicolas Cage`, three letters or more), and where that word starts.
 */
function shortGivenName(run: Run, m: Match): { alias: number; start: number } | undefined {
  const { pack, text } = run;
  const before = /(\p{Lu}\p{Ll}{2,})\s+$/u.exec(text.slice(Math.max(0, m.start - 24), m.start));
  if (!before) return undefined;
  const given = before[1]!;
  const fits = m.aliases.filter((a) => {
    const first = pack.entityName(pack.aliasEntity[a]!).split(/\s+/)[0]!;
    return first.length > given.length && first.startsWith(given);
  });
  if (distinctEntities(pack, fits) !== 1) return undefined;
  return { alias: fits[0]!, start: m.start - before[0].length };
}

const MIDDLE_INITIAL = /\s\p{Lu}\.(?=\s)/gu;
export const PLACE_KINDS: ReadonlySet<string> = new Set(['place', 'country']);
export const BODY_KINDS: ReadonlySet<string> = new Set(['organization', 'group']);

/**
 * Whether alias `a`, written `text[start..end)`, is a body's one-word name other than its own
 * name, and no acronym: an acronym before a name word is the body and one of its parts
 * (`U.N. Security Council`, `FBI Ten Most Wanted`, `NCAA Division I`).
 */
function shortNameOfBody(
  pack: LoadedPack,
  a: number,
  start: number,
  end: number,
  text: string,
): boolean {
  const id = pack.aliasEntity[a]!;
  if (!BODY_KINDS.has(pack.entityKind(id)) || pack.aliasFlags[a]! & ALIAS_ACRONYM) return false;
  const written = text.slice(start, end);
  return (
    !/[\s.]/.test(written) &&
    !isAllCaps(written) &&
    written.toLowerCase() !== pack.entityName(id).toLowerCase()
  );
}

const THE_NAME = /^The\s/;
const OWNER_COMPANY_AFTER = /^\s+Company(?![\p{L}])/u;
const GOES_ON_WITH_OF = /^\s+of\s+(?:the\s+)?\p{Lu}/u;

/** The generic alias whose fit is the only one of the best kind found, if any. */
function soleBestFit<F extends { fit: GenericFit }>(fits: F[]): F | undefined {
  for (const kind of ['adjacent-cue', 'nearby-cue', 'date'] as const) {
    const ofKind = fits.filter((f) => f.fit === kind);
    if (ofKind.length === 1) return ofKind[0];
  }
  return undefined;
}

/** A link of `match` to `alias`'s entity by `rule`. */
export function linkOf(
  pack: LoadedPack,
  match: Match,
  alias: number,
  rule: LinkRule,
  boost = 0,
): Link {
  return {
    match,
    alias,
    entity: pack.aliasEntity[alias]!,
    rule,
    confidence: Math.min(1, LINK_RULE_CONFIDENCE[rule] + boost),
  };
}

/** The matched text, lowercased: one key for every use of a name on the page. */
export const keyOf = (text: string, m: Match): string => text.slice(m.start, m.end).toLowerCase();

/** 0, 1, or 2 for "several": how many entities the aliases name. */
export function distinctEntities(pack: LoadedPack, aliases: number[]): number {
  if (aliases.length === 0) return 0;
  const first = pack.aliasEntity[aliases[0]!];
  for (let i = 1; i < aliases.length; i++) if (pack.aliasEntity[aliases[i]!] !== first) return 2;
  return 1;
}

/**
 * Whether the one word `text[start..end)` is followed, after one space, by a person's surname
 * (`Fatima Hussein`, `Israel Katz`): a given name, not the place of that name.
 */
function givenNameBeforeSurname(
  text: string,
  start: number,
  end: number,
  startsSurname: (pos: number) => boolean,
): boolean {
  return (
    text.charCodeAt(end) === 32 && startsSurname(end + 1) && !/\s/.test(text.slice(start, end))
  );
}

/** A name made of a number and letters after a place (` 76ers`, ` 49ers`; not ` 5th`, ` 2nd`). */
const NUMBERED_NAME_AFTER = /^ \d+(?!(?:st|nd|rd|th)\b)\p{Ll}+\b/u;
