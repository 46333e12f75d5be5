/**
 * An entity's aliases and their strength, decided from the data. Aliases
 * come from the title without its disambiguator, the anchor texts the briefs
 * use for it (when they are part of its name, or its acronym), and a
 * person's surname. An alias is strong when exactly one entity claims it and
 * it is no common English word or first name; weak otherwise (`Kerry`,
 * `Washington`, `Georgia`, `May`).
 */
import type { AliasInput } from '../../core/matcher-pack';
import { isEventKind, type EntityKind } from '../../core/pack';
import { stripMarks } from '../../core/normalize';
import { aliasKeys } from '../../core/tokens';
import { baseName, teamName } from './classify-kind';
import type { ReferenceLists } from './reference-lists';

export interface AliasSource {
  title: string;
  kind: string;
  anchors: ReadonlyMap<string, number>;
  /** Other titles of the same thing (`ISIL` for the Islamic State): aliases unless another entity has them. */
  variants?: readonly string[];
  /** Acronyms the briefs define for it (`IMF`, defined-acronyms.ts): aliases unless another entity has them. */
  acronyms?: readonly string[];
}

/** Words of a name that describe rather than name (`European` of `European Union`). */
const ADJECTIVES =
  /^(?:European|American|African|Asian|Arab|Latin|Nordic|Western|Eastern|Northern|Southern|Islamic|Christian|Jewish|Muslim|Catholic|International|National|Federal|Royal|Imperial|Democratic|Republican|Socialist|Communist|Liberal|Conservative)$/;
const PARTICLES = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
/** Days name no one on their own (`Friday` for Godwin Friday, `Monday` for Easter Monday); months are weak (`May`). */
export const DAY_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
export const MONTH_WORDS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Articles that open a name (`El Reno`, `La Paz`; not Arabic `Al`, a given name in `Al Gore`): the word after one is no surname. */
const LEADING_ARTICLE = /^(?:The|El|La|Le|Les|Los|Las|Il|Das|Der|Die)$/;

/**
 * A person's surname: the last word but a suffix (`Martin Luther King Jr.` → King); none after a
 * leading article (`El Reno`, a place the catalog took for a person).
 */
