/**
 * The linker: decides, for every match on a page, which entity it names, or
 * that it names none. It sees the whole page text, in phases:
 * 0. a match in a dateline (`WASHINGTON (AP) —`) names a place: none
 *    (dateline.ts);
 * 1. each match tries its aliases longest first: a strong alias of one entity
 *    links; a generic event name links if the words around it or the page's
 *    date fit (else a shorter alias is tried: `G20 summit` → `G20`); a weak
 *    alias inside a longer capitalized name is dropped (`Michelle Obama`);
 * 2. what linked so far is the page's *support*; a strong alias shared by
 *    several entities goes to the one with support;
 * 3. a generic name is the event the page names elsewhere (by a full name or
 *    a cue), unless the page also ties it to something else (one sense per
 *    discourse);
 * 4. weak aliases link to a supported entity (itself, or a related one); a
 *    country's weak alias used as a place (`in Moscow`) does not; a surname
 *    also seen after another given name (`Michelle Obama`) follows its
 *    nearest full name (antecedents.ts).
 */
import { genericFit } from './event-context';
import { LINK_RULE_CONFIDENCE, type LinkRule } from './link-rules';
import { ALIAS_ACRONYM, ALIAS_GENERIC, ALIAS_STRONG, type LoadedPack } from './matcher-pack';
import type { Match } from './matcher';
import { antecedents } from './antecedents';
import { inDateline } from './dateline';
import { isPlaceUse, isShouted, longerNameAround } from './name-context';
import { drain, inSteps, type Steps } from './steps';
import { pageWords } from './title-case';

export interface Link {
  match: Match;
  entity: number;
  alias: number;
  rule: LinkRule;
  confidence: number;
}

interface Site {
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

export interface LinkOptions {
  pageDate?: string;
}

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
  const starts = new Set<number>();
  const matches: Match[] = [];
  yield* inSteps(found.length, LINK_STEP_MATCHES, (from, to) => {
    for (let i = from; i < to; i++) {
      const m = found[i]!;
      starts.add(m.start);
      if (!inDateline(text, m.start, m.end)) matches.push(m);
    }
  });
  const startsMatch = (pos: number): boolean => starts.has(pos);
  const words = pageWords(text);
  const names = antecedents();
  const conflicted = new Set<string>();
  const key = (m: Match): string => text.slice(m.start, m.end).toLowerCase();
  const make = (match: Match, alias: number, rule: LinkRule, boost = 0): Link => ({
    match,
    alias,
    entity: pack.aliasEntity[alias]!,
    rule,
    confidence: Math.min(1, LINK_RULE_CONFIDENCE[rule] + boost),
  });

  const acronym = (a: number): boolean => (pack.aliasFlags[a]! & ALIAS_ACRONYM) !== 0;
  const siteFor = (first: Match): Site => {
    const site: Site = { match: first };
    for (let m: Match | undefined = first; m; m = m.shorter) {
      site.match = m;
      if (m.aliases.some(acronym) && isShouted(text, m.start, m.end)) {
        m = { ...m, aliases: m.aliases.filter((a) => !acronym(a)) };
        if (m.aliases.length === 0) continue;
      }
      const strong = m.aliases.filter(
        (a) => (pack.aliasFlags[a]! & (ALIAS_STRONG | ALIAS_GENERIC)) === ALIAS_STRONG,
      );
      if (strong.length > 0) {
        if (distinctEntities(pack, strong) === 1) site.link = make(m, strong[0]!, 'strong-alias');
        else site.ambiguous = strong;
        return site;
      }
      const generic = m.aliases.filter((a) => pack.aliasFlags[a]! & ALIAS_GENERIC);
      if (generic.length > 0) {
        const fits = generic.map((a) => {
          const context = pack.context[pack.aliasEntity[a]!];
          return { alias: a, fit: genericFit(text, m.start, m.end, context, options.pageDate) };
        });
        const best =
          fits.filter((f) => f.fit === 'adjacent-cue').length === 1
            ? fits.find((f) => f.fit === 'adjacent-cue')
            : fits.filter((f) => f.fit === 'nearby-cue').length === 1
              ? fits.find((f) => f.fit === 'nearby-cue')
              : fits.filter((f) => f.fit === 'date').length === 1
                ? fits.find((f) => f.fit === 'date')
                : undefined;
        if (best) {
          site.link =
            best.fit === 'date'
              ? make(m, best.alias, 'generic-page-date')
              : make(m, best.alias, 'generic-context-cue', best.fit === 'adjacent-cue' ? 0.15 : 0);
          return site;
        }
        if (fits.some((f) => f.fit === 'conflict')) conflicted.add(key(m));
        else site.generic = { match: m, aliases: generic };
        continue;
      }
      const around = longerNameAround(text, m.start, m.end, startsMatch, words);
      if (around === 'after-given-name') names.addContest(key(m), m.start);
      if (around) continue;
      site.weak = m.aliases;
      return site;
    }
    site.match = undefined;
    return site;
  };
  const sites: Site[] = [];
  const support = new Set<number>();
  yield* inSteps(matches.length, LINK_STEP_MATCHES, (from, to) => {
    for (let i = from; i < to; i++) {
      const site = siteFor(matches[i]!);
      sites.push(site);
      if (site.link) support.add(site.link.entity);
    }
  });
  /** A pass over the sites, in steps. */
  const pass = (run: (from: number, to: number) => void) =>
    inSteps(sites.length, LINK_STEP_MATCHES, run);

