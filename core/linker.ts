/**
 * The linker: decides, for every match on a page, which entity it names, or
 * that it names none. It sees the whole page text, in named passes, in order
 * (`linkSteps`):
 * 1. `candidates`: a match in a dateline (`WASHINGTON (AP) —`) names a place,
 *    so none (dateline.ts);
 * 2. `readEachMatch`: each match on its own, its aliases longest first
 *    (link-site.ts): a strong alias of one entity links; a generic event name
 *    links if the words around it or the page's date fit (else a shorter
 *    alias is tried: `G20 summit` → `G20`); a weak alias inside a longer
 *    capitalized name is dropped (`Michelle Obama`). What links here is the
 *    page's *support*;
 * 3. `strongBySupport`: a strong alias shared by several entities goes to the
 *    one with support;
 * 4. `genericBySupport`: a generic name is the event the page names elsewhere
 *    (by a full name or a cue), unless the page also ties it to something
 *    else (one sense per discourse);
 * 5. `noteFullNames`: where each entity's full name is, for the surnames
 *    after it (antecedents.ts);
 * 6. `placeUses`: which weak aliases stand for a place (`in Moscow`);
 * 7. `weakBySupport`: weak aliases link to a supported entity (itself, or a
 *    related one); a country's weak alias used as a place does not; a
 *    surname also seen after another given name (`Michelle Obama`) follows
 *    its nearest full name; with no support, the one company of a name that
 *    is also a word links where it acts (`Amazon said`, `Apple shares`), and
 *    the one place of a name links before one of its offices or voters
 *    (`New York Gov.`, `a Virginia Republican`); a surname only one person
 *    has links where the page writes it again and again, or after a title
 *    (`Dr. Fauci`).
 */
import {
  distinctEntities,
  keyOf,
  linkOf,
  BODY_KINDS,
  PLACE_KINDS,
  readSite,
  startRun,
  type Link,
  type LinkOptions,
  type Run,
  type Site,
} from './link-site';
import {
  ALIAS_COUNTRY_NAME,
  ALIAS_DESCRIPTION,
  ALIAS_SOLE_SURNAME,
  type LoadedPack,
} from './matcher-pack';
import type { Match } from './matcher';
import { inDateline } from './dateline';
import {
  actsAsCompany,
  afterOtherName,
  citedAsSource,
  isPlaceUse,
  placeOfficeAfter,
  titleBefore,
} from './name-context';
import { drain, inSteps, type Steps } from './steps';

export type { Link, LinkOptions } from './link-site';

/** Matches the linker handles per step of `linkSteps`, in each of its passes. */
export const LINK_STEP_MATCHES = 24;

/** Links matches (from `findMatches` over the same text) to entities. */
export function linkMatches(
  pack: LoadedPack,
  text: string,
  found: Match[],
  options: LinkOptions = {},
): Link[] {
  return drain(linkSteps(pack, text, found, options));
}

/**
 * `linkMatches` in steps: each pass over the matches yields after every
 * `LINK_STEP_MATCHES` of them, and the passes yield between them. The
 * decisions are the same: every pass still sees the whole page.
 */
export function* linkSteps(
  pack: LoadedPack,
  text: string,
  found: Match[],
  options: LinkOptions = {},
): Steps<Link[]> {
  const { matches, starts, ends, surnames } = yield* candidates(pack, text, found);
  const run = startRun(pack, text, options, starts, ends, surnames);
  const sites = yield* readEachMatch(run, matches);
  yield* surnamesOverPlaces(run, sites);
  yield* strongBySupport(run, sites);
  yield* genericBySupport(run, sites);
  yield* noteFullNames(run, sites);
  const places = yield* placeUses(run, sites);
  yield* weakBySupport(run, sites, places);
  return sites.flatMap((site) => (site.link ? [site.link] : []));
}

/** Weak sites used as a place (`in Moscow`), and their texts. */
interface PlaceUses {
  sites: Set<Site>;
  keys: Set<string>;
}

/** A pass over `count` items in steps of `LINK_STEP_MATCHES`. */
const pass = (count: number, run: (from: number, to: number) => void): Steps<void> =>
  inSteps(count, LINK_STEP_MATCHES, run);