export function surname(name: string): string | undefined {
  const words = name.split(/\s+/).filter((w) => !PARTICLES.test(w));
  if (words.length < 2) return undefined;
  if (words.length === 2 && LEADING_ARTICLE.test(words[0]!)) return undefined;
  const last = words[words.length - 1]!.replace(/,$/, '');
  return /^\p{Lu}[\p{L}'’-]{2,}$/u.test(last) ? last : undefined;
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** How demonyms end (`Taiwanese`, `Kosovan`, `Monégasque`, `Somali`): adjectives, not names. */
const DEMONYM_ENDING = /(?:ese|ish|ian|que|ean)$/;

export function isDemonym(word: string, lists: ReferenceLists): boolean {
  return lists.demonyms.has(word) || DEMONYM_ENDING.test(word);
}

/** Bodies every country has: named without their country, they wait for the page to say whose. */
const EVERY_COUNTRYS =
  /^(?:Congress|Senate|Parliament|Supreme Court|Constitutional Court|House of Representatives|House of Commons|House of Lords|National Assembly|Army|Navy|Air Force|Armed Forces|Cabinet|Coast Guard)$/;
/** Short forms of countries' names that open a body's name (`U.S. Senate`), and their titles. */
const SHORT_OWNERS: Record<string, string> = {
  'U.S.': 'United States',
  US: 'United States',
  UK: 'United Kingdom',
  'U.K.': 'United Kingdom',
};

/**
 * A body every country has, named after its country's name or demonym (`United States Congress`,
 * `U.S. Senate`, `Brazilian Congress`): the body's name without it (`Congress`) and the country's
 * title.
 */
export function ownedBody(
  name: string,
  lists: ReferenceLists,
): { body: string; country: string } | undefined {
  const words = name.split(' ');
  for (let k = 1; k <= 3 && k < words.length; k++) {
    const owner = words.slice(0, k).join(' ');
    const country =
      SHORT_OWNERS[owner] ?? lists.countries.get(owner) ?? countryOfDemonym(owner, lists);
    const body = words.slice(k).join(' ');
    if (country) return EVERY_COUNTRYS.test(body) ? { body, country } : undefined;
  }
  return undefined;
}

/** How many other names must end in a word for `The <word>` to be anyone's (`The Times`). */
export const SHARED_LAST_WORD = 3;

/**
 * Whether an entity's name `text` is a description more than a name, meaning whoever the page
 * means (`AliasInput.description`): `The` and an everyday word that ends at least
 * `SHARED_LAST_WORD` other names (`The Times`, `The Post`: on a page of the Los Angeles Times,
 * `The Times` is the Los Angeles Times), or a generic short name (`Central Bank` of Iran's).
 * `lastWords` counts the last words of every name of more than one word.
 */
export function isDescription(
  text: string,
  name: string,
  lastWords: ReadonlyMap<string, number>,
  lists: ReferenceLists,
): boolean {
  const the = /^The (\p{Lu}\p{Ll}+)$/u.exec(text);
  if (the)
    return (
      lists.commonWordsLower.has(the[1]!.toLowerCase()) &&
      (lastWords.get(the[1]!) ?? 0) >= SHARED_LAST_WORD
    );
  return genericShortName(text, name, lists);
}

/** Small words inside a body's name (`Album of the Year`, `Office for Human Rights`). */
export const NAME_FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in']);

/**
 * Whether a name of two words or more is made of everyday words only, small words inside it
 * allowed (`Police Officers`, `Central Bank`, `Album of the Year`). Names of people can be too
 * (`Mike Pence`): for a mined name, how the briefs write it in lowercase tells (`phraseCases`).
 */
export function everydayWordsOnly(name: string, lists: ReferenceLists): boolean {
  const words = name.split(' ');
  return (
    words.length > 1 &&
    words.every(
      (w, i) =>
        (i > 0 && NAME_FUNCTION_WORDS.has(w)) ||
        (/^\p{Lu}\p{Ll}+$/u.test(w) && isEverydayWord(w.toLowerCase(), lists)),
    )
  );
}

/** A first name and an initial (`Richard A.`): a name cut short. */
export const CUT_SHORT = / \p{Lu}\.$/u;

/**
 * How often the briefs write each of `phrases` (lowercase keys, two to four words) in lowercase
 * and capitalized, in one pass over their words.
 */
export function phraseCases(
  texts: Iterable<string>,
  phrases: ReadonlySet<string>,
): Map<string, { lower: number; capitalized: number }> {
  const counts = new Map<string, { lower: number; capitalized: number }>();
  for (const text of texts) {
    const words = text.match(/[\p{L}'’-]+/gu) ?? [];
    for (let i = 0; i < words.length; i++) {
      let key = words[i]!.toLowerCase();
      for (let n = 2; n <= 4 && i + n <= words.length; n++) {
        key += ` ${words[i + n - 1]!.toLowerCase()}`;
        if (!phrases.has(key)) continue;
        const run = words.slice(i, i + n);
        const c = counts.get(key) ?? { lower: 0, capitalized: 0 };
        if (run.every((w) => w === w.toLowerCase())) c.lower++;
        else if (/^\p{Lu}/u.test(run[n - 1]!)) c.capitalized++;
        counts.set(key, c);
      }
    }
  }
  return counts;
}

/** Everyday nouns of bodies' names that the common-word list lacks in both spellings. */
const MISSING_EVERYDAY = new Set(['center', 'centre', 'theater', 'theatre']);

/** A common word, in British or American spelling (the list has `centre`, not `center`). */
export function isEverydayWord(lower: string, lists: ReferenceLists): boolean {
  const { commonWordsLower: common } = lists;
  return (
    common.has(lower) ||
    MISSING_EVERYDAY.has(lower) ||
    common.has(lower.replace(/er$/, 're')) ||
    common.has(lower.replace(/or$/, 'our')) ||
    common.has(lower.replace(/ense$/, 'ence')) ||
    common.has(lower.replace(/ization$/, 'isation'))
  );
}

/**
 * Whether `text`, one of an entity's names, is a generic short name: its
 * name without its owner, made of everyday words only (`Central Bank` of the
 * Central Bank of Iran, `Press Office` of the Holy See Press Office,
 * `Best Actress` of the Academy Award for Best Actress, `Champions League` of
 * the UEFA one). Every country, body or award has one, so it waits for the
 * page to say whose. Not a place's name before its disambiguator
 * (`Palm Springs` of `Palm Springs, California`), nor a name that says its
 * owner (`United States Supreme Court`).
 */
export function genericShortName(text: string, name: string, lists: ReferenceLists): boolean {
  if (text === name || name.startsWith(`${text},`)) return false;
  if (!` ${name} `.includes(` ${text} `) || !everydayWordsOnly(text, lists)) return false;
  const words = text.split(' ');
  // An owner inside the short name (`United States`, `Russian`) says whose it is.
  for (let k = 0; k < words.length; k++)
    for (let j = k + 1; j <= Math.min(words.length, k + 3); j++) {
      const part = words.slice(k, j).join(' ');
      if (lists.countries.has(part) || lists.demonyms.has(part)) return false;
    }
  return true;
}

/** Short forms of owners' names in bodies' names, and their titles. */
const OWNER_SHORT_FORMS: Record<string, string> = {
  ...SHORT_OWNERS,
  UN: 'United Nations',
  'U.N.': 'United Nations',
};

/**
 * The titles that may own a body whose generic short name is `text`: each run of up to four
 * of the name's other words, a country's demonym or short form as its country's title
 * (`United States Environmental Protection Agency` → `United States`; `UN Security Council`
 * → `United Nations`; `Russian Foreign Intelligence Service` → `Russia`).
 */
export function ownerTitles(text: string, name: string, lists: ReferenceLists): string[] {
  const at = ` ${name} `.indexOf(` ${text} `);
  if (at < 0) return [];
  const rest = [name.slice(0, at), name.slice(at + text.length)]
    .map((part) => part.replace(/^[\s,]*(?:of |for )?(?:the )?|[\s,]+$/g, ''))
    .filter(Boolean);
  const titles: string[] = [];
  for (const part of rest) {
    const words = part.split(' ');
    for (let k = 0; k < words.length; k++)
      for (let j = Math.min(words.length, k + 4); j > k; j--) {
        const run = words.slice(k, j).join(' ');
        titles.push(
          OWNER_SHORT_FORMS[run] ?? lists.countries.get(run) ?? countryOfDemonym(run, lists) ?? run,
        );
      }
  }
  return titles;
}

/** `Brazilian` → `Brazil`: the country whose demonym it is, if one. */
function countryOfDemonym(word: string, lists: ReferenceLists): string | undefined {
  if (!lists.demonyms.has(word)) return undefined;
  for (const [country, demonyms] of lists.demonymsOf) if (demonyms.includes(word)) return country;
  return undefined;
}

const folded = new WeakMap<ReferenceLists, Set<string>>();
/** The cities' names without diacritics (`Valparaiso` is `Valparaíso`). */
export function foldedCities(lists: ReferenceLists): Set<string> {
  let set = folded.get(lists);
  if (!set) folded.set(lists, (set = new Set([...lists.cities].map(stripMarks))));
  return set;
}

const UNIVERSITY = /^(\p{Lu}[\p{L}'’-]+) (?:University|College)$/u;
const OUTBREAK = /^([\p{Lu}\d][\p{L}\d-]*) (?:pandemic|epidemic)$/u;

/** Links with one anchor text a title needs, and their share of all links with it, for it to be a name. */
export const MIN_OWN_ANCHORS = 3;
export const OWN_ANCHOR_SHARE = 0.8;

/** Each anchor text that the links use for one title above all: `MIN_OWN_ANCHORS` times, `OWN_ANCHOR_SHARE` of its uses. */
export function anchorOwners(
  titles: Iterable<{ title: string; anchors: ReadonlyMap<string, number> }>,
): Map<string, string> {
  const uses = new Map<string, Map<string, number>>();
  for (const { title, anchors } of titles) {
    for (const [anchor, n] of anchors) {
      if (anchor === title) continue;
      const row = uses.get(anchor) ?? new Map<string, number>();
      uses.set(anchor, row.set(title, (row.get(title) ?? 0) + n));
    }
  }
  const owners = new Map<string, string>();
  for (const [anchor, row] of uses) {
    let total = 0;
    let best: [string, number] = ['', 0];
    for (const [title, n] of row) {
      total += n;
      if (n > best[1]) best = [title, n];
    }
    if (best[1] >= MIN_OWN_ANCHORS && best[1] >= OWN_ANCHOR_SHARE * total)
      owners.set(anchor, best[0]);
  }
  return owners;
}

/** A company's name and its legal form (`Apple Inc.`, `Lockheed Martin Corporation`). */
const COMPANY_FORM =
  /^(\p{Lu}.*?),? (?:Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|plc|PLC|LLC|Co\.|AG|SA|S\.A\.|N\.V\.)$/u;

/** A company's name without its legal form (`Apple` of `Apple Inc.`), if it has one. */
export function shortCompanyName(name: string): string | undefined {
  const company = COMPANY_FORM.exec(name)?.[1];
  return company && company.length >= 3 ? company : undefined;
}

const YEAR = /(?<!\d)(?:1[89]|20)\d{2}(?!\d)/;

/** Whether `part` is whole words of `name` (`Winter Olympics`, not `Olympic`). */
export function hasWords(name: string, part: string): boolean {
  for (let i = name.indexOf(part); i >= 0; i = name.indexOf(part, i + 1)) {
    const before = name.slice(0, i);
    const after = name.slice(i + part.length);
    if (!/[\p{L}\p{N}]$/u.test(before) && !/^[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** Alias texts of one entity, before strength is known. */
export function aliasTexts(
  e: AliasSource,
  titles: ReadonlySet<string>,
  lists: ReferenceLists,
  /** How the briefs write names: a person's surname is an alias only where they write it alone for them. */
  use?: NameUse,
  /** Anchor texts the briefs' links use for one title above all (`Britain` → `United Kingdom`). */
  anchorOwners?: ReadonlyMap<string, string>,
): string[] {
  const base = baseName(e.title);
  const texts = new Set<string>([base]);
  const dated = isEventKind(e.kind as EntityKind) && YEAR.test(base);
  for (const [anchor, n] of e.anchors) {
    const a = anchor.replace(/['’]s$/, '').trim();
    if (a === base || a.length < 2 || !/^\p{Lu}/u.test(a) || /\s{2,}|[()]/.test(a)) continue;
    if (titles.has(a) && a !== base) continue; // Another entity's name (`Senegal` for its football team).
    if (lists.demonyms.has(a) || lists.countries.has(a) || ADJECTIVES.test(a)) continue;
    if (!/\s/.test(a) && lists.firstNames.has(a)) continue; // `James` for James Murdoch.
    const acronym =
      /^(?:\p{Lu}|\d|\.|&|-){2,8}$/u.test(a) && a.replace(/[.\-&]/g, '') === initials(base);
    // Whole words of the name (`Olympic` is no part of `Winter Olympics`); of a dated event's
    // name, only with its year (`X protests` of `2016 X protests` is any year's).
    // Of a name Wikipedia disambiguates, no part: the name itself has namesakes (`Ombudsman` of
    // `Office of the Ombudsman (Philippines)`).
    const partOfName =
      hasWords(base, a) &&
      a.split(/\s+/).length < base.split(/\s+/).length + 1 &&
      !(dated && !YEAR.test(a)) &&
      base === e.title;
    // Another name the briefs link to it (or to a title merged into it) again and again, and
    // hardly to anything else (`Britain`).
    const owner = anchorOwners?.get(anchor);
    const ownName =
      owner !== undefined &&
      (owner === e.title || e.anchors.has(owner)) &&
      !lists.firstNames.has(a) &&
      // A name, not a description (`Russian forces`) or a demonym (`Taiwanese`).
      a.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|and|for|de|al)$/.test(w)) &&
      !isDemonym(a.split(/\s+/).pop()!, lists);
    // A common word the links give one title above all and the briefs capitalize (`Republicans`,
    // `Democrats`): its name too, weak as a common word.
    const ownWord =
      ownName &&
      use !== undefined &&
      !lists.everydayWordsLower.has(a.toLowerCase()) &&
      !mostlyLowercase(a, use);
    if (
      (acronym && n >= 1) ||
      ((partOfName || ownName) && a.length >= 4 && !lists.commonWordsLower.has(a.toLowerCase())) ||
      (ownWord && a.length >= 4)
    )
      texts.add(a);
  }
  for (const v of e.variants ?? []) {
    const name = baseName(v);
    if (!titles.has(name) && !lists.demonyms.has(name) && !lists.countries.has(name))
      texts.add(name);
  }
  for (const a of e.acronyms ?? []) if (!titles.has(a)) texts.add(a);
  // A body every country has, without its country's word (`Congress` of `United States Congress`).
  const owned =
    e.kind === 'organization' || e.kind === 'group' ? ownedBody(base, lists) : undefined;
  // (Weak and claiming nothing, so another's name it is (`Congress (Mexico)`) stays as it was.)
  if (owned) texts.add(owned.body);
  // A country by its other common names (`Ireland` for the Republic of Ireland, `Britain`).
  if (e.kind === 'country') {
    for (const [name, title] of lists.countries)
      if (title === base && name !== base) texts.add(name);
  }
  // An acronym written with dots too (`U.K.`, `U.N.`).
  for (const t of [...texts]) if (/^\p{Lu}{2,3}$/u.test(t)) texts.add(`${[...t].join('.')}.`);
  // A university by its name's own word (`Harvard` of `Harvard University`), unless that is a
  // common word (`Central`), a city (`Boston College`, `Oxford University`; `Sana'a University`,
  // the city being `Sanaa`), a first name (`Howard`) or another entity's name.
  const school = e.kind === 'organization' ? UNIVERSITY.exec(base)?.[1] : undefined;
  const unquoted = school?.replace(/['’]/g, '');
  if (
    school &&
    unquoted &&
    !titles.has(school) &&
    !titles.has(unquoted) &&
    !lists.commonWordsLower.has(school.toLowerCase()) &&
    !foldedCities(lists).has(stripMarks(school)) &&
    !foldedCities(lists).has(stripMarks(unquoted)) &&
    !lists.firstNames.has(school)
  )
    texts.add(school);
  // A pandemic or epidemic by its disease (`COVID-19` of `COVID-19 pandemic`), when no entity is
  // the disease.
  const disease = isEventKind(e.kind as EntityKind) ? OUTBREAK.exec(base)?.[1] : undefined;
  if (disease && !titles.has(disease)) texts.add(disease);
  // A team by its nickname (`Padres` of `San Diego Padres`).
  const team = e.kind === 'organization' ? teamName(base, lists) : undefined;
  if (team) texts.add(team.nickname);
  // A company without its legal form (`Apple` of `Apple Inc.`): weak, and claims no one's name.
  const company = shortCompanyName(base);
  if (company) texts.add(company);
  if (e.kind === 'person') {
    // The surname of every spelling of the name (`Zelenskyy`, and `Zelensky` of a variant title).
    for (const full of [base, ...(e.variants ?? []).map(baseName)]) {
      const last = surname(full);
      if (last && (!use || surnameStandsAlone(last, full, e.anchors, use) || !isWord(last, lists)))
        texts.add(last);
    }
  }
  // A word the briefs mostly write in lowercase (`Mafia`, `Visa`) is no name of a body on its own
  // (a person's surname and a team's nickname have their own tests).
  const word = (t: string): boolean =>
    use !== undefined && e.kind !== 'person' && t !== team?.nickname && mostlyLowercase(t, use);
  // An award by its ceremonies' name, unless an entity has it, and by its winners' plural
  // (`Golden Globe Awards`, `the Golden Globes` of `Golden Globe Award`; `Grammys`); under any
  // of its titles (`Golden Globe Awards`, which `Golden Globe Award` was joined into).
  const titlesOf = [base, ...(e.variants ?? []).map(baseName)];
  for (const title of isEventKind(e.kind as EntityKind) ? titlesOf : []) {
    const name = AWARD.exec(title)?.[1];
    if (!name) continue;
    if (!titles.has(`${name} Awards`)) texts.add(`${name} Awards`);
    texts.add(`${name}s`);
  }
  // An accord by either head word, in any case (`the Paris accord`, `Paris agreement` of `Paris
  // Agreement`; `Iran nuclear accord` of `Iran nuclear deal`): its head is no part of the name.
  // Also under a title joined into a plan (`Iran nuclear deal`, the JCPOA's).
  const accords = e.kind === 'agreement' ? titlesOf : e.kind === 'plan' ? titlesOf.slice(1) : [];
  for (const title of accords) {
    const accord = ACCORD.exec(title);
    if (!accord) continue;
    const [, name, head] = accord as unknown as [string, string, string];
    const heads = /s$/i.test(head) ? [head] : [head, 'agreement', 'accord'];
    texts.delete(title);
    for (const h of heads) texts.add(`${name} ${h.toLowerCase()}`);
  }
  return [...texts].filter((t) => isOneName(t) && (t === base || (!DAY_WORDS.test(t) && !word(t))));
}

/** An award's name before `Award` (`Golden Globe`; not `Brit` of `Brit Awards`: Brits are people). */
const AWARD = /^((?:\p{Lu}[\p{L}-]* )*\p{Lu}\p{Ll}+) Award$/u;

/** An accord's name and its head word (`Paris` `Agreement`, `Oslo` `Accords`, `Iran nuclear` `deal`). */
const ACCORD = /^(\p{Lu}.*?) (Agreement|Accords?|Deal|agreement|accords?|deal)$/u;

/**
 * Whether the briefs write a one-word name in lowercase more often than capitalized: a word
 * (`Ombudsman`: `the ombudsman`), no name on its own.
 */
export function mostlyLowercase(text: string, use: Pick<NameUse, 'words' | 'lowercase'>): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(text)) return false;
  const lower = use.lowercase.get(text.toLowerCase()) ?? 0;
  return lower > (use.words.get(text) ?? 0);
}

/** A common English word or a first name (`Brown`, `Martin`): no name on its own. */
export function isWord(text: string, lists: ReferenceLists): boolean {
  return lists.commonWordsLower.has(text.toLowerCase()) || lists.firstNames.has(text);
}

/**
 * Whether `text` is a surname of the person `e` (of any spelling) that the briefs do not show
 * standing alone for them: an alias that waits for the full name on the page (weak), however
 * few others claim it.
 */
export function unprovenSurname(
  text: string,
  e: Pick<AliasSource, 'title' | 'anchors' | 'variants'>,
  use: NameUse,
): boolean {
  const spellings = [e.title, ...(e.variants ?? [])]
    .map(baseName)
    .filter((full) => surname(full) === text);
  return (
    spellings.length > 0 &&
    !spellings.some((full) => surnameStandsAlone(text, full, e.anchors, use))
  );
}

/** Whether the matcher can take `text` as one name (words joined by spaces, hyphens, apostrophes or dots). */
function isOneName(text: string): boolean {
  try {
    aliasKeys(text);
    return true;
  } catch {
    return false;
  }
}

/** Strength of every alias text across all entities: strong when one entity alone claims it and it is no common word or first name. */
export function aliasStrengths(
  claims: ReadonlyMap<string, number>,
  lists: ReferenceLists,
): (text: string) => AliasInput['strength'] {
  return (text) => {
    const words = text.split(/\s+/);
    const one = words.length === 1;
    if ((claims.get(text) ?? 0) !== 1) return 'weak';
    if (one && (lists.commonWordsLower.has(text.toLowerCase()) || lists.firstNames.has(text)))
      return 'weak';
    if (one && text.length <= 3 && !/^\p{Lu}+$/u.test(text)) return 'weak';
    // One letter is an initial as often as a name (`Francis X. De Luca`; `X`, the network).
    if (text.length === 1) return 'weak';
    if (one && MONTH_WORDS.test(text)) return 'weak';
    return 'strong';
  };
}

/** An initial inside a name (`W.` of `George W. Bush`): passed over, as if the name had none. */
const INITIAL = /^\p{Lu}\.$/u;
const INITIAL_OR_WORD = /\p{Lu}\.(?=\s+\p{Lu})|\p{Lu}[\p{L}'’-]+|[^\s\p{L}]+|\p{Ll}[\p{L}'’-]*/gu;

/** The word of `words` before index `i`, initials passed over (`George` before `Bush` in `George W. Bush`). */
function wordBefore(words: readonly string[], i: number): string | undefined {
  let j = i - 1;
  while (j >= 0 && INITIAL.test(words[j]!)) j--;
  return j >= 0 ? words[j] : undefined;
}

/** How the briefs write capitalized words: each word's count, and each word's count after a first name. */
export interface NameUse {
  words: ReadonlyMap<string, number>;
  /**
   * `Vladimir Putin` → 40: briefs that write the name in full and then the
   * surname alone (`… Vladimir Putin … Putin says`), evidence that the surname
   * stands for the person.
   */
  coref: ReadonlyMap<string, number>;
  /** `Vladimir Putin` → 120: how often a capitalized word follows another. */
  pairs: ReadonlyMap<string, number>;
  /** How often each word follows any capitalized word. */
  followed: ReadonlyMap<string, number>;
  /** `Sayed` → { Ahmed: 3, Mushahid: 2 }: the first names written right before a word. */
  after: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** How often each word is written in lowercase (`ombudsman` → 40). */
  lowercase: ReadonlyMap<string, number>;
}

/** One pass over the briefs' texts. */
export function nameUse(texts: Iterable<string>, lists: ReferenceLists): NameUse {
  const words = new Map<string, number>();
  const after = new Map<string, Map<string, number>>();
  const coref = new Map<string, number>();
  const pairs = new Map<string, number>();
  const followed = new Map<string, number>();
  const lowercase = new Map<string, number>();
  for (const text of texts) {
    let prev: string | undefined;
    /** Surname → the words before it where the brief wrote a full name. */
    const full = new Map<string, Set<string>>();
    const counted = new Set<string>();
    for (const m of text.matchAll(INITIAL_OR_WORD)) {
      const w = m[0];
      if (INITIAL.test(w)) continue; // `George W. Bush`: Bush follows George.
      if (/^\p{Lu}/u.test(w)) {
        words.set(w, (words.get(w) ?? 0) + 1);
        if (prev !== undefined) {
          const pair = `${prev} ${w}`;
          pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
          followed.set(w, (followed.get(w) ?? 0) + 1);
          const before = full.get(w) ?? new Set<string>();
          full.set(w, before.add(prev));
        } else {
          for (const first of full.get(w) ?? []) {
            const pair = `${first} ${w}`;
            if (!counted.has(pair)) coref.set(pair, (coref.get(pair) ?? 0) + 1);
            counted.add(pair);
          }
        }
        if (prev !== undefined && lists.firstNames.has(prev)) {
          let row = after.get(w);
          if (!row) after.set(w, (row = new Map()));
          row.set(prev, (row.get(prev) ?? 0) + 1);
        }
        prev = w;
      } else {
        prev = undefined;
        if (/^\p{Ll}/u.test(w)) lowercase.set(w, (lowercase.get(w) ?? 0) + 1);
      }
    }
  }
  return { words, after, coref, pairs, followed, lowercase };
}

/** Share of a surname's uses that follow another person's first name, above which it is shared. */
export const SHARED_SURNAME = 0.15;

/**
 * Whether the briefs write `surname` for other people too: `Sayed` after
 * `Ahmed` and `Ali` as well as after `Mushahid`. Such a surname is weak even
 * when one entity alone claims it; `Putin` is written after no other first name.
 */
export function surnameOfOthers(surname: string, fullName: string, use: NameUse): boolean {
  const own = new Set(fullName.split(/\s+/));
  let others = 0;
  for (const [first, n] of use.after.get(surname) ?? []) if (!own.has(first)) others += n;
  return others >= 3 && others >= SHARED_SURNAME * (use.words.get(surname) ?? 0);
}

/** Full-then-alone briefs that make a surname that is also a word (`Trump`, `Tusk`) a name. */
export const MIN_WORD_SURNAME_COREF = 5;

/**
 * Whether a person's surname that is also a common English word is, in the news, their name
 * alone: the briefs write the full name and then the surname alone again and again, and write it
 * after no one else's first name (`Trump`: 92 briefs; not `Brown`, which is also Chris and
 * Michael Brown). First names and months stay weak (`Martin`, `May`).
 */
export function wordSurnameIsName(
  text: string,
  fullName: string,
  lists: ReferenceLists,
  use: NameUse,
): boolean {
  const words = fullName.split(/\s+/);
  if (words.length < 2 || words[words.length - 1] !== text) return false;
  if (lists.firstNames.has(text) || MONTH_WORDS.test(text) || DAY_WORDS.test(text)) return false;
  const full = `${wordBefore(words, words.length - 1)} ${text}`;
  return (
    (use.coref.get(full) ?? 0) >= MIN_WORD_SURNAME_COREF && !surnameOfOthers(text, fullName, use)
  );
}

/** Full-then-alone briefs a surname needs before it is an alias of its own. */
export const MIN_SURNAME_COREF = 2;

/**
 * Whether the corpus writes `surname` alone for the person named `fullName`:
 * the briefs link the surname alone to them (`anchors`), or write the full
 * name and then the surname alone at least MIN_SURNAME_COREF times, or the
 * surname is a rare word written mostly in this full name. `English`
 * for Bill English or `Tech` for a `Virginia Tech` taken for a person are not.
 */
export function surnameStandsAlone(
  surname: string,
  fullName: string,
  anchors: ReadonlyMap<string, number>,
  use: NameUse,
): boolean {
  if ((anchors.get(surname) ?? 0) > 0) return true;
  const words = fullName.split(/\s+/);
  const before = wordBefore(words, words.lastIndexOf(surname));
  if (before === undefined) return false;
  if ((use.coref.get(`${before} ${surname}`) ?? 0) >= MIN_SURNAME_COREF) return true;
  // Or a rare word that the briefs write mostly in this full name (`Mazari` of Imaan Mazari).
  const full = use.pairs.get(`${before} ${surname}`) ?? 0;
  const alone = (use.words.get(surname) ?? 0) - (use.followed.get(surname) ?? 0);
  return full >= 2 && alone <= full && !surnameOfOthers(surname, fullName, use);
}
