/**
 * The catalog built from the corpus: an entity for every actor and event the
 * briefs are about, each with the briefs that name it.
 *
 * 1. candidates: link targets and story headings (candidates.ts), and names
 *    the archive repeats (names-in-archive.ts);
 * 2. kinds: classify-kind.ts keeps actors, places and events, drops the rest;
 * 3. aliases and their strength (aliases.ts);
 * 4. attach: linked briefs by their links and headings; archive briefs by the
 *    project's own spotter, the code the content script runs (precision first:
 *    what it does not link stays unattached);
 * 5. keep entities with at least `MIN_BRIEFS` briefs; roles, relations,
 *    parent and sub-stories, participants.
 */
import type { Brief } from '../../core/brief';
import { buildMatcherPack, type AliasInput, type SpotEntityInput } from '../../core/matcher-pack';
import { PACK_SCHEMA_VERSION, type EntityKind, isEventKind } from '../../core/pack';
import { createSpotter } from '../../core/spotter';
import {
  anchorOwners,
  aliasStrengths,
  aliasTexts,
  nameUse,
  shortCompanyName,
  DAY_WORDS,
  foldedCities,
  genericShortName,
  isDescription,
  everydayWordsOnly,
  phraseCases,
  CUT_SHORT,
  ownerTitles,
  isDemonym,
  isWord,
  MONTH_WORDS,
  mostlyLowercase,
  surname,
  surnameOfOthers,
  type NameUse,
  unprovenSurname,
  ownedBody,
  wordSurnameIsName,
} from './aliases';
import { collectCandidates, type Candidate } from './candidates';
import { definedAcronyms } from './defined-acronyms';
import { baseName, classifyKind, MINED_LAUNCH_SITE, teamName, US_STATES } from './classify-kind';
import { mineArchiveNames } from './names-in-archive';
import type { ReferenceLists } from './reference-lists';
import { pushTo } from './push-to';
import { latinLower, stripMarks } from '../../core/normalize';
import { TITLES } from '../../core/word-lists';
import { mergeSameThings, sameThingKey, type RenameEvidence } from './same-thing';
import { formerNames, parenthesizedNames } from './renames';
import { roleBefore, roleTimeline, type RoleAt } from './roles';

export const MIN_BRIEFS = 2;
export const MAX_RELATED = 8;
const TWO_LETTERS = /^(?:\p{Lu}\.?){2}$/u;

/** Briefs a person needs before their surname alone is a strong alias (`Lavrov`: 61). */
export const MIN_BRIEFS_FOR_LONE_SURNAME = 20;
/** Ties (`GeneratedEntity.ties`): briefs both must be in, the share of the other's briefs, and how many. */
export const MIN_TIE_BRIEFS = 3;
export const TIE_SHARE = 0.5;
export const MAX_TIES = 40;
/** A place's own name that is a first name: links it needs, their share of links with that text, and the most given-name uses. */
export const MIN_OWN_NAME_LINKS = 10;
export const OWN_NAME_LINK_SHARE = 0.9;
export const GIVEN_NAME_SHARE = 0.02;

/**
 * Whether a place's or country's own name that is also a first name (`Israel`, `Sydney`) is, in
 * the news, its name alone: the links write it for this place MIN_OWN_NAME_LINKS times and hardly
 * for anything else, and the briefs seldom write it before someone's surname (`Israel Katz`).
 * The caller checks that no one goes by it (`Jordan` of Michael Jordan).
 */
export function placeNameOverFirstName(counts: {
  /** Links with this text to the place. */
  ownLinks: number;
  /** Links with this text to anything. */
  links: number;
  /** Briefs' uses before a known person's surname. */
  givenNameUses: number;
  /** Briefs' uses, capitalized. */
  uses: number;
}): boolean {
  return (
    counts.ownLinks >= MIN_OWN_NAME_LINKS &&
    counts.ownLinks >= OWN_NAME_LINK_SHARE * counts.links &&
    counts.givenNameUses < GIVEN_NAME_SHARE * counts.uses
  );
}
export const MAX_PARTICIPANTS = 6;