/**
 * Candidates: every match but those in a dateline; notes where each match starts and ends, and
 * where a person's one-word name (a surname) starts.
 */
function* candidates(
  pack: LoadedPack,
  text: string,
  found: Match[],
): Steps<{ matches: Match[]; starts: Set<number>; ends: Set<number>; surnames: Set<number> }> {
  const starts = new Set<number>();
  const ends = new Set<number>();
  const surnames = new Set<number>();
  const matches: Match[] = [];
  const surname = (a: number) =>
    pack.entityKind(pack.aliasEntity[a]!) === 'person' && !/\s/.test(pack.aliasText(a));
  yield* pass(found.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const m = found[i]!;
      starts.add(m.start);
      ends.add(m.end);
      for (let s: Match | undefined = m; s; s = s.shorter)
        if (s.aliases.some(surname)) surnames.add(m.start);
      if (!inDateline(text, m.start, m.end)) matches.push(m);
    }
  });
  return { matches, starts, ends, surnames };
}

/** Reads each match: one site per match; what links outright is the page's support. */
function* readEachMatch(run: Run, matches: Match[]): Steps<Site[]> {
  const sites: Site[] = [];
  yield* pass(matches.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const site = readSite(run, matches[i]!);
      sites.push(site);
      if (site.link) run.support.add(site.link.entity);
    }
  });
  return sites;
}

/**
 * A place's one-word name that is the surname of someone the page names in full is that person's
 * (`Michael Jordan` … `Jordan scored`), not the place: `Jordan`, `Israel`, `Chad` are first names
 * and surnames too.
 */
function* surnamesOverPlaces(run: Run, sites: Site[]): Steps<void> {
  const { pack, text } = run;
  const surnames = new Set<string>();
  yield* pass(sites.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const link = sites[i]!.link;
      if (!link || pack.entityKind(link.entity) !== 'person') continue;
      const named = text.slice(link.match.start, link.match.end);
      const last = named.lastIndexOf(' ');
      if (last > 0) surnames.add(named.slice(last + 1));
    }
  });
  if (surnames.size === 0) return;
  let dropped = false;
  yield* pass(sites.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const site = sites[i]!;
      const link = site.link;
      if (!link || !PLACE_KINDS.has(pack.entityKind(link.entity))) continue;
      if (!surnames.has(text.slice(link.match.start, link.match.end))) continue;
      site.link = undefined;
      dropped = true;
    }
  });
  if (!dropped) return;
  run.support.clear();
  for (const site of sites) if (site.link) run.support.add(site.link.entity);
}

/** A strong alias shared by several entities goes to the one the page supports. */
function* strongBySupport(run: Run, sites: Site[]): Steps<void> {
  const { pack } = run;
  const disambiguated: Link[] = [];
  yield* pass(sites.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const site = sites[i]!;
      if (!site.ambiguous || !site.match) continue;
      const backed = site.ambiguous.filter((a) => supported(run, pack.aliasEntity[a]!));
      if (distinctEntities(pack, backed) === 1) {
        site.link = linkOf(pack, site.match, backed[0]!, 'strong-alias-disambiguated');
        disambiguated.push(site.link);
      }
    }
  });
  for (const link of disambiguated) run.support.add(link.entity);
}

/**
 * A generic name that fit nothing locally is the event the page names
 * elsewhere, unless the page also ties it to something else (one sense per
 * discourse).
 */
function* genericBySupport(run: Run, sites: Site[]): Steps<void> {
  const { pack, text } = run;
  yield* pass(sites.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const site = sites[i]!;
      if (site.link || !site.generic || run.conflicted.has(keyOf(text, site.generic.match))) {
        continue;
      }
      const { match, aliases } = site.generic;
      const linked = aliases.filter((a) => run.support.has(pack.aliasEntity[a]!));
      if (distinctEntities(pack, linked) === 1)
        site.link = linkOf(pack, match, linked[0]!, 'generic-same-page');
    }
  });
}

/** Notes where each strong mention is, for the surnames that follow it (antecedents.ts). */
function* noteFullNames(run: Run, sites: Site[]): Steps<void> {
  yield* pass(sites.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const site = sites[i]!;
      if (site.link && site.link.rule.startsWith('strong'))
        run.names.addNamed(site.link.entity, site.match!.start);
    }
  });
}