  const supported = (entity: number): 'same' | 'related' | undefined => {
    if (support.has(entity)) return 'same';
    const { relatedStart, related } = pack;
    for (let r = relatedStart[entity]!; r < relatedStart[entity + 1]!; r++) {
      if (support.has(related[r]!)) return 'related';
    }
    return undefined;
  };

  const disambiguated: Link[] = [];
  yield* pass((from, to) => {
    for (let i = from; i < to; i++) {
      const site = sites[i]!;
      if (!site.ambiguous || !site.match) continue;
      const backed = site.ambiguous.filter((a) => supported(pack.aliasEntity[a]!));
      if (distinctEntities(pack, backed) === 1) {
        site.link = make(site.match, backed[0]!, 'strong-alias-disambiguated');
        disambiguated.push(site.link);
      }
    }
  });
  for (const link of disambiguated) support.add(link.entity);

  yield* pass((from, to) => {
    for (let i = from; i < to; i++) {
      const site = sites[i]!;
      if (site.link || !site.generic || conflicted.has(key(site.generic.match))) continue;
      const { match, aliases } = site.generic;
      const linked = aliases.filter((a) => support.has(pack.aliasEntity[a]!));
      if (distinctEntities(pack, linked) === 1)
        site.link = make(match, linked[0]!, 'generic-same-page');
    }
  });

  yield* pass((from, to) => {
    for (let i = from; i < to; i++) {
      const site = sites[i]!;
      if (site.link && site.link.rule.startsWith('strong'))
        names.addNamed(site.link.entity, site.match!.start);
    }
  });
  // A city standing for a country's government, used as a place (`in Moscow`),
  // names neither; once a page uses it as a place, its other uses need the
  // country itself named on the page.
  const placeUse = new Set<Site>();
  const placeKeys = new Set<string>();
  yield* pass((from, to) => {
    for (let i = from; i < to; i++) {
      const site = sites[i]!;
      if (site.weak && site.match && isPlaceUse(text, site.match.start, site.match.end)) {
        placeUse.add(site);
        placeKeys.add(key(site.match));
      }
    }
  });
  const isCountry = (a: number): boolean => pack.entityKind(pack.aliasEntity[a]!) === 'country';
  // The last pass: weak aliases, with all the support the page gives.
  const linkWeak = (site: Site): void => {
    if (!site.weak || !site.match) return;
    const m = site.match;
    const k = key(m);
    const weak = site.weak.filter((a) => {
      if (placeUse.has(site) && isCountry(a)) return false;
      return !names.isContested(k) || names.favours(k, pack.aliasEntity[a]!, m.start);
    });
    const same = weak.filter((a) => supported(pack.aliasEntity[a]!) === 'same');
    const related = weak.filter(
      (a) => supported(pack.aliasEntity[a]!) === 'related' && !(placeKeys.has(k) && isCountry(a)),
    );
    if (distinctEntities(pack, same) === 1) site.link = make(m, same[0]!, 'weak-alias-same-entity');
    else if (same.length === 0 && distinctEntities(pack, related) === 1) {
      site.link = make(m, related[0]!, 'weak-alias-related-entity');
    }
  };
  yield* pass((from, to) => {
    for (let i = from; i < to; i++) linkWeak(sites[i]!);
  });
  return sites.flatMap((site) => (site.link ? [site.link] : []));
}

/** 0, 1, or 2 for "several": how many entities the aliases name. */
function distinctEntities(pack: LoadedPack, aliases: number[]): number {
  if (aliases.length === 0) return 0;
  const first = pack.aliasEntity[aliases[0]!];
  for (let i = 1; i < aliases.length; i++) if (pack.aliasEntity[aliases[i]!] !== first) return 2;
  return 1;
}