export interface GeneratedEntity {
  id: string;
  /** Wikipedia title with underscores (`Vladimir_Putin`). */
  wikipedia: string;
  kind: EntityKind;
  name: string;
  aliases: AliasInput[];
  /** Indices of its briefs in the briefs list, oldest first. */
  briefs: number[];
  roles: RoleAt[];
  first: string;
  last: string;
  related: { id: string; count: number }[];
  /**
   * Entities whose briefs mostly name this one too (`Tbilisi`, a Georgian party, its president for
   * Georgia): page evidence for this one's own name where that name is weak (`Georgia`).
   */
  ties: string[];
  parent?: string;
  children: string[];
  participants: string[];
  /** Where it was found: a link target, a story heading, or a name the archive repeats. */
  source: 'link' | 'story' | 'name';
}

export interface CatalogStats {
  candidates: number;
  rejected: Record<string, number>;
  accepted: number;
  kept: number;
  attachedArchiveBriefs: number;
  /** Titles of the same-thing table that no entity has. */
  sameThingUnmatched: string[];
}

/** `Vladimir Putin` → `vladimir-putin`: lowercase ASCII words joined by hyphens. */
export function slugOf(title: string): string {
  const slug = latinLower(title)
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'entity';
}

/** Countries' names and demonyms as `sameThingKey` writes them: the words that say whose a body is. */
function ownerWords(lists: ReferenceLists): Set<string> {
  const words = new Set<string>();
  for (const title of lists.countries.keys()) words.add(sameThingKey(title));
  for (const d of lists.demonyms) words.add(sameThingKey(d));
  return words;
}

/** The United Kingdom by its short names and its nations, which the country list leaves out. */
const UK_NATIONS = /^(?:UK|U\.K\.|Britain|England|Scotland|Wales|Northern Ireland)$/;