/**
 * Finds place uses: a city standing for a country's government, used as a
 * place (`in Moscow`), names neither; once a page uses it as a place, its
 * other uses need the country itself named on the page.
 */
function* placeUses(run: Run, sites: Site[]): Steps<PlaceUses> {
  const places: PlaceUses = { sites: new Set(), keys: new Set() };
  yield* pass(sites.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const site = sites[i]!;
      if (site.weak && site.match && isPlaceUse(run.text, site.match.start, site.match.end)) {
        places.sites.add(site);
        places.keys.add(keyOf(run.text, site.match));
      }
    }
  });
  return places;
}

/**
 * The last pass: a weak alias links to a supported entity (itself, or a
 * related one), with all the support the page gives; a contested surname
 * follows its nearest full name.
 */
function* weakBySupport(run: Run, sites: Site[], places: PlaceUses): Steps<void> {
  // Each sole surname's uses on the page; none at all once the page writes it after another name
  // or a name's particle (`Jun Zhao`, `de la Maza` in a list of authors).
  const soleUses = new Map<string, number>();
  yield* pass(sites.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const { weak, match } = sites[i]!;
      if (weak?.length === 1 && match && run.pack.aliasFlags[weak[0]!]! & ALIAS_SOLE_SURNAME) {
        const k = keyOf(run.text, match);
        const name = run.pack.entityName(run.pack.aliasEntity[weak[0]!]!);
        const alone = !afterOtherName(run.text, match.start, name);
        const uses = soleUses.get(k) ?? 0;
        soleUses.set(k, alone && uses >= 0 ? uses + 1 : -1);
      }
    }
  });
  yield* pass(sites.length, (from, to) => {
    for (let i = from; i < to; i++) linkWeak(run, sites[i]!, places, soleUses);
  });
  yield* secondLook(run, sites);
}

/**
 * A second look at the names linked by a related entity's support: what the weak links
 * themselves name may support another entity of that name (`Army Gen. Mark Milley` on a page
 * naming Ukraine, and the United States only as `U.S.`: the Ukrainian Army or the US Army).
 * Unsure, so no link.
 */
function* secondLook(run: Run, sites: Site[]): Steps<void> {
  const { pack } = run;
  const named = new Set<number>();
  for (const site of sites) if (site.weak && site.link) named.add(site.link.entity);
  yield* pass(sites.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const site = sites[i]!;
      if (site.link?.rule !== 'weak-alias-related-entity') continue;
      const linked = site.link.entity;
      const rival = site.weak!.some((a) => {
        const entity = pack.aliasEntity[a]!;
        return entity !== linked && !run.support.has(entity) && relatedToAny(pack, entity, named);
      });
      if (rival) site.link = undefined;
    }
  });
}

/** Whether `entity` is one of `entities` or related to one of them. */
function relatedToAny(pack: LoadedPack, entity: number, entities: ReadonlySet<number>): boolean {
  if (entities.has(entity)) return true;
  for (let r = pack.relatedStart[entity]!; r < pack.relatedStart[entity + 1]!; r++)
    if (entities.has(pack.related[r]!)) return true;
  return false;
}

/** How often a page must write a sole surname (`ALIAS_SOLE_SURNAME`) to mean its person without a title. */
export const SOLE_SURNAME_USES = 3;

