/**
 * Titles that name the same thing: the portal links one story under the
 * successive titles of its Wikipedia article (`War in Sudan (2023)`,
 * `War in Sudan (2023–present)`), and writes names with and without an
 * article, accents or dots (`The Arab League`, `U.S. Senate`). Each group
 * becomes one entity: the best attested title, with the evidence of all.
 */
import { latinLower } from '../../core/normalize';
import { isEventKind, type EntityKind } from '../../core/pack';
import type { Candidate } from './candidates';
import { pushTo } from './push-to';
import { otherTitles } from './other-titles';
import {
  definedAcronymJoins,
  derivedTitleRenames,
  formerNameRenames,
  type RenameGroup,
} from './renames';

/** A title reduced to what tells things apart: no case, accents, leading article, dots, year ranges or "present". */
export function sameThingKey(title: string): string {
  return (
    latinLower(title)
      .replace(/^the\s+/, '')
      .replace(/\b(?:u\.\s?s\.|u\.\s?s\b|usa\b|united states)(?=\s|$|\)|[–—-])/g, 'us')
      .replace(/\b(?:u\.\s?n\.|u\.\s?n\b|united nations)(?=\s|$|\)|[–—-])/g, 'un')
      // A range of months keeps its first (`December 2019–March 2020`, `November–December 2016`).
      .replace(MONTH_RANGE, '$1 $2')
      .replace(MONTHS_OF_YEAR, '$1 $2')
      .replace(/\b(\d{4})\s*[–—-]\s*(?:\d{2,4}|present)\b/g, '$1')
      .replace(/[\s_]*\(\s*(\d{4})\s*\)/g, ' $1')
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
  );
}

const RECURRING =
  /\b(?:elections?|cup|championships?|games|olympics|paralympics|open|summit|awards?|festival|season|grand prix|marathon|tour|tournament|series|ligue|liga|bundesliga|bowl|budget|census|conference|forum|congress|assembly|session|parade|day|week|week|prize|league|classic|invitational|masters|contest|derby|race|rally|pride)\b/;

/**
 * The years a title names, first to last: `2014 Gaza War` → [2014, 2014],
 * `War in Sudan (2023–present)` → [2023, Infinity], `2019–20 Chilean protests` → [2019, 2020].
 */
export function yearsOf(title: string): [number, number] | undefined {
  const m = /\b((?:19|20)\d{2})(?:\s*[–—-]\s*((?:19|20)?\d{2}|present)\b)?/.exec(title);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2];
  if (to === undefined) return [from, from];
  if (to === 'present') return [from, Infinity];
  return [from, to.length === 2 ? Math.floor(from / 100) * 100 + Number(to) : Number(to)];
}

/** An event key that opens with a month before its year, and the key without the month. */
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_WORD = `(?:${MONTHS.join('|')})`;
/** `december 2019–march 2020`, `july 2013–present`: the first month and its year. */
const MONTH_RANGE = new RegExp(
  `\\b(${MONTH_WORD}) ((?:19|20)\\d{2})\\s*[–—-]\\s*(?:${MONTH_WORD} )?(?:(?:19|20)\\d{2}|present)\\b`,
  'g',
);
/** `november–december 2016`: the first month and the year. */
const MONTHS_OF_YEAR = new RegExp(
  `\\b(${MONTH_WORD})\\s*[–—-]\\s*${MONTH_WORD} ((?:19|20)\\d{2})\\b`,
  'g',
);
const MONTH_YEAR = new RegExp(`^e:(${MONTHS.join('|')}) ((?:19|20)\\d{2} .+)$`);

/** A title's leading month and day (`january 6 `), which stand for its year. */
const MONTH_DAY = new RegExp(`^(?:${MONTHS.join('|')}) \\d{1,2} `);
/**
 * Whether a key opens with a day's date that stands for its year, before three words or more
 * (`january 6 united states capitol attack`; not `october 7 attacks`, whose date is its name).
 */
function dayTitled(key: string): boolean {
  const date = MONTH_DAY.exec(key)?.[0];
  return date !== undefined && key.slice(date.length).split(' ').length >= 3;
}

/** A group's first and last brief dates (`YYYY-MM-DD`). */
function briefDates(
  group: readonly Accepted<unknown>[],
  dateOf: (brief: number) => string,
): [first: string, last: string] {
  let first = '9999';
  let last = '0000';
  for (const a of group)
    for (const b of a.c.briefs) {
      const d = dateOf(b);
      if (d < first) first = d;
      if (d > last) last = d;
    }
  return [first, last];
}

/** The same key without its years: `war in sudan 2023` and `war in sudan` share it. */
function yearless(key: string): string {
  return key
    .replace(/\b(?:19|20)\d{2}\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether the bare group's first brief falls within the dated group's years or the year after. */
function withinYears(
  bare: readonly Accepted<unknown>[],
  dated: readonly Accepted<unknown>[],
  dateOf: (brief: number) => string,
): boolean {
  let first = Infinity;
  for (const a of bare)
    for (const b of a.c.briefs) first = Math.min(first, Number(dateOf(b).slice(0, 4)));
  const spans = dated.map((a) => yearsOf(a.c.title)).filter((y) => y !== undefined);
  if (first === Infinity || spans.length === 0) return false;
  const from = Math.min(...spans.map((y) => y[0]));
  const titled = Math.max(...spans.map((y) => y[1]));
  // Or the year after the dated group's own last brief, up to three years on (a trial, an inquest).
  let last = -Infinity;
  for (const a of dated)
    for (const b of a.c.briefs) last = Math.max(last, Number(dateOf(b).slice(0, 4)));
  const to = Math.max(titled, Math.min(last, titled + 3));
  return first >= from && first <= to + 1;
}

/**
 * Other titles of one thing that the key cannot tell from its words: acronyms and redirects of the
 * Islamic State (its briefs link ISIL, ISIS and its successive titles, and write `ISIL` for its
 * provinces too, so no anchor tells them apart) and of the Houthis. Reviewed by hand; keys as
 * `sameThingKey` gives them.
 */
const SYNONYMS: ReadonlyMap<string, string> = new Map([
  // Wikipedia moved `Palestinian National Authority` to its short name (a demonym is its country's).
  ['palestinian national authority', 'palestine authority'],
  ['isil', 'islamic state'],
  ['isis', 'islamic state'],
  ['daesh', 'islamic state'],
  ['islamic state of iraq and the levant', 'islamic state'],
  ['islamic state in iraq and the levant', 'islamic state'],
  ['islamic state in iraq and the levant isil', 'islamic state'],
  ['islamic state of iraq and syria', 'islamic state'],
  ['islamic state of iraq and al sham', 'islamic state'],
  ['houthi movement', 'houthis'],
  ['nobel prize in medicine', 'nobel prize in physiology or medicine'],
  ['ansar allah', 'houthis'],
  // Iran's Islamic Revolutionary Guard Corps, as the briefs' links and mined names shorten it.
  ['revolutionary guard corps', 'islamic revolutionary guard corps'],
  ['revolutionary guards corps', 'islamic revolutionary guard corps'],
  ['islamic revolutionary guards corps', 'islamic revolutionary guard corps'],
  ['revolutionary guard', 'islamic revolutionary guard corps'],
  ['revolutionary guards', 'islamic revolutionary guard corps'],
  ['iranian revolutionary guard', 'islamic revolutionary guard corps'],
  ['iranian revolutionary guards', 'islamic revolutionary guard corps'],
  ['iran s revolutionary guard', 'islamic revolutionary guard corps'],
  ['iran s revolutionary guards', 'islamic revolutionary guard corps'],
  // Armed groups under their country's adjective: the Pakistani Taliban is the TTP (not the
  // Taliban); the Afghan Taliban, Lebanon's Hezbollah and the Palestinian Hamas are the groups.
  ['pakistani taliban', 'tehrik i taliban pakistan'],
  ['pakistan taliban', 'tehrik i taliban pakistan'],
  ['tehreek e taliban pakistan', 'tehrik i taliban pakistan'],
  ['afghan taliban', 'taliban'],
  ['lebanese hezbollah', 'hezbollah'],
  ['lebanon s hezbollah', 'hezbollah'],
  ['palestinian hamas', 'hamas'],
]);

/** Countries' adjectives as their names, for titles written both ways (`Chinese Coast Guard`, `China Coast Guard`). */
const DEMONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    chinese: 'china',
    turkish: 'turkey',
    russian: 'russia',
    iranian: 'iran',
    israeli: 'israel',
    indian: 'india',
    pakistani: 'pakistan',
    ukrainian: 'ukraine',
    syrian: 'syria',
    iraqi: 'iraq',
    afghan: 'afghanistan',
    japanese: 'japan',
    egyptian: 'egypt',
    french: 'france',
    german: 'germany',
    american: 'us',
    lebanese: 'lebanon',
    libyan: 'libya',
    nigerian: 'nigeria',
    mexican: 'mexico',
    brazilian: 'brazil',
    canadian: 'canada',
    australian: 'australia',
    italian: 'italy',
    spanish: 'spain',
    polish: 'poland',
    greek: 'greece',
    yemeni: 'yemen',
    sudanese: 'sudan',
    somali: 'somalia',
    british: 'uk',
    philippine: 'philippines',
    filipino: 'philippines',
    chadian: 'chad',
    bangladeshi: 'bangladesh',
    saudi: 'saudi arabia',
    ethiopian: 'ethiopia',
    kenyan: 'kenya',
    venezuelan: 'venezuela',
    colombian: 'colombia',
    argentine: 'argentina',
    argentinian: 'argentina',
    peruvian: 'peru',
    cuban: 'cuba',
    nepalese: 'nepal',
    thai: 'thailand',
    vietnamese: 'vietnam',
    indonesian: 'indonesia',
    malaysian: 'malaysia',
    jordanian: 'jordan',
    qatari: 'qatar',
    kuwaiti: 'kuwait',
    bahraini: 'bahrain',
    algerian: 'algeria',
    moroccan: 'morocco',
    tunisian: 'tunisia',
    malian: 'mali',
    rwandan: 'rwanda',
    ugandan: 'uganda',
    tanzanian: 'tanzania',
    zimbabwean: 'zimbabwe',
    mozambican: 'mozambique',
    cameroonian: 'cameroon',
    ghanaian: 'ghana',
    senegalese: 'senegal',
    swedish: 'sweden',
    norwegian: 'norway',
    danish: 'denmark',
    finnish: 'finland',
    dutch: 'netherlands',
    belgian: 'belgium',
    swiss: 'switzerland',
    austrian: 'austria',
    hungarian: 'hungary',
    romanian: 'romania',
    bulgarian: 'bulgaria',
    serbian: 'serbia',
    croatian: 'croatia',
    armenian: 'armenia',
    azerbaijani: 'azerbaijan',
    belarusian: 'belarus',
    irish: 'ireland',
    portuguese: 'portugal',
    haitian: 'haiti',
    chilean: 'chile',
    bolivian: 'bolivia',
    ecuadorian: 'ecuador',
    nicaraguan: 'nicaragua',
    kyrgyzstani: 'kyrgyzstan',
    kyrgyz: 'kyrgyzstan',
    kazakh: 'kazakhstan',
    kazakhstani: 'kazakhstan',
    uzbek: 'uzbekistan',
    tajik: 'tajikistan',
    turkmen: 'turkmenistan',
    palestinian: 'palestine',
    lithuanian: 'lithuania',
    latvian: 'latvia',
    estonian: 'estonia',
    slovak: 'slovakia',
    slovenian: 'slovenia',
    moldovan: 'moldova',
    mongolian: 'mongolia',
    cambodian: 'cambodia',
    burmese: 'myanmar',
    nepali: 'nepal',
    emirati: 'uae',
    omani: 'oman',
    eritrean: 'eritrea',
    burundian: 'burundi',
    zambian: 'zambia',
    malawian: 'malawi',
    namibian: 'namibia',
    liberian: 'liberia',
    ivorian: 'ivory coast',
    nigerien: 'niger',
    mauritanian: 'mauritania',
    singaporean: 'singapore',
    taiwanese: 'taiwan',
    icelandic: 'iceland',
    albanian: 'albania',
    bosnian: 'bosnia',
    montenegrin: 'montenegro',
    cypriot: 'cyprus',
    maltese: 'malta',
    guatemalan: 'guatemala',
    honduran: 'honduras',
    salvadoran: 'el salvador',
    panamanian: 'panama',
    jamaican: 'jamaica',
    paraguayan: 'paraguay',
    uruguayan: 'uruguay',
    fijian: 'fiji',
    bhutanese: 'bhutan',
    maldivian: 'maldives',
  }),
);
const COUNTRY_NAMES = new Set([
  ...DEMONYMS.values(),
  'uk',
  'united kingdom',
  'south korea',
  'north korea',
  'sri lanka',
  'south africa',
  'new zealand',
]);
/**
 * A company's abbreviated legal form at the end of its name (`Google Inc.`, `BP plc`): the company
 * without it. Not a word that is part of a name (`News Corporation`).
 */
