/**
 * Renamed titles whose words differ, joined on name evidence the corpus holds, never on time and
 * co-mentions alone:
 *
 * - derived titles: when Wikipedia renames an article, the articles named after it are renamed
 *   too (`Israel–Hamas war hostage crisis` → `Gaza war hostage crisis`, `Humanitarian aid during
 *   the Israel–Hamas war` → `… during the Gaza war`). Two event titles that fill the same slot of
 *   three or more other titles, each slot filled by these two only, are one event's old and new
 *   title when the old one's briefs stop as the new one's go on.
 * - a brief's own word: `X (formerly Twitter)`, `Xe Services LLC (formerly Blackwater)`.
 *
 * Keys are `sameThingKey`s with the `e:`/`a:` prefix `mergeSameThings` gives its groups.
 */
import { isEventKind, type EntityKind } from '../../core/pack';
import { pushTo } from './push-to';

/** What the joins need of a group: its kind, its titles' keys, its briefs' first and last dates. */
export interface RenameGroup {
  readonly kind: EntityKind;
  /** Whether every title of the group was mined from the archive (no link vouches for it). */
  readonly mined: boolean;
  /** Its first and last brief dates (`YYYY-MM-DD`). */
  readonly first: string;
  readonly last: string;
  /** Keys (`sameThingKey`, no prefix) of the names the group goes by: titles and common anchors. */
  readonly names: readonly string[];
}

/** Other titles a pair of event titles must both fill, in the same place. */
export const MIN_SHARED_SLOTS = 3;
/** Days the old title's last brief may come before the new title's first. */
const RENAME_GAP_DAYS = 180;

/** Words no slot is told by: `2022 {}` names no article of its own. */
const SLOT_FILLER = /^(?:\d+|the|of|in|on|at|to|and|a|an|for|during|by|with|against|over|from)$/;

const days = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/**
 * Whether `old` hands over to `renamed`: it starts first, stops first, and the new title's first
 * brief comes before, or within `RENAME_GAP_DAYS` after, the old one's last.
 */
function handsOver(old: RenameGroup, renamed: RenameGroup): boolean {
  return (
    old.first < renamed.first &&
    old.last < renamed.last &&
    days(renamed.first) - days(old.last) <= RENAME_GAP_DAYS
  );
}

/** The title keys of every other title of the corpus with the group's name in it, as slots (`{} hostage crisis`). */
function slotsOf(titleKeys: Iterable<string>, byName: ReadonlyMap<string, string>) {
  const fillers = new Map<string, Set<string>>();
  for (const t of titleKeys) {
    const words = t.split(' ');
    for (let i = 0; i < words.length; i++)
      for (let j = i + 1; j <= Math.min(words.length, i + 10); j++) {
        if (i === 0 && j === words.length) continue;
        const group = byName.get(words.slice(i, j).join(' '));
        if (!group) continue;
        const rest = [...words.slice(0, i), ...words.slice(j)];
        if (rest.every((w) => SLOT_FILLER.test(w))) continue;
        const slot = [...words.slice(0, i), '{}', ...words.slice(j)].join(' ');
        let set = fillers.get(slot);
        if (!set) fillers.set(slot, (set = new Set()));
        set.add(group);
      }
  }
  return fillers;
}

/**
 * Pairs [old, renamed] of event groups whose titles fill the same slot of `MIN_SHARED_SLOTS` other
 * titles of the corpus (`titleKeys`, every link target and heading as `sameThingKey`s), each slot
 * filled by these two groups only, and whose briefs hand over. Not a series (`2024 Summer
 * Olympics` and `2028 …` share `United States at the {}`, but `recurring` leaves them out), not two
 * countries (`Crime in the {}`: no events), not two events of one time (`2026 Iran war` and the
 * `Gaza war` go on together).
 */
export function derivedTitleRenames(
  groups: ReadonlyMap<string, RenameGroup>,
  titleKeys: Iterable<string>,
  recurring: (key: string) => boolean,
): [old: string, renamed: string][] {
  const byName = new Map<string, string>();
  const clash = new Set<string>();
  for (const [key, g] of groups) {
    if (!key.startsWith('e:') || !isEventKind(g.kind) || g.mined || recurring(key)) continue;
    for (const name of new Set([key.slice(2), ...g.names])) {
      // A name of two words or more that one group goes by.
      if (!name.includes(' ')) continue;
      if (byName.has(name) && byName.get(name) !== key) clash.add(name);
      byName.set(name, key);
    }
  }
  for (const name of clash) byName.delete(name);
  const shared = new Map<string, number>();
  for (const set of slotsOf(titleKeys, byName).values()) {
    if (set.size !== 2) continue;
    const [a, b] = [...set].sort() as [string, string];
    const pair = `${a}\n${b}`;
    shared.set(pair, (shared.get(pair) ?? 0) + 1);
  }
  const pairs: [string, string][] = [];
  for (const [pair, n] of shared) {
    if (n < MIN_SHARED_SLOTS) continue;
    const [a, b] = pair.split('\n') as [string, string];
    const [ga, gb] = [groups.get(a)!, groups.get(b)!];
    if (handsOver(ga, gb)) pairs.push([a, b]);
    else if (handsOver(gb, ga)) pairs.push([b, a]);
  }
  return pairs;
}

/**
 * `New (formerly Old)`, `New, formerly Old,`: a brief that says a thing's old name. The new name is
 * the capitalized words before (the caller tries each tail of them), the old one the words after.
 */