/** Links one weak site, if its support picks a single entity. */
function linkWeak(
  run: Run,
  site: Site,
  places: PlaceUses,
  soleUses: ReadonlyMap<string, number>,
): void {
  if (!site.weak || !site.match) return;
  const { pack, names } = run;
  // A country by another name (`Washington` for the United States): used as a place, it is the
  // place. A country by its own name (`in Georgia`, `in America`) is the country.
  const isCountry = (a: number): boolean => {
    const entity = pack.aliasEntity[a]!;
    return (
      pack.entityKind(entity) === 'country' &&
      pack.aliasText(a) !== pack.entityName(entity) &&
      !(pack.aliasFlags[a]! & ALIAS_COUNTRY_NAME)
    );
  };
  const m = site.match;
  const k = keyOf(run.text, m);
  const weak = site.weak.filter((a) => {
    if (places.sites.has(site) && isCountry(a)) return false;
    return !names.isContested(k) || names.favours(k, pack.aliasEntity[a]!, m.start);
  });
  const same = weak.filter((a) => supported(run, pack.aliasEntity[a]!) === 'same');
  const related = weak.filter(
    (a) =>
      supported(run, pack.aliasEntity[a]!) === 'related' && !(places.keys.has(k) && isCountry(a)),
  );
  if (distinctEntities(pack, same) === 1)
    site.link = linkOf(pack, m, same[0]!, 'weak-alias-same-entity');
  else if (same.length === 0 && distinctEntities(pack, related) === 1)
    site.link = linkOf(pack, m, related[0]!, 'weak-alias-related-entity');
  else if (same.length === 0 && related.length === 0) {
    const link = linkUnsupported(run, site, m, weak, isCountry, soleUses);
    if (link) site.link = link;
  }
}

/**
 * A weak site the page gives no support, linked by the words around it alone, if they pick one
 * entity: a place before its offices, a company acting, a body cited as a source, a sole surname.
 */
function linkUnsupported(
  run: Run,
  site: Site,
  m: Match,
  weak: number[],
  isCountry: (alias: number) => boolean,
  soleUses: ReadonlyMap<string, number>,
): Link | undefined {
  const { pack, names, text } = run;
  const kindOf = (a: number) => pack.entityKind(pack.aliasEntity[a]!);
  const all = site.weak!;
  // `The Times has`, `Central Bank Chief`: a description names whoever the page means.
  if (all.some((a) => pack.aliasFlags[a]! & ALIAS_DESCRIPTION)) return undefined;
  if (placeOfficeAfter(text, m.end)) {
    // `New York Gov.`, `a Virginia Republican`: the one place of that name with offices and voters
    // (never a country by another name: `Washington Republicans` may be the capital's).
    const places = weak.filter((a) => PLACE_KINDS.has(kindOf(a)));
    if (
      places.length === all.length &&
      !all.some(isCountry) &&
      distinctEntities(pack, places) === 1
    )
      return linkOf(pack, m, places[0]!, 'weak-alias-place-office');
  } else {
    // `Amazon said`, `Apple shares`: the one company of that name, acting; not `the Amazon`.
    const companies = weak.filter((a) => kindOf(a) === 'organization');
    if (
      companies.length === all.length &&
      distinctEntities(pack, companies) === 1 &&
      actsAsCompany(text, m.start, m.end)
    )
      return linkOf(pack, m, companies[0]!, 'weak-alias-company-verb');
  }
  // `according to Bloomberg`, `Bloomberg reported`: a body named as a source, not a person of
  // that name (Michael Bloomberg).
  if (citedAsSource(text, m.start, m.end)) {
    const bodies = weak.filter((a) => BODY_KINDS.has(kindOf(a)));
    if (
      distinctEntities(pack, bodies) === 1 &&
      weak.every((a) => bodies.includes(a) || kindOf(a) === 'person')
    )
      return linkOf(pack, m, bodies[0]!, 'weak-alias-cited-source');
  }
  // `Rowling` … `Rowling’s world` … `Rowling`, `Dr. Fauci`: a surname only one person in the
  // catalog has, written again and again on the page or after a title, after no other given name.
  const k = keyOf(text, m);
  const uses = soleUses.get(k) ?? 0;
  if (
    weak.length === 1 &&
    pack.aliasFlags[weak[0]!]! & ALIAS_SOLE_SURNAME &&
    !names.isContested(k) &&
    uses >= 0 &&
    (uses >= SOLE_SURNAME_USES || titleBefore(text, m.start))
  )
    return linkOf(pack, m, weak[0]!, 'weak-alias-sole-surname');
  return undefined;
}

/** Whether the page supports `entity`: linked itself (`same`), or an entity related to it. */
function supported(run: Run, entity: number): 'same' | 'related' | undefined {
  const { support } = run;
  if (support.has(entity)) return 'same';
  const { relatedStart, related } = run.pack;
  for (let r = relatedStart[entity]!; r < relatedStart[entity + 1]!; r++) {
    if (support.has(related[r]!)) return 'related';
  }
  return undefined;
}