const LEGAL_FORM = / (?:inc|corp|ltd|llc|plc)$/;
/** A football club's ending in any form (`Liverpool F.C.`, `Liverpool FC`, `Liverpool Football Club`). */
const CLUB_FORM = / (?:a f c|afc|f c|fc|c f|cf|football club)$/;
/** A title that opens with the Arabic article and a hyphen (`As-Suwayda`, `Al-Shabaab`, `Ad-Dawr`). */
const ARABIC_ARTICLE = /^(?:Al|As|Ad|Ar|Ash|Az|An|At|Ath|Adh|Ag|El|Es|Ed|Er)-\p{Lu}/u;
/** British spellings and synonyms in body names, as the American or shorter one. */
const SPELLINGS: readonly [RegExp, string][] = [
  [/\borganisation\b/g, 'organization'],
  [/\bdefence\b/g, 'defense'],
  [/\bprogramme\b/g, 'program'],
  [/\bcentre\b/g, 'center'],
  [/\bnaval forces\b/g, 'navy'],
];
/** An event head in the plural and the singular is one event (`Boston Marathon bombings`). */
const EVENT_PLURAL =
  /\b(bombing|explosion|shooting|stabbing|massacre|crash|attack|dispute|flood|earthquake|protest|riot|election)s(?= (?:19|20)\d{2}$|$)/;
/** A key's event head in the singular (`Kenya flooding`, `2016 Kenya floods`: `flood`). */
const singularHead = (key: string): string =>
  key.replace(/\bflooding(?= (?:19|20)\d{2}$|$)/, 'flood').replace(EVENT_PLURAL, '$1');

/**
 * A key's words with each country's adjective, and its possessive, as its name: `Chinese Foreign
 * Ministry`, `China's Foreign Ministry` and `China Foreign Ministry` are one key; so are the
 * `United Kingdom` and `British`. Only a country's possessive (`china s`): `people s`, `women s`
 * stay.
 */
function countryWords(key: string): string {
  return key
    .replace(/\bunited kingdom\b/g, 'uk')
    .replace(/\b(south|north) korean\b/g, '$1 korea')
    .replace(/\bsaudi arabian\b/g, 'saudi arabia')
    .replace(/\bsri lankan\b/g, 'sri lanka')
    .replace(/\bsouth african\b/g, 'south africa')
    .replace(/\bnew zealander\b/g, 'new zealand')
    .split(' ')
    .map((w) => DEMONYMS.get(w) ?? w)
    .join(' ')
    .replace(/\bsaudi arabia arabia\b/g, 'saudi arabia')
    .replace(/\b([a-z]+(?: [a-z]+)?) s (?=\S)/g, (m, name: string) =>
      COUNTRY_NAMES.has(name) || COUNTRY_NAMES.has(name.split(' ').pop()!) ? `${name} ` : m,
    );
}

/**
 * One country's war of one year, whatever its title calls it (`War in Sudan (2023)`, `2023 Sudan
 * conflict`, `Sudanese civil war (2023–present)`: `sudan war 2023`). Not an ongoing conflict: it
 * may be wider than the war (`Iraqi conflict (2003–present)`, `Iraq War`).
 */
const COUNTRY_WAR = /^([a-z]+(?: [a-z]+)??) (civil war|war|conflict) ((?:19|20)\d{2})$/;
/** `Southern Thailand`, `Western Iran`: part of a country, as `South Thailand` (not `Southern Africa`). */
const COMPASS_PART = /\b(south|north|east|west)ern (\S+)/g;
/** An ongoing event's title and the year it starts (`War in Sudan (2023–present)`). */
const ONGOING = /\(((?:19|20)\d{2})\s*[–—-]\s*present\)$/;
/** `War in X`, `Insurgency in the X`, `Conflict in X` as `X war`, `X insurgency`, `X conflict`. */
const IN_PLACE = /^(civil war|war|insurgency|conflict) in (?:the )?(.+?)( (?:19|20)\d{2})?$/;

/**
 * An event's looser key: its head in the singular, the two sides of `X–Y` in order
 * (`Israel–Hezbollah conflict`, `Hezbollah–Israel conflict`), its one year last
 * (`2018 China–United States trade war`, `China–United States trade war (2018–present)`,
 * `… shutdown of 2018–2019`), no inner `the`, and an offensive as a campaign.
 */
function eventVariant(title: string, key: string): string {
  const sides = /(\p{L}[\p{L}.' ]*?)\s*–\s*(\p{L}[\p{L}.']*)/u.exec(title);
  // The head in the singular, and `X of 2018` as `X 2018`, before the year moves to the end.
  let k = singularHead(key).replace(/ of ((?:19|20)\d{2})$/, ' $1');
  if (sides) {
    const [a, b] = [sameThingKey(sides[1]!.split(' ').pop()!), sameThingKey(sides[2]!)];
    if (a > b) k = ` ${k} `.replace(` ${a} ${b} `, ` ${b} ${a} `).trim();
  }
  // A country's adjective as its name (`2020 Kyrgyzstani protests`, `2020 Kyrgyzstan protests`).
  k = countryWords(k);
  const years = k.match(/\b(?:19|20)\d{2}\b/g) ?? [];
  if (years.length === 1)
    k = `${k.replace(years[0]!, ' ').replace(/\s+/g, ' ').trim()} ${years[0]}`;
  return (
    k
      .replace(/ the /g, ' ')
      .replace(/\b(olympic|paralympic) games\b/g, '$1s')
      .replace(COMPASS_PART, (m, dir: string, country: string) =>
        COUNTRY_NAMES.has(country) ? `${dir} ${country}` : m,
      )
      .replace(/\boffensive(?= (?:19|20)\d{2}$|$)/, 'campaign')
      .replace(IN_PLACE, '$2 $1$3')
      .replace(/ virus (?=outbreak|epidemic)/, ' ')
      // The Islamic State by its acronyms (`ISIL–Taliban conflict`).
      .replace(/\b(?:isil|isis)\b/g, 'islamic state')
      .replace(COUNTRY_WAR, (m, country: string, head: string, year: string) =>
        COUNTRY_NAMES.has(country) && !(head === 'conflict' && ONGOING.test(title))
          ? `${country} war ${year}`
          : m,
      )
  );
}

/**
 * A looser key for the same thing under another wording: a synonym from the table; for an actor,
 * British spellings, a country's adjective as its name, `X of (the) Y` as `Y X` and a country
 * disambiguator first (`Democratic Party (United States)` as `us democratic party`); for an event,
 * its head in the singular.
 */