export function buildCatalog(
  briefs: readonly Brief[],
  lists: ReferenceLists,
  /** Titles reviewed by hand as one thing (`catalog/same-thing.yaml`). */
  table: NonNullable<RenameEvidence['table']> = [],
): { entities: GeneratedEntity[]; stats: CatalogStats } {
  const candidates = collectCandidates(briefs);
  const titled = new Map<string, Map<string, number>>();
  const isPlace = (name: string): boolean =>
    lists.countries.has(name) ||
    lists.cities.has(name) ||
    US_STATES.has(name) ||
    UK_NATIONS.test(name);
  const mined = mineArchiveNames(briefs, new Set(candidates.keys()), undefined, titled, isPlace);
  // A linked name the archive writes after a title (`Field Marshal Khalifa Haftar`) has that cue too.
  for (const [title, cues] of titled) {
    const c = candidates.get(title)!;
    const before = new Map(c.before);
    for (const [word, n] of cues) before.set(word, (before.get(word) ?? 0) + n);
    candidates.set(title, { ...c, before });
  }
  const rejected: Record<string, number> = {};
  const accepted: { c: Candidate; kind: EntityKind; source: GeneratedEntity['source'] }[] = [];
  // A mined name of everyday words that the briefs write in lowercase at least as often as with
  // capitals is a common noun (`police officers`, `executive director`; not `Electoral College`,
  // 10 to 14); so is a name cut short at an initial (`Richard A.`). `The` and a word is left to
  // the outlets' names (`The Week`, `The Verge`: `the week` is everywhere).
  const wordsOnly = new Set(
    [...mined.values()].map((c) => baseName(c.title)).filter((n) => everydayWordsOnly(n, lists)),
  );
  const cases = phraseCases(
    briefs.map((b) => b.text),
    new Set([...wordsOnly].map((name) => name.toLowerCase())),
  );
  const commonNoun = (name: string): boolean => {
    if (CUT_SHORT.test(name)) return true;
    const c = wordsOnly.has(name) ? cases.get(name.toLowerCase()) : undefined;
    return c !== undefined && !name.startsWith('The ') && c.lower >= c.capitalized;
  };
  const consider = (c: Candidate, source: GeneratedEntity['source']): void => {
    if (source === 'name' && commonNoun(baseName(c.title))) {
      rejected['mined common noun'] = (rejected['mined common noun'] ?? 0) + 1;
      if (process.env.BACKSTORY_DEBUG_MINED) console.log('mined no name:', c.title);
      return;
    }
    const verdict = classifyKind({ ...c, mined: source === 'name' }, lists);
    if ('reject' in verdict) rejected[verdict.reject] = (rejected[verdict.reject] ?? 0) + 1;
    else if (
      source !== 'name' ||
      ['person', 'group', 'organization'].includes(verdict.kind) ||
      // A space centre's name is one whoever writes it.
      (verdict.kind === 'place' && MINED_LAUNCH_SITE.test(baseName(c.title))) ||
      // A mined name with a year and an event's head noun (`2008 Mumbai attacks`) is an event.
      (isEventKind(verdict.kind) && /\b(?:19|20)\d{2}\b/.test(c.title))
    )
      accepted.push({ c, kind: verdict.kind, source });
    else rejected['name not an actor'] = (rejected['name not an actor'] ?? 0) + 1;
  };
  for (const c of candidates.values())
    consider(c, c.story && c.anchors.size === 0 ? 'story' : 'link');
  for (const c of mined.values()) consider(c, 'name');
  const same = mergeSameThings(
    accepted,
    (a) => a.source === 'name',
    (i) => briefs[i]!.date,
    ownerWords(lists),
    (title) => teamName(baseName(title), lists),
    {
      titles: candidates.keys(),
      formerly: briefs.flatMap((b) => formerNames(b.text)),
      acronyms: briefs.flatMap((b) => parenthesizedNames(b.text)),
      table,
    },
  );
  accepted.length = 0;
  accepted.push(...same.kept);
  rejected['same thing as another title'] = same.merged;

  // Ids from titles; aliases and their strength across everything accepted.
  const ids = new Set<string>();
  const titles = new Set(accepted.map((a) => baseName(a.c.title)));
  const use = nameUse(
    briefs.map((b) => b.text),
    lists,
  );
  // Anchor texts the links use for one title above all (`Britain`): names of that title.
  const owners = anchorOwners(candidates.values());
  // Acronyms the briefs define (`International Monetary Fund (IMF)`) or cite outlets by (`(NYT)`).
  // Not one the links give another title (`ABC`, the American network's, not the Australian one's).
  const linkedAcronyms = new Map<string, string>();
  for (const { c } of accepted)
    for (const anchor of c.anchors.keys())
      if (/^\p{Lu}{2,6}$/u.test(anchor)) linkedAcronyms.set(anchor, c.title);
  const acronyms = definedAcronyms(
    briefs,
    accepted
      .filter((a) => a.kind !== 'person')
      .map((a) => ({ name: baseName(a.c.title), title: a.c.title })),
    (acronym, title) => (linkedAcronyms.get(acronym) ?? title) === title,
  );
  const named = accepted
    .map((a) => ({
      ...a,
      texts: aliasTexts(
        {
          title: a.c.title,
          kind: a.kind,
          anchors: a.c.anchors,
          variants: a.c.variants,
          acronyms: acronyms.get(a.c.title),
        },
        titles,
        lists,
        use,
        owners,
        // One letter is no name on a page: an initial (`Francis X. De Luca`), a letter of a list
        // (`W X Y Z`), part of a title (`X-Men`), whatever the links write for X, the network.
      ).filter((text) => text.length > 1),
    }))
    .filter((a) => a.texts.length > 0);
  const texts = named.map((a) => a.texts);
  // A surname the briefs never write alone for its person, a company's name without its legal
  // form and a body's name without its country's (`Congress`) are weak and claim nothing from
  // another entity's name (`Paris` stays the city's, `Google` Google's, strong). So does a
  // two-letter acronym only the briefs' definitions give (`AU`, `BT`: many things').
  // Which of each entity's alias texts are derived: read once, for the claims and the strengths.
  const derivedTexts = named.map(({ c, kind }, i) => {
    const base = baseName(c.title);
    const company = kind !== 'person' ? shortCompanyName(base) : undefined;
    const body = kind !== 'person' ? ownedBody(base, lists)?.body : undefined;
    const defined = acronyms.get(c.title) ?? [];
    const derived = (text: string): boolean =>
      (kind === 'person' && unprovenSurname(text, c, use)) ||
      text === company ||
      text === body ||
      (TWO_LETTERS.test(text) &&
        defined.includes(text.replace(/\./g, '')) &&
        !c.anchors.has(text.replace(/\./g, '')));
    return new Set(texts[i]!.filter(derived));
  });
  const claims = new Map<string, number>();
  texts.forEach((list, i) => {
    for (const t of list) if (!derivedTexts[i]!.has(t)) claims.set(t, (claims.get(t) ?? 0) + 1);
  });
  const byData = aliasStrengths(claims, lists);
  // Links per anchor text, to any title.
  const linksWith = new Map<string, number>();
  for (const c of candidates.values())
    for (const [anchor, n] of c.anchors) linksWith.set(anchor, (linksWith.get(anchor) ?? 0) + n);
  // How often the briefs write a first name before a person's surname (`Israel Katz`).
  const givenNameUses = new Map<string, number>();
  for (const a of accepted) {
    if (a.kind !== 'person') continue;
    const name = baseName(a.c.title);
    const [first, second] = name.split(' ');
    if (!second) continue;
    const n = use.pairs.get(`${first} ${second}`) ?? 0;
    givenNameUses.set(first!, (givenNameUses.get(first!) ?? 0) + n);
  }
  // One-word names people go by (surnames, derived or not): `Jordan` of Michael Jordan.
  const peoplesWords = new Set<string>();
  named.forEach((a, i) => {
    if (a.kind === 'person') for (const t of texts[i]!) if (!/\s/.test(t)) peoplesWords.add(t);
  });
  /** One capitalized word that is no everyday word or first name (`Twitter`, `Intel`; not `Apple`). */
  const rareWord = (text: string): boolean =>
    /^\p{Lu}\p{Ll}{3,}$/u.test(text) &&
    !lists.everydayWordsLower.has(text.toLowerCase()) &&
    !lists.firstNames.has(text);
  // How many names end in each word (`Times` of The New York Times, the Financial Times, …).
  const lastWords = new Map<string, number>();
  for (const { c } of named) {
    const words = baseName(c.title).split(' ');
    if (words.length > 1 && words[0] !== 'The') pushCount(lastWords, words[words.length - 1]!);
  }
  const description = (text: string, kind: EntityKind, name: string): boolean =>
    kind !== 'person' && isDescription(text, name, lastWords, lists);
  // A team's nickname names whichever team the page means too (`Rangers`: Glasgow's, New York's,
  // Texas's), most of them teams the background does not know; it keeps its strength (`Padres`).
  const nameOfAnyone = (text: string, kind: EntityKind, name: string): boolean =>
    description(text, kind, name) || teamName(name, lists)?.nickname === text;
  // A title Wikipedia disambiguates (`State of the Union (European Union)`) has namesakes: its
  // bare name is weak (a person's full name, `John Smith (politician)`, rarely meets another).
  const strength = (text: string, kind: EntityKind, c: Candidate, isDerived: boolean) => {
    const title = c.title;
    const name = baseName(title);
    // A surname the briefs never write alone for them (`Johnson` of Mike Johnson) waits for the
    // full name; so does a company's short name that is an everyday word or another's name
    // (`Apple`; `Google` of `Google Inc.`, which Google has). `Intel`, `Oracle` need not.
    if (isDerived)
      return kind !== 'person' &&
        shortCompanyName(name) === text &&
        !claims.has(text) &&
        rareWord(text)
        ? 'strong'
        : 'weak';
    if (text === name && name !== title && kind !== 'person') return 'weak';
    if (description(text, kind, name)) return 'weak';
    // One word the briefs write as people's surname (`García`, `Bolton`) is weak for a person or a place.
    if (!/\s/.test(text) && surnameOfOthers(text, name, use)) return 'weak';
    // One company's or body's name that is a rarer word (`Twitter`, `Oracle`; not `Apple`), but
    // not a team's nickname that is a word (`Eagles`, `Royals`).
    if (
      kind === 'organization' &&
      claims.get(text) === 1 &&
      rareWord(text) &&
      teamName(name, lists)?.nickname !== text
    )
      return 'strong';
    // A surname that is also a word but that the news writes for this one person (`Trump`).
    if (kind === 'person' && claims.get(text) === 1 && wordSurnameIsName(text, name, lists, use))
      return 'strong';
    if (
      (kind === 'place' || kind === 'country') &&
      text === name &&
      claims.get(text) === 1 &&
      lists.firstNames.has(text) &&
      !peoplesWords.has(text) &&
      placeNameOverFirstName({
        ownLinks: c.anchors.get(text) ?? 0,
        links: linksWith.get(text) ?? 0,
        givenNameUses: givenNameUses.get(text) ?? 0,
        uses: use.words.get(text) ?? 0,
      })
    )
      return 'strong';
    return byData(text);
  };
  const entities = named.map(
    ({ c, kind, source }, i): GeneratedEntity & { briefSet: Set<number>; seenRoles: RoleAt[] } => {
      let id = slugOf(c.title);
      for (let n = 2; ids.has(id); n++) id = `${slugOf(c.title)}-${n}`;
      ids.add(id);
      return {
        id,
        wikipedia: c.title.replace(/ /g, '_'),
        kind,
        name: baseName(c.title),
        aliases: texts[i]!.map((text) => ({
          text,
          strength: strength(text, kind, c, derivedTexts[i]!.has(text)),
          ...(nameOfAnyone(text, kind, baseName(c.title)) ? { description: true } : {}),
        })),
        briefs: [],
        roles: [],
        first: '',
        last: '',
        related: [],
        ties: [],
        children: [],
        participants: [],
        source,
        briefSet: source === 'name' ? new Set() : new Set(c.briefs),
        seenRoles: [],
      };
    },
  );
  const byTitle = new Map(named.map(({ c }, i) => [c.title, entities[i]]));
  const byId = new Map(entities.map((e) => [e.id, e]));

  // Roles stated before linked names.
  briefs.forEach((b) => {
    for (const l of b.links) {
      const e = byTitle.get(l.title);
      if (e?.kind !== 'person') continue;
      const role = roleBefore(b.text, l.start);
      if (role) e.seenRoles.push({ role, date: b.date });
    }
  });

  // Briefs: the project's own spotter, as on pages. One difference: the briefs are world news,
  // where a country's name that only it claims names it even when it is also a word or a first
  // name (`Turkey`, `Jordan`, `Chad`); on pages it still waits for support.
  const spotInputs: SpotEntityInput[] = entities.map((e) => ({
    id: e.id,
    name: e.name,
    kind: e.kind,
    aliases:
      e.kind === 'country'
        ? e.aliases.map((a) => (claims.get(a.text) === 1 ? { ...a, strength: 'strong' } : a))
        : e.aliases,
    related: [],
  }));
  const spotter = createSpotter(
    buildMatcherPack(spotInputs, { schema: PACK_SCHEMA_VERSION, hash: 'catalog' }),
  );
  let attachedArchiveBriefs = 0;
  // The linked copy links a name once a day: its other briefs name it in plain text too.
  briefs.forEach((b, i) => {
    const mentions = spotter.spot(b.text, { pageDate: b.date });
    if (mentions.length > 0 && b.copy === 'archive') attachedArchiveBriefs++;
    for (const m of mentions) {
      const e = byId.get(m.entityId)!;
      e.briefSet.add(i);
      if (e.kind === 'person') {
        const role = roleBefore(b.text, m.start);
        if (role) e.seenRoles.push({ role, date: b.date });
      }
    }
  });

  const kept = entities.filter((e) => e.briefSet.size >= MIN_BRIEFS);
  const keptIds = new Set(kept.map((e) => e.id));
  const entitiesOfBrief = new Map<number, string[]>();
  for (const e of kept) {
    e.briefs = [...e.briefSet].sort((a, b) => a - b);
    e.first = briefs[e.briefs[0]!]!.date;
    e.last = briefs[e.briefs[e.briefs.length - 1]!]!.date;
    e.roles = roleTimeline(e.seenRoles);
    for (const i of e.briefs) pushTo(entitiesOfBrief, i, e.id);
    weakenRareSurnames(e);
  }
  markSoleSurnames(kept, lists, use);
  // Related by co-mention; participants of events are their most co-mentioned actors.
  const together = new Map<string, Map<string, number>>();
  // The same in the linked copy alone, where every name is a link: ties there are exact.
  const togetherLinked = new Map<string, Map<string, number>>();
  const linkedBriefs = new Map<string, number>();
  /** Counts, in `into`, each other entity of one brief beside `a`. */
  const countBeside = (into: Map<string, Map<string, number>>, a: string, ids: string[]) => {
    const row = into.get(a) ?? new Map<string, number>();
    into.set(a, row);
    for (const b of ids) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
  };
  for (const [i, ids] of entitiesOfBrief) {
    const linked = briefs[i]!.copy === 'linked';
    for (const a of ids) {
      countBeside(together, a, ids);
      if (!linked) continue;
      linkedBriefs.set(a, (linkedBriefs.get(a) ?? 0) + 1);
      countBeside(togetherLinked, a, ids);
    }
  }
  /** Whether `other` is tied to `e`: most of its briefs (or of its linked ones) name `e` too. */
  const tiedTo = (e: GeneratedEntity, other: GeneratedEntity, count: number): boolean => {
    if (other.kind === 'country' && e.kind === 'country') return false;
    if (count >= MIN_TIE_BRIEFS && count >= TIE_SHARE * other.briefs.length) return true;
    const exact = togetherLinked.get(e.id)?.get(other.id) ?? 0;
    return exact >= MIN_TIE_BRIEFS && exact >= TIE_SHARE * (linkedBriefs.get(other.id) ?? 0);
  };
  for (const e of kept) {
    const row = [...(together.get(e.id) ?? new Map<string, number>())].sort(
      (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
    );
    e.related = row.slice(0, MAX_RELATED).map(([id, count]) => ({ id, count }));
    if (
      !isEventKind(e.kind) &&
      e.kind !== 'person' &&
      e.aliases.some((a) => a.strength === 'weak')
    ) {
      e.ties = row
        .filter(([id, count]) => tiedTo(e, byId.get(id)!, count))
        .slice(0, MAX_TIES)
        .map(([id]) => id);
    }
    if (isEventKind(e.kind)) {
      e.participants = row
        .filter(
          ([id, count]) =>
            count >= 2 && !isEventKind(byId.get(id)!.kind) && byId.get(id)!.kind !== 'place',
        )
        .slice(0, MAX_PARTICIPANTS)
        .map(([id]) => id);
      const parents = named.find((a) => byTitle.get(a.c.title) === e)?.c.parents;
      const parent = [...(parents ?? [])]
        .map(([title, n]) => [byTitle.get(title)?.id, n] as const)
        .filter(([id]) => id !== undefined && keptIds.has(id) && id !== e.id)
        .sort((a, b) => b[1] - a[1])[0]?.[0];
      if (parent) {
        e.parent = parent;
        byId.get(parent)!.children.push(e.id);
      }
    }
  }
  tieByWords(kept, briefs, lists);
  // A body every country has is tied to its country: a page that names the United States says
  // whose `Congress` it means.
  const nameClaims = new Map<string, number>();
  for (const e of kept) for (const { text } of e.aliases) pushCount(nameClaims, text);
  for (const e of kept) {
    const owner = ownedBody(e.name, lists);
    const country = owner && byTitle.get(owner.country);
    if (country && keptIds.has(country.id) && !e.ties.includes(country.id)) e.ties.push(country.id);
    // So is a body whose generic short name no other entity has to its owner: `U.S.` says whose
    // `Secret Service` (not the `Supreme Court`'s fifteen: one country on the page is no answer).
    for (const { text } of e.aliases) {
      if (nameClaims.get(text) !== 1 || !genericShortName(text, e.name, lists)) continue;
      const owner = ownerTitles(text, e.name, lists)
        .map((title) => byTitle.get(title))
        .find((o) => o && o !== e && keptIds.has(o.id));
      if (owner && !e.ties.includes(owner.id)) e.ties.push(owner.id);
    }
  }
  const result = kept.map(({ briefSet: _b, seenRoles: _r, ...rest }) => rest);
  return {
    entities: result,
    stats: {
      candidates: candidates.size + mined.size,
      rejected,
      accepted: accepted.length,
      kept: kept.length,
      attachedArchiveBriefs,
      sameThingUnmatched: same.unmatched,
    },
  };
}

/**
 * Ties by the briefs' own words (`GeneratedEntity.ties`): an entity most of whose briefs say a
 * country's demonym (`Georgian` in Tbilisi's) is tied to that country, whether or not those
 * briefs were attached to it. (Not its name: `Jordan` is in every brief of Michael Jordan.)
 */
export function tieByWords(
  kept: GeneratedEntity[],
  briefs: readonly Brief[],
  lists: ReferenceLists,
): void {
  const countryOf = new Map<string, GeneratedEntity | null>();
  const claim = (word: string, e: GeneratedEntity) =>
    countryOf.set(word, countryOf.has(word) && countryOf.get(word) !== e ? null : e);
  for (const e of kept) {
    // Only a country whose own name is weak needs them (`Georgia`, `Jordan`, `Turkey`).
    if (e.kind !== 'country' || !e.aliases.some((a) => a.text === e.name && a.strength === 'weak'))
      continue;
    for (const d of lists.demonymsOf.get(e.wikipedia.replace(/_/g, ' ')) ?? []) claim(d, e);
  }
  const words = [...countryOf].filter(([, e]) => e).map(([w]) => w);
  if (words.length === 0) return;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const named = new Map<number, Set<GeneratedEntity>>();
  const countriesIn = (i: number): Set<GeneratedEntity> => {
    let found = named.get(i);
    if (!found) {
      found = new Set();
      for (const m of briefs[i]!.text.matchAll(pattern)) found.add(countryOf.get(m[0])!);
      named.set(i, found);
    }
    return found;
  };
  for (const e of kept) {
    if (e.kind === 'country' || isEventKind(e.kind) || e.briefs.length < MIN_TIE_BRIEFS) continue;
    const counts = new Map<GeneratedEntity, number>();
    for (const i of e.briefs)
      for (const c of countriesIn(i)) counts.set(c, (counts.get(c) ?? 0) + 1);
    for (const [country, n] of counts) {
      if (n < MIN_TIE_BRIEFS || n < TIE_SHARE * e.briefs.length) continue;
      if (country.ties.length < MAX_TIES && !country.ties.includes(e.id)) country.ties.push(e.id);
    }
  }
}

/**
 * Marks each person's weak surname that no other entity has as an alias and that is no common
 * word, first name, month, demonym or city, nor written after other people's first names
 * (`Rowling`, `Fauci`; not `Powell`, which Jerome Powell's name ends with too, nor `English`):
 * `AliasInput.sole`.
 */
export function markSoleSurnames(
  entities: readonly Pick<GeneratedEntity, 'kind' | 'name' | 'aliases'>[],
  lists: ReferenceLists,
  use: NameUse,
): void {
  const claims = new Map<string, number>();
  const surnames = new Map<string, number>();
  // Each person's surname, read once.
  const lasts = entities.map((e) => (e.kind === 'person' ? surname(e.name) : undefined));
  entities.forEach((e, i) => {
    for (const a of e.aliases) pushCount(claims, a.text);
    const last = lasts[i];
    if (last) pushCount(surnames, last);
  });
  entities.forEach((e, i) => {
    const last = lasts[i];
    if (!last) return;
    for (const a of e.aliases) {
      if (a.strength !== 'weak' || a.text !== last || !SURNAME_FORM.test(a.text)) continue;
      if (claims.get(a.text) !== 1 || surnames.get(a.text) !== 1 || a.text.length < 4) continue;
      if (isWord(a.text, lists) || MONTH_WORDS.test(a.text) || DAY_WORDS.test(a.text)) continue;
      // Nor a people's or a city's name (`English`, `Ventura`), a title (`Sheikh`) or a word the
      // briefs mostly write in lowercase (`Online`, `Airbase`, names the catalog took for people).
      if (isDemonym(a.text, lists) || foldedCities(lists).has(stripMarks(a.text))) continue;
      if (TITLES.has(a.text.toLowerCase()) || mostlyLowercase(a.text, use)) continue;
      if (surnameOfOthers(a.text, e.name, use)) continue;
      a.sole = true;
    }
  });
}
/** How a surname is written (`Rowling`, `O'Rourke`, `McGregor`, `Abdel-Fattah`; not `Mar-a-Lago`, `Dae-jung`). */
const SURNAME_FORM = /^(?:Mc|Mac|O['’]|De|Di|Da|La|Le)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * A surname alone names only someone the news names often (`Putin`, `Lavrov`): a rarer person's
 * one-word aliases (`Pollard`, `Handel`) wait for the full name on the page.
 */
export function weakenRareSurnames(
  e: Pick<GeneratedEntity, 'kind' | 'name' | 'aliases' | 'briefs'>,
): void {
  if (e.kind !== 'person' || e.briefs.length >= MIN_BRIEFS_FOR_LONE_SURNAME) return;
  for (const a of e.aliases) if (!/\s/.test(a.text) && a.text !== e.name) a.strength = 'weak';
}

function pushCount(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