const FORMERLY =
  /((?:\p{Lu}[\p{L}\p{N}.'’&-]*\s+(?:(?:of|and|for)\s+(?:the\s+)?)?){0,6}\p{Lu}[\p{L}\p{N}.'’&-]*)\s*(?:\(|,\s*)(?:formerly|previously)(?:\s+(?:known as|called|named))?\s+(?:the\s+)?(\p{Lu}[^(),;]{0,60}?)\s*[),;]/gu;

/** Pairs [new name, old name] a brief's text gives (`['X', 'Twitter']`). */
export function formerNames(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of text.matchAll(FORMERLY)) out.push([m[1]!, m[2]!]);
  return out;
}

/**
 * Pairs [old, renamed] of groups of one kind (bodies as one) that a brief names `New (formerly
 * Old)`: the old name is one group's own name, a tail of the words before is another's, and the
 * old name's briefs start first. `keyOf` is `sameThingKey`.
 */
export function formerNameRenames(
  groups: ReadonlyMap<string, RenameGroup>,
  said: Iterable<readonly [string, string]>,
  keyOf: (title: string) => string,
): [old: string, renamed: string][] {
  const byName = new Map<string, string[]>();
  for (const [key, g] of groups)
    for (const name of new Set([key.slice(2), ...g.names])) pushTo(byName, name, key);
  // The one group of that name, besides `but` (the old title's links may write the new name: the
  // links write `X` for Twitter too).
  const one = (name: string, but?: string) => {
    const keys = byName.get(keyOf(name))?.filter((k) => k !== but);
    return keys?.length === 1 ? keys[0] : undefined;
  };
  const family = (k: EntityKind) =>
    isEventKind(k) ? 'event' : k === 'organization' || k === 'group' ? 'body' : k;
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  for (const [written, oldName] of said) {
    const old = one(oldName);
    if (!old) continue;
    const words = written.split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      const renamed = one(words.slice(i).join(' '), old);
      if (!renamed) continue;
      const [go, gr] = [groups.get(old)!, groups.get(renamed)!];
      const pair = `${old}\n${renamed}`;
      if (
        renamed !== old &&
        !seen.has(pair) &&
        family(go.kind) === family(gr.kind) &&
        !(go.mined && gr.mined) &&
        go.first < gr.first
      ) {
        seen.add(pair);
        pairs.push([old, renamed]);
      }
      break;
    }
  }
  return pairs;
}

/** `Long Name (ACRONYM)`, `Long Name (Word)`: an acronym or short name a brief gives the name before it. */
const DEFINED =
  /((?:\p{Lu}[\p{L}\p{N}.'’&-]*\s+(?:(?:of|and|for|de|del|la)\s+(?:the\s+)?)?){1,8}\p{Lu}[\p{L}\p{N}.'’&-]*)\s*\((\p{Lu}{2,6}|\p{Lu}\p{Ll}{3,})\)/gu;

/** Pairs [name, acronym] a brief's text defines (`['… Revolutionary Armed Forces of Colombia', 'FARC']`). */
export function parenthesizedNames(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of text.matchAll(DEFINED)) out.push([m[1]!, m[2]!]);
  return out;
}

/**
 * Pairs [acronym's group, name's group] of bodies: a body titled by an acronym that is not its
 * name's initials (`FARC`, the Spanish name's), which a brief defines for another body's name
 * (`Revolutionary Armed Forces of Colombia (FARC)`); or a party titled by a word and `Party` that a
 * brief gives another body's name (`Hungarian Civic Union (Fidesz)`, `Fidesz Party`). Not an acronym some group goes by that is
 * titled otherwise (`ICC` defined for the International Cricket Council is not the International
 * Criminal Court's).
 */
export function definedAcronymJoins(
  groups: ReadonlyMap<string, RenameGroup>,
  defined: Iterable<readonly [string, string]>,
  keyOf: (title: string) => string,
): [acronym: string, name: string][] {
  const body = (g: RenameGroup | undefined) =>
    g !== undefined && (g.kind === 'organization' || g.kind === 'group');
  const byName = new Map<string, string[]>();
  for (const [key, g] of groups)
    if (key.startsWith('a:') && body(g))
      for (const name of new Set([key.slice(2), ...g.names])) pushTo(byName, name, key);
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  for (const [written, acronym] of defined) {
    // A party's one-word name is its title less `Party` (`Hungarian Civic Union (Fidesz)`,
    // `Fidesz Party`, two names the archive repeats: the brief vouches for both); any other word
    // may be another body (`Alphabet Inc. (Google)`).
    const word = !/^\p{Lu}+$/u.test(acronym);
    const short = `a:${keyOf(acronym)}${word ? ' party' : ''}`;
    const g = groups.get(short);
    if (!body(g)) continue;
    const words = written.split(/\s+/);
    for (let i = 0; i < words.length - 1; i++) {
      const keys = byName.get(keyOf(words.slice(i).join(' ')));
      if (!keys) continue;
      const long = keys.length === 1 ? keys[0]! : undefined;
      const pair = `${short}\n${long}`;
      if (
        long &&
        long !== short &&
        !seen.has(pair) &&
        (word || !(g!.mined && groups.get(long)!.mined))
      ) {
        seen.add(pair);
        pairs.push([short, long]);
      }
      break;
    }
  }
  return pairs;
}