export function variantKey(written: string, event: boolean): string {
  // An apostrophe inside a word, not a possessive's (`Sana'a University`, `Sanaa University`).
  const title = written.replace(/(\p{L})['’](?!s\b)(\p{L})/gu, '$1$2');
  const key = sameThingKey(title);
  const synonym = SYNONYMS.get(key);
  if (synonym) return synonym;
  if (event) return eventVariant(title, key);
  const dis = /\(([^()]+)\)$/.exec(title)?.[1];
  const country = dis === undefined ? undefined : sameThingKey(dis);
  let k =
    country && COUNTRY_NAMES.has(country)
      ? `${country} ${key.slice(0, -country.length).trim()}`
      : key;
  for (const [re, to] of SPELLINGS) k = k.replace(re, to);
  // The Arabic article joined to a place's or body's name (`As-Suwayda Governorate`, `Suwayda
  // Governorate`); only as written with its hyphen, not `AS Roma`.
  if (ARABIC_ARTICLE.test(title)) k = k.replace(/^\S+ /, '');
  k = countryWords(k.replace(LEGAL_FORM, '').replace(CLUB_FORM, ' fc'));
  const of = k.split(' of ');
  if (of.length === 2 && of[0] && of[1]) k = `${of[1].replace(/^the /, '')} ${of[0]}`;
  return k;
}

/** A place's possessive, `U.S.`, a sect, or `X-based`/`X-backed`/`X-led` before a name; not `People's`, `Women's`. */
const DESCRIPTOR =
  /^(?:(?!(?:People|Women|Men|Lord|Worker|Workers|Children|Girls|Boys|Veterans|Martyrs|Saint|St)['’])\p{Lu}[\p{L}.]*['’]s|U\.S\.|U\.K\.|Shia|Shiite|Shi['’]ite|Sunni|\p{Lu}[\p{L}]*-(?:based|backed|led|allied|aligned|affiliated|run|owned|controlled|funded|sponsored))\s+/u;
/** One word that names a kind of body, not one body (`Navy`, `Commission`). */
const GENERIC_BODY =
  /^(?:Army|Navy|Military|Police|Government|Parliament|Senate|Congress|Assembly|Court|Council|Commission|Committee|Ministry|Cabinet|Agency|Bank|Guard|Forces?|Opposition|Rebels?|Militants?|Militia|Authorities)$/i;

/** A name without the descriptors that open it (`Yemen's Shia Houthi` → `Houthi`), or undefined when it has none. */
export function withoutDescriptor(title: string): string | undefined {
  let rest = title;
  while (DESCRIPTOR.test(rest)) rest = rest.replace(DESCRIPTOR, '');
  return rest === title || rest.length === 0 ? undefined : rest;
}

/** Kinds one thing can have had under two titles: the same, or an organization and a group. */
function sameFamily(a: EntityKind, b: EntityKind): boolean {
  const body = (k: EntityKind) => k === 'organization' || k === 'group';
  return a === b || (body(a) && body(b)) || (isEventKind(a) && isEventKind(b));
}

const VOWEL = /^[aeiouy]$/;
/** Letters that transliterations swap: vowels for vowels, `c`/`k`/`q`. */
const swappable = (x: string, y: string) =>
  (VOWEL.test(x) && VOWEL.test(y)) || (/^[ckq]$/.test(x) && /^[ckq]$/.test(y));

/**
 * Whether two names differ in one word of five letters or more, by one transliteration's letter:
 * a vowel for a vowel after the first letter, or `c`/`k`/`q` anywhere (`Rafic`, `Rafik`; `Costas`,
 * `Kostas`), or one more vowel, doubled letter or `h` after the first (`Mohamed`, `Mohammed`;
 * `Karrubi`, `Karroubi`; `Bidya`, `Bidhya`). Not `Johnston`/`Johnson`, nor a first name before a
 * short surname (`Ahmed Ali`).
 */
export function spelledAlike(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length !== wb.length || wa.length < 2) return false;
  const diff = wa.flatMap((w, i) => (w === wb[i] ? [] : [[w, wb[i]!] as const]));
  if (diff.length !== 1) return false;
  // A first name spelled two ways needs a telling surname: not `Ahmed Ali` / `Ahmad Ali`.
  if (wa[wa.length - 1] === wb[wb.length - 1] && wa[wa.length - 1]!.length < 5) return false;
  const [x, y] = diff[0]!;
  if (Math.min(x.length, y.length) < 5) return false;
  if (x[0] !== y[0] && !(/^[ck]$/.test(x[0]!) && /^[ck]$/.test(y[0]!) && x.slice(1) === y.slice(1)))
    return false;
  // A first name's feminine ending is another person (`Fernando`/`Fernanda`, `Adrian`/`Adriana`).
  if (x !== wa[wa.length - 1] && x.endsWith('a') !== y.endsWith('a')) return false;
  if (x.length === y.length) {
    const at = [...x].flatMap((ch, i) => (ch === y[i] ? [] : [i]));
    return at.length === 1 && swappable(x[at[0]!]!, y[at[0]!]!);
  }
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (long[i] === short[i]) i++;
  if (long.slice(i + 1) !== short.slice(i)) return false;
  return (
    VOWEL.test(long[i]!) || long[i] === long[i - 1] || long[i] === long[i + 1] || long[i] === 'h'
  );
}

/**
 * Years apart that two spellings of a person's name may be and still be one person: the linked
 * corpus (2025–) spells a name its way, the archive before it another (`Zelenskyi` in 2021,
 * `Mohammad bin Salman` in 2017); a president's name is spelled one way in 2013, another in 2018
 * (`Isaias Afewerki`, `Isaias Afwerki`).
 */
const SPELLING_SLACK = 10;
/** Years apart that a name with a middle initial and the name without it may be and still be one person. */
const INITIAL_SLACK = 4;

/**
 * Whether two groups' briefs fall in some of the same years, or within `slack` years of each
 * other.
 */
function yearsOverlap(
  a: readonly Accepted<unknown>[],
  b: readonly Accepted<unknown>[],
  dateOf: (brief: number) => string,
  slack = 0,
): boolean {
  const span = (g: readonly Accepted<unknown>[]) => {
    const years = g.flatMap((x) => [...x.c.briefs].map((i) => Number(dateOf(i).slice(0, 4))));
    return [Math.min(...years), Math.max(...years)];
  };
  const [a0, a1] = span(a);
  const [b0, b1] = span(b);
  return a0! <= b1! + slack && b0! <= a1! + slack;
}

/** Name evidence for titles that name one thing in other words (renames.ts). */
export interface RenameEvidence {
  /** Every title of the corpus: link targets and story headings. */
  titles?: Iterable<string>;
  /** [new name, old name] pairs the briefs write (`X (formerly Twitter)`). */
  formerly?: readonly (readonly [string, string])[];
  /** [name, acronym] pairs the briefs define (`Revolutionary Armed Forces of Colombia (FARC)`). */
  acronyms?: readonly (readonly [string, string])[];
  /** Titles reviewed by hand as one thing (`catalog/same-thing.yaml`): each `join` folds into `keep`. */
  table?: readonly { readonly keep: string; readonly join: readonly string[] }[];
}

export interface Accepted<S> {
  c: Candidate;
  kind: EntityKind;
  source: S;
}

/** How well attested a title is; a title with a leading article, `UN` or dots gives way to a plain one. */
const weight = (a: Accepted<unknown>): number =>
  (a.c.briefs.size * 4 + sum(a.c.anchors)) *
  (/^The |^UN |\.\s?\p{Lu}\./u.test(a.c.title) ? 0.5 : 1);
const total = (group: readonly Accepted<unknown>[]): number =>
  group.reduce((n, a) => n + weight(a), 0);
function sum(map: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const v of map.values()) n += v;
  return n;
}
function addAll<K>(into: Map<K, number>, from: ReadonlyMap<K, number>): void {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v);
}

/** Words that do not tell one event's title from another's. */
const TITLE_STOPWORDS = new Set([
  'the',
  'of',
  'in',
  'on',
  'over',
  'against',
  'and',
  'a',
  'an',
  'to',
  'for',
  'at',
  'by',
  'with',
]);
/** A storm's names as it grows and fades (`Tropical Storm Nate`, `Hurricane Nate`). */
const STORM =
  /^(?:super typhoon|typhoon|hurricane|tropical storm|severe tropical storm|tropical depression|cyclone|cyclonic storm|severe cyclonic storm|storm) /;
/** A year's list of events (`Wildfires in 2021`, `2020 in paleontology`), not one event. */
const YEAR_LIST = /^e:(?:(?:19|20)\d{2} in |.+ (?:in|of) (?:19|20)\d{2}$)/;
/** Days a later title's first brief may come after the earlier title's last. */
const HANDOVER_DAYS = 14;

/** Days a later, shorter title may run beside the earlier one when it outlasts and outweighs it. */
const SUPERSEDE_OVERLAP_DAYS = 45;

/**
 * Whether a later, shorter title takes over from an earlier one while both are still in use
 * (`2019 Hong Kong protests` five weeks before `2019 Hong Kong anti-extradition bill protests`
 * stops): it starts a week or more after it and at most `SUPERSEDE_OVERLAP_DAYS` before its last
 * brief, ends later, and either has at least as many briefs or the earlier title fades, with at
 * most a third of its briefs from the later one's first day on. Not a part that the whole
 * outlasts (`2023 European heat waves` goes on beside `2023 heat waves`).
 */
function supersedes(
  [laterFirst, laterLast]: [number, number],
  later: readonly Accepted<unknown>[],
  [earlierFirst, earlierLast]: [number, number],
  earlier: readonly Accepted<unknown>[],
  dateOf: (brief: number) => string,
): boolean {
  const briefs = (g: readonly Accepted<unknown>[]) => new Set(g.flatMap((a) => [...a.c.briefs]));
  if (
    laterFirst < earlierFirst + 7 ||
    laterFirst < earlierLast - SUPERSEDE_OVERLAP_DAYS ||
    laterLast <= earlierLast
  )
    return false;
  const before = briefs(earlier);
  if (briefs(later).size >= before.size) return true;
  const on = [...before].filter((b) => dayOf(dateOf(b)) >= laterFirst).length;
  return on * 3 <= before.size;
}

/** An event title's words, as a sorted key (a storm's stage as `storm`). */
function titleWords(key: string): string[] {
  return [...new Set(key.replace(STORM, 'storm ').split(' '))]
    .filter((w) => w && !TITLE_STOPWORDS.has(w))
    .sort();
}

/** The years a key names, in order: titles of one article keep them. */
const yearsIn = (key: string) => (key.match(/\b(?:19|20)\d{2}\b/g) ?? []).join(' ');

const dayOf = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/**
 * Pairs [earlier, later] of linked event titles of the same years, one article renamed: the same
 * words in another order or wording (`Protests over …`, `Protests against …`; a storm's stages), or
 * a later, shorter title whose words are all the earlier one's and whose first brief comes as the
 * earlier one's briefs end (three days before their last to two weeks after). Not a series
 * (`FIFA World Cup`) and not an event of its own that follows (`2026 Iran war ceasefire`: the war's
 * briefs go on).
 */
function handovers<S>(
  groups: ReadonlyMap<string, Accepted<S>[]>,
  mined: (a: Accepted<S>) => boolean,
  dateOf: (brief: number) => string,
): [string, string][] {
  const byWords = new Map<string, string[]>();
  const events = [...groups].filter(
    ([k, g]) => k.startsWith('e:') && !g.every(mined) && !RECURRING.test(k) && !YEAR_LIST.test(k),
  );
  // Titles of three briefs or more by their words less one that is no year, month, name or head:
  // a later title may add a common word that qualifies the same thing (`Protests over …` →
  // `International protests over …`), where one brief each is too thin to tell it from another
  // event that week (`2018 Vienna stabbing`, `2018 Vienna embassy stabbing`).
  const byOneLess = new Map<string, string[]>();
  const briefCount = (key: string) =>
    new Set(groups.get(key)!.flatMap((a) => [...a.c.briefs])).size;
  for (const [key, group] of events) {
    const words = titleWords(key.slice(2));
    pushTo(byWords, words.join(' '), key);
    if (words.length > 12 || briefCount(key) < 3) continue;
    const head = headOf(key);
    // Words written in lowercase, and the first (`International`): not a name (`South Africa`).
    const tokens = group[0]!.c.title.split(/[\s–—-]+/);
    const common = new Set(
      tokens.filter((t, i) => i === 0 || /^\p{Ll}/u.test(t)).map((t) => t.toLowerCase()),
    );
    for (const w of words)
      if (w !== head && common.has(w) && !/^\d+$/.test(w) && !MONTHS.includes(w))
        pushTo(byOneLess, words.filter((x) => x !== w).join(' '), key);
  }
  /** Each title's first and last brief day, read once. */
  const spans = new Map<string, [number, number]>();
  const span = (key: string) => {
    let days = spans.get(key);
    if (!days) {
      const [first, last] = briefDates(groups.get(key)!, dateOf);
      spans.set(key, (days = [dayOf(first), dayOf(last)]));
    }
    return days;
  };
  const pairs: [string, string][] = [];
  const taken = new Set<string>();
  for (const [key, group] of events) {
    const words = titleWords(key.slice(2));
    if (words.length > 12) continue;
    const [first, last] = span(key);
    // The later title: the same words (a storm), or the title less one to four of its words,
    // keeping two or more and its head (`epidemic`; `protests` in `… protests in the United Kingdom`).
    const head = headOf(key);
    const shorter = new Set<string>();
    const drop = (from: number, kept: string[], dropped: number) => {
      if (from === words.length) {
        if (dropped <= 4 && kept.length >= 2 && kept.includes(head)) shorter.add(kept.join(' '));
        return;
      }
      drop(from + 1, [...kept, words[from]!], dropped);
      if (dropped < 4) drop(from + 1, kept, dropped + 1);
    };
    drop(0, [], 0);
    // Where the title says it happened (`… in Minnesota`): a title without it is the whole of which
    // this is a part (`George Floyd protests`), not a new name.
    const where = / in (.+)$/.exec(key.slice(2))?.[1]?.split(' ') ?? [];
    for (const w of [...shorter])
      if (where.length > 0 && !where.some((x) => w.split(' ').includes(x))) shorter.delete(w);
    const years = yearsIn(key);
    for (const w of shorter) {
      const same = w === words.join(' ');
      for (const other of byWords.get(w) ?? []) {
        if (other === key || taken.has(key) || yearsIn(other) !== years) continue;
        const g = groups.get(other)!;
        if (!sameFamily(group[0]!.kind, g[0]!.kind)) continue;
        const [otherFirst] = span(other);
        if (same) {
          // The same words both ways: the earlier title joins the later (or, on one day, by key).
          if (otherFirst < first || (otherFirst === first && other < key)) continue;
        } else if (
          otherFirst > last + HANDOVER_DAYS ||
          otherFirst < first ||
          (otherFirst < last - 3 && !supersedes(span(other), g, [first, last], group, dateOf))
        ) {
          continue;
        }
        taken.add(key);
        pairs.push([key, other]);
      }
    }
    // A later title with one more word, same head, that takes over as this one's briefs end.
    for (const other of byOneLess.get(words.join(' ')) ?? []) {
      if (other === key || taken.has(key) || yearsIn(other) !== years || briefCount(key) < 3)
        continue;
      const g = groups.get(other)!;
      if (!sameFamily(group[0]!.kind, g[0]!.kind) || headOf(other) !== head) continue;
      const [otherFirst] = span(other);
      if (otherFirst < first || otherFirst < last - 3 || otherFirst > last + HANDOVER_DAYS)
        continue;
      taken.add(key);
      pairs.push([key, other]);
    }
  }
  return pairs;
}

/** An event key's head: the last word before its first preposition (`protests` in `e:protests over …`). */
function headOf(key: string): string {
  return key
    .slice(2)
    .split(/ (?:in|of|on|over|against|at|by|for) /)[0]!
    .split(' ')
    .pop()!;
}

/**
 * Merges accepted candidates that name the same thing: same key; or, for
 * events, a yearless title and the only dated title with its words. Kinds
 * must agree on actor or event. Returns the survivors and how many merged.
 */
export function mergeSameThings<S>(
  accepted: readonly Accepted<S>[],
  /** Whether a candidate is a name mined from the archive (no link vouches for its title). */
  mined: (a: Accepted<S>) => boolean = () => false,
  /** The date (`YYYY-MM-DD`) of a brief, by its index; without it the yearless join has no time guard. */
  dateOf?: (brief: number) => string,
  /** Lowercase words that say whose a body is (countries and their demonyms): `UK Home Office` is the Home Office. */
  owners: ReadonlySet<string> = new Set(),
  /** A sports team's home country and nickname (`Brooklyn Nets` → `US`, `Nets`), or undefined. */
  teamOf?: (title: string) => { country: string; nickname: string } | undefined,
  /**
   * Name evidence for renamed titles (renames.ts): every title of the corpus (link targets and
   * headings), and the [new name, old name] pairs the briefs write (`X (formerly Twitter)`).
   */
  evidence: RenameEvidence = {},
): {
  kept: Accepted<S>[];
  merged: number;
  /** Titles of `evidence.table` that no group has. */
  unmatched: string[];
} {
  const groups = new Map<string, Accepted<S>[]>();
  const keyOf = (a: Accepted<S>) => `${isEventKind(a.kind) ? 'e' : 'a'}:${sameThingKey(a.c.title)}`;
  for (const a of accepted) {
    const key = keyOf(a);
    const group = groups.get(key);
    if (group) group.push(a);
    else groups.set(key, [a]);
  }
  // Titles whose looser keys agree are one thing (`ISIL`, `Chinese Coast Guard`, `Boston Marathon bombings`).
  const byVariant = new Map<string, string>();
  const variants = new Set<Candidate>();
  /** Moves group `from` into group `into`: its titles become variants, its candidates take `into`'s kind. */
  const moveInto = (from: string, into: string) => {
    const target = groups.get(into)!;
    for (const a of groups.get(from)!) variants.add(a.c);
    target.push(...groups.get(from)!.map((a) => ({ ...a, kind: target[0]!.kind })));
    groups.delete(from);
  };
  for (const [key, group] of [...groups]) {
    const event = key.startsWith('e:');
    const variant = `${key.slice(0, 2)}${variantKey(group[0]!.c.title, event)}`;
    const other = byVariant.get(variant);
    const into = other ? groups.get(other) : undefined;
    if (!into || !sameFamily(into[0]!.kind, group[0]!.kind)) {
      if (!other) byVariant.set(variant, key);
      continue;
    }
    // A linked title names the group before a mined one (`Parliament of the United Kingdom`, not
    // `UK Parliament`), then one without a country's possessive (`Japan Meteorological Agency`, not
    // `Japan's …`), then the better attested one.
    const linked = (g: Accepted<S>[]) => (g.every(mined) ? 0 : 1);
    const possessives = (g: Accepted<S>[]) => g[0]!.c.title.split(/['’]s\s/).length;
    const intoFirst =
      linked(into) - linked(group) ||
      possessives(group) - possessives(into) ||
      total(into) - total(group);
    const [keep, drop] = intoFirst >= 0 ? [other!, key] : [key, other!];
    moveInto(drop, keep);
    byVariant.set(variant, keep);
  }
  // An ongoing event whose article moved its start by a year (`Yemeni civil war (2014–present)`,
  // `Yemeni Civil War (2015–present)`) is one event; not two years or more apart (`Iraqi
  // insurgency (2011–present)`, `… (2017–present)`).
  const ongoing = new Map<string, [key: string, from: number][]>();
  for (const [key, group] of groups) {
    const from = group.map((a) => ONGOING.exec(a.c.title)?.[1]).find((y) => y !== undefined);
    if (key.startsWith('e:') && from) pushTo(ongoing, yearless(key), [key, Number(from)]);
  }
  for (const pair of ongoing.values()) {
    if (pair.length !== 2 || Math.abs(pair[0]![1] - pair[1]![1]) > 1) continue;
    const [a, b] = pair.map(([k]) => k) as [string, string];
    if (!sameFamily(groups.get(a)![0]!.kind, groups.get(b)![0]!.kind)) continue;
    const [keep, drop] = total(groups.get(a)!) >= total(groups.get(b)!) ? [a, b] : [b, a];
    moveInto(drop, keep);
  }
  // A yearless event title joins the one dated title with its words whose years fit
  // (`Indian farmers' protest`: `2020–2021 Indian farmers' protest`, not the 2024 one); `War in X`
  // and `X war` are one wording, and so are a country's name and its adjective (`Afghan
  // conflict`, `Afghanistan conflict (1978–present)`). A title whose disambiguator has no year
  // (`Iraqi insurgency (post-U.S. withdrawal)`) is yearless too, when it is the one of its words.
  // A day's date in place of the year (`January 6 United States Capitol attack`; not `October 7
  // attacks`, whose words are the date's), and the head in the singular.
  const withoutDay = (k: string) => (dayTitled(k) ? k.replace(MONTH_DAY, '') : k);
  const form = (key: string) =>
    singularHead(withoutDay(yearless(key.slice(2))))
      .replace(IN_PLACE, '$2 $1$3')
      .split(' ')
      .map((w) => DEMONYMS.get(w) ?? w)
      .join(' ');
  const dated = new Map<string, string[]>();
  const plain = new Map<string, string[]>();
  const qualified = new Map<string, string[]>();
  for (const key of groups.keys()) {
    if (!key.startsWith('e:')) continue;
    const f = form(key);
    // A recurring event's yearless title is the series (`Ryder Cup`), not one edition.
    if (RECURRING.test(f)) continue;
    const into = yearless(key.slice(2)) === key.slice(2) ? plain : dated;
    pushTo(into, f, key);
    // A dated group by its other dated titles' words too (`War in Sudan (2023)`, joined into
    // `Sudanese civil war (2023–present)`, still takes a bare `War in Sudan`).
    if (into === dated)
      for (const other of new Set(groups.get(key)!.map((a) => `e:${sameThingKey(a.c.title)}`))) {
        const g = form(other);
        if (g !== f && yearless(other.slice(2)) !== other.slice(2) && !dated.get(g)?.includes(key))
          pushTo(dated, g, key);
      }
    const title = groups.get(key)![0]!.c.title;
    const qualifier = /\s*\(([^()]+)\)$/.exec(title);
    if (into === plain && qualifier && !/\d/.test(qualifier[1]!))
      pushTo(qualified, form(`e:${sameThingKey(title.slice(0, qualifier.index))}`), key);
  }
  for (const [f, bare] of [...plain, ...qualified]) {
    if (!groups.has(bare[0]!)) continue;
    const group = groups.get(bare[0]!)!;
    if (bare.length !== 1 || !dated.has(f)) continue;
    // `Gaza war` (from 2023) is not `2014 Gaza War`: its first brief falls in (or a year after) the dated years.
    let fit = dated
      .get(f)!
      .filter((k) => (dateOf ? withinYears(group, groups.get(k)!, dateOf) : true));
    // Of several ongoing titles whose years fit (`Kurdish–Turkish conflict (1978–present)`,
    // `… (2015–present)`), the one that starts last, by the bare title's first brief (2015).
    // Editions of a series (`2025 NBA Finals`) are no ongoing titles: they stay apart.
    const ongoingOnly = fit.every((k) => groups.get(k)!.some((a) => ONGOING.test(a.c.title)));
    if (fit.length > 1 && dateOf && ongoingOnly) fit = latestStart(fit, group, groups, dateOf);
    if (fit.length !== 1 || (!dateOf && dated.get(f)!.length !== 1)) continue;
    // The dated title names the event; the yearless one is an alias (`October 7 attacks`). A
    // day's date is as good as a year (`January 6 United States Capitol attack`): that title stays.
    const [into, from] = dayTitled(bare[0]!.slice(2)) ? [bare[0]!, fit[0]!] : [fit[0]!, bare[0]!];
    moveInto(from, into);
  }
  // `August 2025 Indonesian protests` is `2025 Indonesian protests` when the year's title began
  // that month too and no other month has its own title. A month usually tells two events of a
  // year apart (`October 2022 United Kingdom government crisis`, after the July one).
  const byYearTitle = new Map<string, string[]>();
  for (const key of groups.keys()) {
    const m = MONTH_YEAR.exec(key);
    if (m) pushTo(byYearTitle, `e:${m[2]}`, key);
  }
  for (const [yearKey, months] of byYearTitle) {
    const year = groups.get(yearKey);
    if (!dateOf || !year || months.length !== 1 || !isEventKind(year[0]!.kind)) continue;
    const month = groups.get(months[0]!)!;
    const began = MONTH_YEAR.exec(months[0]!)!;
    const at = `${yearKey.slice(2, 6)}-${String(MONTHS.indexOf(began[1]!) + 1).padStart(2, '0')}`;
    if (
      briefDates(year, dateOf)[0].slice(0, 7) !== at ||
      briefDates(month, dateOf)[0].slice(0, 7) !== at
    )
      continue;
    // The better attested title names the event.
    const [keep, drop] =
      total(year) >= total(month) ? [yearKey, months[0]!] : [months[0]!, yearKey];
    moveInto(drop, keep);
  }
  // An event's later, shorter title (`2026 Ebola epidemic` after `2026 Central Africa Ebola
  // epidemic`): its words are some of the earlier title's and its briefs take over from them.
  if (dateOf) {
    // A title renamed twice (`… Central Africa …`, `… Ituri Province …`, `2026 Ebola epidemic`)
    // follows its chain to the last.
    const moved = new Map<string, string>();
    const last = (key: string): string => {
      let k = key;
      while (moved.has(k)) k = moved.get(k)!;
      return k;
    };
    for (const [from, to] of handovers(groups, mined, dateOf)) {
      const into = last(to);
      if (into === from || !groups.has(from)) continue;
      moveInto(from, into);
      moved.set(from, into);
    }
  }
  // A mined name (`The State Department`), or a linked title, that the briefs write as another
  // title's anchor is that title's.
  const anchorOwner = new Map<string, string>();
  const onceOwner = new Map<string, string>();
  for (const [key, group] of groups) {
    for (const a of group) {
      if (mined(a)) continue;
      for (const [anchor, n] of a.c.anchors) {
        const k = `${key.slice(0, 2)}${sameThingKey(anchor)}`;
        if (n >= 2 && k !== key && anchorOwner.get(k) !== key)
          anchorOwner.set(k, anchorOwner.has(k) ? '' : key);
        else if (n === 1 && /^\p{Lu}/u.test(anchor) && k.split(' ').length >= 3 && k !== key)
          onceOwner.set(k, onceOwner.has(k) && onceOwner.get(k) !== key ? '' : key);
      }
    }
  }
  // A linked title of a few briefs that one link writes, as a name of three words or more, for a
  // far better attested title of its kind is a redirect too (`U.N. Human Rights Office` for the
  // OHCHR, `United Nations Human Rights Office` its own title).
  for (const [k, owner] of onceOwner) {
    const [group, into] = [groups.get(k), owner ? groups.get(owner) : undefined];
    if (!group || !into || anchorOwner.has(k) || group.every(mined)) continue;
    const briefs = new Set(group.flatMap((a) => [...a.c.briefs])).size;
    if (
      briefs > ONCE_REDIRECT_BRIEFS ||
      !group.every((a) => a.kind === into[0]!.kind) ||
      total(into) < ONCE_REDIRECT_RATIO * total(group)
    )
      continue;
    moveInto(k, owner);
  }
  for (const [key, group] of [...groups]) {
    const owner = anchorOwner.get(key);
    const into = owner ? groups.get(owner) : undefined;
    if (!into) continue;
    // A linked title the briefs also write for a heavier entity of its kind is a redirect (`State
    // Department`); not when that entity's title is a country's word before it: the briefs shorten
    // `Pakistani Taliban` to `Taliban`, a title of its own.
    const extra = owner!.slice(2, -(key.length - 2)).trim();
    const shortened =
      owner!.endsWith(` ${key.slice(2)}`) && (DEMONYMS.has(extra) || COUNTRY_NAMES.has(extra));
    const redirect =
      !shortened && group.every((a) => a.kind === into[0]!.kind) && total(into) * 2 >= total(group);
    if (!group.every(mined) && !redirect) continue;
    into.push(...group.map((a) => ({ ...a, kind: into[0]!.kind })));
    groups.delete(key);
  }
  // A mined name that is a descriptor before another title's name (`Yemen's Houthi`, `Shia Houthi`,
  // `Russia's Wagner Group`, `Hamas-run Al-Aqsa TV`) is that title's; a generic rest (`Pakistan's
  // Supreme Court`) is not.
  const linked = (key: string) => groups.get(key)?.some((a) => !mined(a)) === true;
  // Or a mined name of its own that names one body (`Hamas-run Al-Aqsa TV`, `Al-Aqsa TV`): two words
  // or more, not two that every country has (`National Assembly`).
  const namedBody = (rest: string) => {
    const words = rest.split(' ');
    return words.length > 2 || (words.length === 2 && !GENERIC_BODY.test(words[1]!));
  };
  for (const [key, group] of [...groups]) {
    if (!key.startsWith('a:') || !group.every(mined)) continue;
    const rest = withoutDescriptor(group[0]!.c.title);
    if (rest === undefined) continue;
    const restKey = `a:${sameThingKey(rest)}`;
    const single = !rest.includes(' ') && !GENERIC_BODY.test(rest);
    // A bare word the briefs write for a group (`Houthi` for the Houthis); any actor by its own title.
    const anchored = single ? anchorOwner.get(restKey) : undefined;
    const owner = linked(restKey)
      ? restKey
      : anchored && groups.get(anchored)?.[0]!.kind === 'group'
        ? anchored
        : namedBody(rest) && groups.has(restKey)
          ? restKey
          : undefined;
    const into = owner ? groups.get(owner) : undefined;
    if (!into || owner === key || isEventKind(into[0]!.kind)) continue;
    into.push(...group.map((a) => ({ ...a, kind: into[0]!.kind })));
    groups.delete(key);
  }
  // A body's acronym, its name after whose it is, and one of its words in the plural.
  const view = new Map(
    [...groups].map(([k, g]) => [
      k,
      { kind: g[0]!.kind, title: g[0]!.c.title, weight: total(g), mined: g.every(mined) },
    ]),
  );
  const joins = otherTitles(view, owners);
  for (const [from, into] of joins) {
    moveInto(from, into);
  }
  joinAnchorVariants(groups, mined, moveInto);
  if (dateOf && teamOf) joinMovedTeams(groups, dateOf, teamOf, moveInto);
  // One person's name spelled two ways (`Rafic Hariri`, `Rafik Hariri`), in the briefs of the same years.
  if (dateOf) {
    const people = [...groups.keys()].filter(
      (k) => k.startsWith('a:') && groups.get(k)![0]!.kind === 'person',
    );
    // A name with its words run together (`Abd Rabbuh Mansur Hadi`, `Abdrabbuh Mansur Hadi`), or
    // with and without the Arabic article (`Muammar al-Gaddafi`, `Muammar Gaddafi`).
    const bySpaces = new Map<string, string[]>();
    for (const key of people)
      pushTo(bySpaces, key.replace(/ (?:al|el) /g, ' ').replace(/ /g, ''), key);
    for (const keys of bySpaces.values()) {
      if (keys.length < 2) continue;
      // A linked title (Wikipedia's spelling) first, then the best attested.
      const rank = (k: string) => (groups.get(k)!.every(mined) ? 0 : 1e9) + total(groups.get(k)!);
      const [keep, ...rest] = [...keys].sort((x, y) => rank(y) - rank(x));
      for (const k of rest)
        if (yearsOverlap(groups.get(keep!)!, groups.get(k)!, dateOf, SPELLING_SLACK)) {
          moveInto(k, keep!);
          people.splice(people.indexOf(k), 1);
        }
    }
    const byShape = new Map<string, string[]>();
    for (const key of people) {
      // `c` and `k` open one name's spellings (`Costas`, `Kostas`).
      const shape = key.split(' ').length + key.slice(2, 4).replace(/^c/, 'k');
      pushTo(byShape, shape, key);
    }
    for (const keys of byShape.values()) {
      // A linked title (Wikipedia's spelling), else the best-attested spelling, gathers the others
      // alike it (`Zelenskyy`: `Zelensky`, `Zelenskiy`, `Zelenskyi`, though the last two are not
      // alike each other).
      const linkedFirst = (k: string) => (groups.get(k)!.every(mined) ? 1 : 0);
      const heaviest = [...keys].sort(
        (x, y) => linkedFirst(x) - linkedFirst(y) || total(groups.get(y)!) - total(groups.get(x)!),
      );
      for (const [i, a] of heaviest.entries()) {
        const into = groups.get(a);
        if (!into) continue;
        const same = [a];
        for (const b of heaviest.slice(i + 1)) {
          const g = groups.get(b);
          if (!g || !spelledAlike(a.slice(2), b.slice(2))) continue;
          // A name only the archive writes (to 2024) and a linked title (2025 on) have no years
          // in common yet: their eras differ by construction.
          const eras = into.every(mined) !== g.every(mined);
          if (eras || yearsOverlap(into, g, dateOf, SPELLING_SLACK)) same.push(b);
        }
        for (const k of same.slice(1)) {
          for (const x of groups.get(k)!) variants.add(x.c);
          into.push(...groups.get(k)!);
          groups.delete(k);
        }
      }
    }
  }
  // A person's name with a middle initial (`John F. Kerry`) is the one person of that name without
  // it, in the briefs of the same years (`George Bush` has two: it stays apart).
  if (dateOf) {
    const withInitials = new Map<string, string[]>();
    for (const key of groups.keys()) {
      if (!key.startsWith('a:') || groups.get(key)![0]!.kind !== 'person') continue;
      const words = key.slice(2).split(' ');
      const bare = words.filter((w, i) => i === 0 || i === words.length - 1 || w.length > 1);
      if (bare.length === words.length || bare.length < 2) continue;
      pushTo(withInitials, `a:${bare.join(' ')}`, key);
    }
    for (const [bare, keys] of withInitials) {
      const plain = groups.get(bare);
      if (!plain || plain[0]!.kind !== 'person') continue;
      if (keys.length > 1) {
        // A mined name two people share (`George Bush`) is the one whose briefs outnumber the
        // other's tenfold in its years: George W. Bush in 2003–2007, not his father.
        const into = dominantInTheirYears(plain, keys, groups, dateOf);
        if (into && plain.every(mined)) moveInto(bare, into);
        continue;
      }
      const full = groups.get(keys[0]!);
      if (!full) continue;
      // A linked name with its initial is someone else than the archive's name without it
      // (`Michael B. Jordan`, `Michael Jordan`).
      if (plain.every(mined) && !full.every(mined)) continue;
      if (!yearsOverlap(plain, full, dateOf, INITIAL_SLACK)) continue;
      // A linked title (Wikipedia's) names the person; else the better attested one.
      const rank = (g: Accepted<S>[]) => (g.every(mined) ? 0 : 1e9) + total(g);
      const [keep, drop] = rank(plain) >= rank(full) ? [bare, keys[0]!] : [keys[0]!, bare];
      moveInto(drop, keep);
    }
  }
  if (dateOf) joinMiddleNames(groups, mined, dateOf, moveInto);
  if (dateOf) joinOpeningNames(groups, mined, dateOf, moveInto);
  if (dateOf) joinFirstNameForms(groups, mined, dateOf, moveInto);
  // A name written after a title (`Philippine President Rodrigo Duterte`) is the person of that name.
  // But a linked title is the name in full, and a mined shorter one is part of it (`Tayyip Erdoğan`
  // of `Recep Tayyip Erdoğan`).
  const asPerson = (group: Accepted<S>[]) => group.map((a) => ({ ...a, kind: 'person' as const }));
  for (const key of [...groups.keys()]) {
    const longer = groups.get(key);
    // Only a person's name: `Dera Ismail Khan` (a place) is not `Ismail Khan`.
    if (!longer || !key.startsWith('a:') || longer.some((a) => a.kind !== 'person')) continue;
    const words = key.slice(2).split(' ');
    for (let from = 1; from <= words.length - 2; from++) {
      const shorterKey = `a:${words.slice(from).join(' ')}`;
      const shorter = groups.get(shorterKey);
      if (!shorter || shorter[0]!.kind !== 'person') continue;
      if (!longer.every(mined) && shorter.every(mined)) {
        longer.push(...asPerson(shorter));
        groups.delete(shorterKey);
      } else {
        shorter.push(...asPerson(longer));
        groups.delete(key);
      }
      break;
    }
  }
  // A mined name of two words that are the first and the last of one linked person's name
  // (`Recep Erdoğan` of `Recep Tayyip Erdoğan`) is that person, when no other such name has them.
  const byEnds = new Map<string, string[]>();
  for (const [key, group] of groups) {
    const words = key.slice(2).split(' ');
    if (!key.startsWith('a:') || words.length < 3 || group.every(mined)) continue;
    // An initial between tells people apart (`Michael B. Jordan` is not `Michael Jordan`).
    if (words.slice(1, -1).some((w) => /^\p{L}\.?$/u.test(w))) continue;
    if (group[0]!.kind !== 'person') continue;
    const ends = `a:${words[0]} ${words[words.length - 1]}`;
    pushTo(byEnds, ends, key);
  }
  // A mined name with a middle initial is the linked person of the name without it
  // (`Donald J. Trump`); a linked one is someone else (`Michael B. Jordan`, `George W. Bush`).
  for (const [key, group] of [...groups]) {
    if (!key.startsWith('a:') || !group.every(mined) || group[0]!.kind !== 'person') continue;
    const words = key.slice(2).split(' ');
    const plain = words.filter((w, i) => i === 0 || i === words.length - 1 || !/^\p{L}$/u.test(w));
    if (plain.length === words.length || plain.length < 2) continue;
    const into = groups.get(`a:${plain.join(' ')}`);
    if (!into || into.every(mined) || into[0]!.kind !== 'person') continue;
    into.push(...group);
    groups.delete(key);
  }
  for (const [ends, keys] of byEnds) {
    const short = groups.get(ends);
    if (keys.length !== 1 || !short || !short.every(mined) || short[0]!.kind !== 'person') continue;
    groups.get(keys[0]!)!.push(...short);
    groups.delete(ends);
  }
  if (dateOf) joinRenamedEvents(groups, mined, dateOf, variants);
  if (dateOf) joinShortTitles(groups, mined, dateOf, moveInto);
  if (dateOf) joinRenamed(groups, mined, dateOf, moveInto, evidence);
  joinListedHeadings(groups, moveInto);
  const unmatched = evidence.table ? joinTable(groups, evidence.table, moveInto) : [];
  const kept: Accepted<S>[] = [];
  let merged = 0;
  for (const [key, group] of groups) {
    // The title the group is keyed on first (not a name written after a title), then the best attested.
    const own = (a: Accepted<S>) => (keyOf(a) === key ? 1 : 0);
    const [best, ...rest] = [...group].sort((a, b) => own(b) - own(a) || weight(b) - weight(a));
    if (rest.length === 0) {
      kept.push(best!);
      continue;
    }
    merged += rest.length;
    const c: Candidate = {
      ...best!.c,
      anchors: new Map(best!.c.anchors),
      before: new Map(best!.c.before),
      briefs: new Set(best!.c.briefs),
      parents: new Map(best!.c.parents),
    };
    for (const other of rest) {
      addAll(c.anchors, other.c.anchors);
      // The other title, as written, names it too.
      c.anchors.set(other.c.title, (c.anchors.get(other.c.title) ?? 0) + 1);
      addAll(c.before, other.c.before);
      addAll(c.parents, other.c.parents);
      for (const b of other.c.briefs) c.briefs.add(b);
      c.story ||= other.c.story;
      if (variants.has(other.c)) (c.variants ??= []).push(other.c.title);
    }
    kept.push({ ...best!, c });
  }
  return { kept, merged, unmatched };
}

/**
 * The hand-reviewed table's joins (`catalog/same-thing.yaml`): the group with each `join` title
 * moves into the group with the `keep` title, whatever the rules made of them. A title is found
 * under any title of a group, so an entry still holds when a rule has already joined it elsewhere.
 * Returns the titles no group has (an entry the corpus no longer supports).
 */
function joinTable<S>(
  groups: Map<string, Accepted<S>[]>,
  table: NonNullable<RenameEvidence['table']>,
  moveInto: (from: string, into: string) => void,
): string[] {
  const owner = new Map<string, string>();
  for (const [key, group] of groups)
    for (const a of group) {
      const title = sameThingKey(a.c.title);
      if (!owner.has(title)) owner.set(title, key);
    }
  const moved = new Map<string, string>();
  // The table writes Wikipedia titles with underscores (`Prince_Andrew`, `The_Gambia`).
  const groupOf = (title: string) => {
    let key = owner.get(sameThingKey(title.replaceAll('_', ' ')));
    while (key !== undefined && moved.has(key)) key = moved.get(key);
    return key;
  };
  const unmatched: string[] = [];
  for (const { keep, join } of table) {
    const into = groupOf(keep);
    if (into === undefined) unmatched.push(keep);
    for (const title of join) {
      const from = groupOf(title);
      if (from === undefined) unmatched.push(title);
      else if (into !== undefined && from !== into) {
        moveInto(from, into);
        moved.set(from, into);
      }
    }
  }
  return unmatched;
}

/**
 * Renamed titles whose words differ (renames.ts): two event titles that other titles derive from
 * alike (`Israel–Hamas war hostage crisis`, `Gaza war hostage crisis`), a thing a brief names by
 * its old name (`X (formerly Twitter)`), and a body titled by an acronym a brief defines for
 * another's name (`Revolutionary Armed Forces of Colombia (FARC)`). The better attested title names the thing.
 */
function joinRenamed<S>(
  groups: Map<string, Accepted<S>[]>,
  mined: (a: Accepted<S>) => boolean,
  dateOf: (brief: number) => string,
  moveInto: (from: string, into: string) => void,
  evidence: RenameEvidence,
): void {
  if (!evidence.titles && !evidence.formerly && !evidence.acronyms) return;
  const view = (): Map<string, RenameGroup> =>
    new Map(
      [...groups].map(([key, g]) => {
        const [first, last] = briefDates(g, dateOf);
        const names = new Set<string>();
        for (const a of g) {
          names.add(sameThingKey(a.c.title));
          names.add(sameThingKey(a.c.title.replace(/\s*\([^()]*\)$/, '')));
          if (!mined(a))
            for (const [anchor, n] of a.c.anchors) if (n >= 2) names.add(sameThingKey(anchor));
        }
        names.delete('');
        return [key, { kind: g[0]!.kind, mined: g.every(mined), first, last, names: [...names] }];
      }),
    );
  const moved = new Map<string, string>();
  const last = (key: string): string => {
    let k = key;
    while (moved.has(k)) k = moved.get(k)!;
    return k;
  };
  const apply = (pairs: [string, string][]) => {
    for (const [from, to] of pairs) {
      const [x, y] = [last(from), last(to)];
      if (x === y || !groups.has(x) || !groups.has(y)) continue;
      // The better attested title names the thing (`Twitter`, whose pages the news links, not `X`).
      const [a, b] = total(groups.get(x)!) > total(groups.get(y)!) ? [y, x] : [x, y];
      // A body one title calls a group is a group (`FARC`, an armed group, and its linked name).
      const armed = [a, b].some((k) => groups.get(k)![0]!.kind === 'group');
      moveInto(a, b);
      moved.set(a, b);
      if (armed && groups.get(b)![0]!.kind === 'organization')
        groups.set(
          b,
          groups.get(b)!.map((m) => ({ ...m, kind: 'group' as const })),
        );
    }
  };
  if (evidence.titles) {
    const keys = new Set([...evidence.titles].map(sameThingKey));
    apply(derivedTitleRenames(view(), keys, (key) => RECURRING.test(key)));
  }
  if (evidence.formerly) apply(formerNameRenames(view(), evidence.formerly, sameThingKey));
  if (evidence.acronyms) apply(definedAcronymJoins(view(), evidence.acronyms, sameThingKey));
}

/**
 * A story heading that lists two stories (`Kenosha unrest shooting, Kenosha unrest`; `Brexit
 * negotiations, Brexit`) is the one of them that is an event title of its own, when only one is.
 * Not a linked title (`October 7, 2023 attacks`): a heading with no link to it.
 */
function joinListedHeadings<S>(
  groups: Map<string, Accepted<S>[]>,
  moveInto: (from: string, into: string) => void,
): void {
  for (const [key, group] of [...groups]) {
    if (!key.startsWith('e:') || !group.every((a) => a.c.story && a.c.anchors.size === 0)) continue;
    const parts = group[0]!.c.title.split(', ');
    // Each part a title of two words or more, or an event's own title (`Brexit`): not a place's
    // comma (`… in Washington, D.C.`).
    const own = (p: string) => /^\S+ \S/.test(p) || groups.has(`e:${sameThingKey(p)}`);
    if (parts.length < 2 || !parts.every(own)) continue;
    const named = [
      ...new Set(
        parts.map((p) => `e:${sameThingKey(p)}`).filter((k) => k !== key && groups.has(k)),
      ),
    ];
    if (named.length === 1 && isEventKind(groups.get(named[0]!)![0]!.kind))
      moveInto(key, named[0]!);
  }
}

/**
 * A body's linked title `X of <country>` that another body's links write as `<demonym> X`
 * (`Parliament of Greece`: the links write `Greek parliament` for `Hellenic Parliament`) is that
 * body's, when no other body's links write it so. Not any other wording: `UN` is written for a UN
 * mission, `Al-Shabaab` for two groups.
 */
function joinAnchorVariants<S>(
  groups: Map<string, Accepted<S>[]>,
  mined: (a: Accepted<S>) => boolean,
  moveInto: (from: string, into: string) => void,
): void {
  const body = (g: readonly Accepted<S>[]) =>
    g[0]!.kind === 'organization' || g[0]!.kind === 'group';
  const owner = new Map<string, string>();
  for (const [key, group] of groups) {
    if (!key.startsWith('a:') || !body(group)) continue;
    for (const a of group) {
      if (mined(a)) continue;
      for (const anchor of a.c.anchors.keys()) {
        if (!DEMONYMS.has(sameThingKey(anchor).split(' ')[0]!)) continue;
        const v = variantKey(anchor, false);
        if (v === variantKey(group[0]!.c.title, false) || owner.get(v) === key) continue;
        owner.set(v, owner.has(v) ? '' : key);
      }
    }
  }
  for (const [key, group] of [...groups]) {
    if (!key.startsWith('a:') || !body(group) || group.every(mined)) continue;
    const of = / of (?:the )?(.+)$/.exec(key.slice(2))?.[1];
    if (!of || !COUNTRY_NAMES.has(of)) continue;
    const into = owner.get(variantKey(group[0]!.c.title, false));
    if (!into || into === key || !groups.has(into)) continue;
    moveInto(key, into);
  }
}

/** Briefs a linked title may have, and how many times its weight the other's, to be a redirect on one link's word. */
const ONCE_REDIRECT_BRIEFS = 5;
const ONCE_REDIRECT_RATIO = 5;

/** How many times more briefs a namesake needs, in a shared name's years, than the others together. */
const DOMINANT_RATIO = 10;

/**
 * Of several people a mined name could be (`George Bush`: George W. or George H. W.), the one with
 * at least `DOMINANT_RATIO` times the others' briefs in the years the name's own briefs span, and
 * five or more of them; else undefined.
 */
function dominantInTheirYears<S>(
  name: readonly Accepted<S>[],
  keys: readonly string[],
  groups: ReadonlyMap<string, Accepted<S>[]>,
  dateOf: (brief: number) => string,
): string | undefined {
  const [first, last] = briefDates(name, dateOf);
  const [from, to] = [first.slice(0, 4), `${last.slice(0, 4)}-12-31`];
  const counts = keys.map((k) => {
    let n = 0;
    for (const a of groups.get(k) ?? [])
      for (const b of a.c.briefs) {
        const d = dateOf(b);
        if (d >= from && d <= to) n++;
      }
    return n;
  });
  const best = Math.max(...counts);
  const others = counts.reduce((x, y) => x + y, 0) - best;
  return best >= 5 && best >= DOMINANT_RATIO * others ? keys[counts.indexOf(best)] : undefined;
}

/**
 * A team that moved and took its new home's name (`New Jersey Nets` → `Brooklyn Nets`, `Florida
 * Marlins` → `Miami Marlins`): the only two teams of one country with that nickname, one named
 * only before the other is. Two named in the same years are two teams (`Los Angeles Kings`,
 * `Sacramento Kings`); the later name is the team's.
 */
function joinMovedTeams<S>(
  groups: ReadonlyMap<string, Accepted<S>[]>,
  dateOf: (brief: number) => string,
  teamOf: (title: string) => { country: string; nickname: string } | undefined,
  moveInto: (from: string, into: string) => void,
): void {
  const byNickname = new Map<string, string[]>();
  for (const [key, group] of groups) {
    if (!key.startsWith('a:') || group[0]!.kind !== 'organization') continue;
    const team = teamOf(group[0]!.c.title);
    if (team) pushTo(byNickname, `${team.country} ${team.nickname}`, key);
  }
  for (const keys of byNickname.values()) {
    if (keys.length !== 2) continue;
    const [early, late] = keys
      .map((key) => ({ key, dates: briefDates(groups.get(key)!, dateOf) }))
      .sort((a, b) => a.dates[0].localeCompare(b.dates[0]));
    if (early!.dates[1] < late!.dates[0]) moveInto(early!.key, late!.key);
  }
}

/**
 * A person's name with one more middle word (`Omar Hassan al-Bashir`, `Omar al-Bashir`; `Saad
 * al-Hariri`; `Gloria Macapagal-Arroyo`) is the person of the shorter name, when one of them is
 * mined (two linked titles are two articles), each is the other's only such name, most of the
 * rarer one's briefs fall within the other's years or both are written after one office (`Attorney
 * General Tarek Saab`, `Tarek William Saab`) in years a year apart at most (not `John Bel Edwards`, 2015 on, and `John Edwards`,
 * to 2012; not `Ahmad Massoud`, 2021, and his father `Ahmad Shah Massoud`, half before) and no
 * brief names both. Initials have their own joins. The better attested name stays.
 */
function joinMiddleNames<S>(
  groups: Map<string, Accepted<S>[]>,
  mined: (a: Accepted<S>) => boolean,
  dateOf: (brief: number) => string,
  moveInto: (from: string, into: string) => void,
): void {
  const longer = new Map<string, string[]>();
  const shorterOf = new Map<string, string[]>();
  for (const [key, group] of groups) {
    if (!key.startsWith('a:') || group[0]!.kind !== 'person') continue;
    const words = key.slice(2).split(' ');
    for (let i = 1; i < words.length - 1; i++) {
      if (words[i]!.length < 2) continue;
      const short = `a:${[...words.slice(0, i), ...words.slice(i + 1)].join(' ')}`;
      if (short.split(' ').length < 2 || groups.get(short)?.[0]!.kind !== 'person') continue;
      pushTo(longer, short, key);
      pushTo(shorterOf, key, short);
    }
  }
  const briefs = (g: readonly Accepted<S>[]) => new Set(g.flatMap((a) => [...a.c.briefs]));
  for (const [short, keys] of longer) {
    const long = keys[0]!;
    if (keys.length !== 1 || shorterOf.get(long)!.length !== 1) continue;
    const [a, b] = [groups.get(short), groups.get(long)];
    // Two linked titles are two articles (`Pedro Sánchez`, `Pedro Arnulfo Sánchez`).
    if (!a || !b || (!a.every(mined) && !b.every(mined))) continue;
    const [small, big] = briefs(a).size <= briefs(b).size ? [a, b] : [b, a];
    // Or both written after one office, in the briefs of the same years give or take one
    // (`Attorney General Tarek Saab`, 2018 and 2025; `… Tarek William Saab`, 2019–2024).
    const offices = officesOf(a);
    const sameOffice =
      [...officesOf(b)].some((w) => offices.has(w)) && yearsOverlap(a, b, dateOf, 1);
    if (!mostWithin(small, big, dateOf) && !sameOffice) continue;
    const inA = briefs(a);
    if ([...briefs(b)].some((x) => inA.has(x))) continue;
    const [keep, drop] = total(a) >= total(b) ? [short, long] : [long, short];
    moveInto(drop, keep);
  }
}

/** Words before a person's name that say what office they hold (not a family's rank: `Sheikh`, `Prince`). */
const OFFICE_CUE =
  /^(?:president|vice-president|minister|premier|chancellor|governor|mayor|senator|secretary|secretary-general|director-general|chief|leader|general|commander|chairman|speaker|ambassador|envoy|judge|justice|pope)$/;

/**
 * A mined person's name that opens one linked person's longer name (`Teodoro Obiang`, `Teodoro
 * Obiang Nguema Mbasogo`) is that person's short name, when no other person's name opens with it
 * (`Abdel Fattah` opens el-Sisi's and al-Burhan's) and their briefs are of the same years, give or
 * take `SPELLING_SLACK` (the archive's name to 2024, the linked title from 2025).
 */
function joinOpeningNames<S>(
  groups: Map<string, Accepted<S>[]>,
  mined: (a: Accepted<S>) => boolean,
  dateOf: (brief: number) => string,
  moveInto: (from: string, into: string) => void,
): void {
  const people = [...groups.keys()].filter(
    (k) => k.startsWith('a:') && groups.get(k)![0]!.kind === 'person',
  );
  const opening = new Map<string, string[]>();
  for (const key of people) {
    const words = key.split(' ');
    for (let n = 2; n < words.length; n++) pushTo(opening, words.slice(0, n).join(' '), key);
  }
  for (const key of people) {
    const group = groups.get(key)!;
    const longer = opening.get(key);
    if (!group.every(mined) || longer?.length !== 1) continue;
    const into = groups.get(longer[0]!)!;
    if (into.every(mined) || !yearsOverlap(group, into, dateOf, SPELLING_SLACK)) continue;
    // The same office before both names (`President`): not a namesake (`Abdul Rahman`, a convert).
    const theirs = officesOf(into);
    if (![...officesOf(group)].some((w) => theirs.has(w))) continue;
    moveInto(key, longer[0]!);
  }
}

/** The office words written before a group's name (`president`). */
function officesOf<S>(group: readonly Accepted<S>[]): Set<string> {
  return new Set(group.flatMap((a) => [...a.c.before.keys()].filter((w) => OFFICE_CUE.test(w))));
}

/**
 * A mined person's name whose first name is another form of a person's of the same surname, one
 * initial alike (or both a vowel: `Ayad Allawi`, `Iyad Allawi`) (`Binyamin Netanyahu`, `Benjamin Netanyahu`; `Joseph Biden`, `Joe Biden`; `Ash
 * Carter`, `Ashton Carter`), is that person when both are written after the same office
 * (`minister`) and theirs is the only such name: not a relative or a namesake of another office
 * (`Jill Biden`, `Raúl Castro`). The surname has a word of five letters or more (not `Khan`, `II`).
 * A mined name and a linked one are of different eras by construction; two mined names must share
 * their years, give or take one (`Jan Fischer` is not `Joschka Fischer`).
 */
const PATRONYMIC = /^(?:bin|bint|ibn|ben|ould|ap)$/;

function joinFirstNameForms<S>(
  groups: Map<string, Accepted<S>[]>,
  mined: (a: Accepted<S>) => boolean,
  dateOf: (brief: number) => string,
  moveInto: (from: string, into: string) => void,
): void {
  const byInitial = new Map<string, string[]>();
  for (const [key, group] of groups) {
    if (!key.startsWith('a:') || group[0]!.kind !== 'person') continue;
    const words = key.slice(2).split(' ');
    if (words.length < 2 || !words.slice(1).some((w) => w.length >= 5)) continue;
    // A father's name is his sons' too (`Mansour bin Zayed`, `Mohamed bin Zayed`).
    if (PATRONYMIC.test(words[1]!)) continue;
    // A vowel opens one name's transliterations alike (`Ayad`, `Iyad Allawi`; `Omar`, `Umar`).
    const initial = /^[aeiou]/.test(words[0]!) ? 'vowel' : words[0]![0];
    pushTo(byInitial, `${initial} ${words.slice(1).join(' ')}`, key);
  }
  for (const keys of byInitial.values()) {
    if (keys.length < 2) continue;
    for (const key of keys) {
      const group = groups.get(key);
      if (!group?.every(mined)) continue;
      const offices = officesOf(group);
      const alike = keys.filter((other) => {
        const g = groups.get(other);
        if (other === key || !g || ![...officesOf(g)].some((w) => offices.has(w))) return false;
        return yearsOverlap(group, g, dateOf, g.every(mined) ? 1 : SPELLING_SLACK);
      });
      if (alike.length !== 1) continue;
      const other = groups.get(alike[0]!)!;
      // A linked title names the person; else the better attested name.
      const into = !other.every(mined) || total(other) >= total(group);
      if (into) moveInto(key, alike[0]!);
      else moveInto(alike[0]!, key);
    }
  }
}

/** Whether more than half of `a`'s briefs fall within the years of `b`'s. */
function mostWithin<S>(
  a: readonly Accepted<S>[],
  b: readonly Accepted<S>[],
  dateOf: (brief: number) => string,
): boolean {
  const years = (g: readonly Accepted<S>[]) =>
    [...new Set(g.flatMap((x) => [...x.c.briefs]))].map((i) => Number(dateOf(i).slice(0, 4)));
  const ya = years(a);
  const yb = years(b);
  const [from, to] = [Math.min(...yb), Math.max(...yb)];
  return ya.filter((y) => y >= from && y <= to).length * 2 > ya.length;
}

/**
 * Of dated titles (keys), those that start in the latest year at or before the first brief of
 * `bare`: one title, or several when they tie.
 */
function latestStart<S>(
  keys: readonly string[],
  bare: readonly Accepted<S>[],
  groups: ReadonlyMap<string, Accepted<S>[]>,
  dateOf: (brief: number) => string,
): string[] {
  const first = Number(briefDates(bare, dateOf)[0].slice(0, 4));
  const start = (k: string) =>
    Math.min(...groups.get(k)!.map((a) => yearsOf(a.c.title)?.[0] ?? Infinity));
  const starts = keys.map(start).filter((y) => y <= first);
  if (starts.length === 0) return [...keys];
  const latest = Math.max(...starts);
  return keys.filter((k) => start(k) === latest);
}

/** How many times a yearless event's briefs a longer title of it needs to take it as its short title. */
const SHORT_TITLE_RATIO = 10;

/**
 * A yearless event title of a few briefs whose words, head last, are all in one far better
 * attested yearless title's, and whose briefs fall within that one's span (`Kashmir insurgency`, 2
 * briefs; `Insurgency in Jammu and Kashmir`, 52): the short title of that event. Not when several
 * such titles have its words, nor a dated title (the yearless join's).
 */
function joinShortTitles<S>(
  groups: Map<string, Accepted<S>[]>,
  mined: (a: Accepted<S>) => boolean,
  dateOf: (brief: number) => string,
  moveInto: (from: string, into: string) => void,
): void {
  const events = [...groups.keys()].filter(
    (k) =>
      k.startsWith('e:') &&
      !/\b(?:19|20)\d{2}\b/.test(k) &&
      !RECURRING.test(k) &&
      !groups.get(k)!.every(mined),
  );
  const words = (k: string) => titleWords(variantKey(groups.get(k)![0]!.c.title, true));
  const size = (k: string) => new Set(groups.get(k)!.flatMap((a) => [...a.c.briefs])).size;
  const byWord = new Map<string, string[]>();
  for (const k of events) for (const w of words(k)) pushTo(byWord, w, k);
  for (const k of events) {
    if (!groups.has(k)) continue;
    const own = words(k);
    const n = size(k);
    if (n > 3 || own.length < 2) continue;
    const head = variantKey(groups.get(k)![0]!.c.title, true).split(' ').pop()!;
    const longer = (byWord.get(head) ?? []).filter(
      (o) =>
        o !== k &&
        groups.has(o) &&
        size(o) >= SHORT_TITLE_RATIO * n &&
        own.every((w) => words(o).includes(w)) &&
        words(o).length > own.length &&
        variantKey(groups.get(o)![0]!.c.title, true).endsWith(head),
    );
    if (longer.length !== 1) continue;
    const [first, last] = briefDates(groups.get(k)!, dateOf);
    const [from, to] = briefDates(groups.get(longer[0]!)!, dateOf);
    if (first < from || last > to) continue;
    moveInto(k, longer[0]!);
  }
}

/** Days from one ISO date to another. */
const daysBetween = (from: string, to: string): number =>
  (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** Days a renamed event's old title may go on after the new one starts, and the gap between them. */
const RENAME_OVERLAP_DAYS = 30;
const RENAME_GAP_DAYS = 180;

/** Words that say what kind of event it was, which a renamed title may change. */
const RENAME_WORDS = new Set(
  `conflict war crisis protests protest unrest demonstrations riots uprising attack attacks
  shooting shootings bombing bombings offensive campaign operation incursion invasion outbreak
  epidemic pandemic strikes clashes skirmishes standoff incident incidents killings massacre
  disaster crash explosion explosions fire floods flood flooding eruption anti government
  political post election pre mass deadly battle siege`.split(/\s+/),
);
/**
 * The words of kind one title of a battle may trade for another's when the two share only the
 * place's name (`Battle of Marawi`, `Marawi crisis`; `Siege of El Fasher`; `Kyiv offensive`); not a
 * war and a battle in it (`War in Donbas`, `Battle of Donbas`), nor protests and a crisis.
 */
const BATTLE_WORDS = new Set(
  'battle siege offensive crisis campaign operation incursion'.split(' '),
);

// Months stay: they tell events apart (`May 2020 Afghanistan attacks`, `August 2020 …`).
const EVENT_STOPWORDS = new Set('in of the and on at to for a an by from with against'.split(' '));

/**
 * Renamed events: two linked titles of events of one kind whose words differ only by what kind
 * of event it was (`2020 Nagorno-Karabakh conflict`, `2020 Nagorno-Karabakh war`; `2015 San
 * Bernardino attack`, `… shooting`), whose years agree, and whose briefs hand over in time (one
 * stops within RENAME_GAP_DAYS of where the other starts) are one event. Recurring events
 * (elections, cups, seasons) are not joined this way.
 */
function joinRenamedEvents<S>(
  groups: Map<string, Accepted<S>[]>,
  mined: (a: Accepted<S>) => boolean,
  dateOf: (brief: number) => string,
  variants: Set<Candidate>,
): void {
  interface Event {
    key: string;
    kind: EntityKind;
    words: Set<string>;
    years: [number, number] | undefined;
    first: string;
    last: string;
    briefs: Set<number>;
  }
  const events: Event[] = [];
  for (const [key, group] of groups) {
    if (!key.startsWith('e:') || group.every(mined) || RECURRING.test(key)) continue;
    const words = new Set(
      key
        .slice(2)
        .split(' ')
        .filter((w) => w && !/^\d+$/.test(w) && !EVENT_STOPWORDS.has(w)),
    );
    const briefs = new Set(group.flatMap((a) => [...a.c.briefs]));
    if (words.size < 2 || briefs.size === 0) continue;
    const dates = [...briefs].map(dateOf).sort();
    const years = group.map((a) => yearsOf(a.c.title)).find((y) => y !== undefined);
    events.push({
      key,
      kind: group[0]!.kind,
      words,
      years,
      first: dates[0]!,
      last: dates[dates.length - 1]!,
      briefs,
    });
  }
  const byWord = new Map<string, Event[]>();
  for (const e of events) for (const w of e.words) pushTo(byWord, w, e);
  // The words that differ may only say what kind of event it was (`conflict` → `war`), never
  // where or who (`COVID-19 pandemic in Alaska` is not `… in Laos`).
  const alike = (a: Event, b: Event): boolean => {
    if (a.kind !== b.kind) return false;
    let shared = 0;
    for (const w of a.words) {
      if (b.words.has(w)) shared++;
      else if (!RENAME_WORDS.has(w)) return false;
    }
    for (const w of b.words) if (!a.words.has(w) && !RENAME_WORDS.has(w)) return false;
    // Other words of kind only between two events named as events (`2023 Israeli judicial
    // reform` is not its protests).
    const named = (e: Event) => [...e.words].some((w) => RENAME_WORDS.has(w));
    // One shared word: the place both battles are named for, no country (`Pakistan protests` and
    // `Pakistan unrest` may be two stories).
    if (shared < 2) {
      const kindWords = [...a.words, ...b.words].filter((w) => !a.words.has(w) || !b.words.has(w));
      const place = [...a.words].find((w) => b.words.has(w))!;
      return (
        shared === 1 &&
        !RENAME_WORDS.has(place) &&
        !COUNTRY_NAMES.has(place) &&
        !DEMONYMS.has(place) &&
        kindWords.length > 0 &&
        kindWords.every((w) => BATTLE_WORDS.has(w))
      );
    }
    return shared === Math.max(a.words.size, b.words.size) || (named(a) && named(b));
  };
  const handOver = (a: Event, b: Event): boolean => {
    const [early, late] = a.first <= b.first ? [a, b] : [b, a];
    const gap = daysBetween(early.last, late.first);
    return gap >= -RENAME_OVERLAP_DAYS && gap <= RENAME_GAP_DAYS;
  };
  // Both titles dated, in the same years, or neither (a yearless title beside a dated one is
  // the yearless join's, with its own guard: `Gaza war` is not `2014 Gaza War`).
  const yearsAgree = (a: Event, b: Event): boolean =>
    a.years && b.years
      ? a.years[0] <= b.years[1] && b.years[0] <= a.years[1]
      : !a.years && !b.years;
  const gone = new Set<string>();
  for (const a of events) {
    if (gone.has(a.key)) continue;
    const seen = new Set<Event>();
    for (const w of a.words) {
      for (const b of byWord.get(w) ?? []) {
        if (b === a || seen.has(b) || gone.has(b.key)) continue;
        seen.add(b);
        if (!alike(a, b) || !yearsAgree(a, b) || !handOver(a, b)) continue;
        // The better attested title names the event; the other is an alias.
        const [into, from] =
          total(groups.get(a.key)!) >= total(groups.get(b.key)!) ? [a, b] : [b, a];
        for (const x of groups.get(from.key)!) variants.add(x.c);
        groups.get(into.key)!.push(...groups.get(from.key)!);
        groups.delete(from.key);
        gone.add(from.key);
        for (const i of from.briefs) into.briefs.add(i);
        if (from.first < into.first) into.first = from.first;
        if (from.last > into.last) into.last = from.last;
        if (from === a) break;
      }
      if (gone.has(a.key)) break;
    }
  }
}
