/**
 * Other titles of one body that the same-thing keys cannot see: its acronym (`NATO`, `North
 * Atlantic Treaty Organization`), its name after a country's or a descriptor's word (`UK Home
 * Office`, `Opposition Bangladesh Nationalist Party`), and one word in the plural (`Islamic Court
 * Union`, `Islamic Courts Union`). Keys are `sameThingKey`s with the `a:` prefix that
 * `mergeSameThings` gives actors.
 */
import type { EntityKind } from '../../core/pack';
import { pushTo } from './push-to';

/** What the joins need of a group of candidates: its kind, its title and how well attested it is. */
export interface TitleGroup {
  readonly kind: EntityKind;
  readonly title: string;
  readonly weight: number;
  /** Whether every title of the group was mined from the archive (no link vouches for it). */
  readonly mined: boolean;
}

/** Bodies only: people, places and countries have other ways of being named twice. */
const BODY: ReadonlySet<EntityKind> = new Set(['organization', 'group']);

/** Small words an acronym skips (`Movement for Democratic Change`, MDC). */
const SKIPPED = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'de', 'la', 'des', 'du']);

/** The initials of a title's words, or undefined for one word: `North Atlantic Treaty Organization` → `NATO`. */
export function initialsOf(title: string): string | undefined {
  const words = title
    .replace(/\s*\([^)]*\)$/, '')
    .split(/[\s\u2013-]+/)
    .filter((w) => w && !SKIPPED.has(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  return words.map((w) => w[0]!).join('');
}

/** A place's or people's ending on a word (`Balochistan`, `Lankan`). */
const PLACE_ENDINGS = ['istan', 'stan', 'ian', 'an', 'n', 'i', 'ese'];

/** The last word of a generic body's name: `Interior Ministry` names one in every country. */
const GENERIC =
  /^(?:army|navy|military|police|government|parliament|senate|congress|assembly|court|council|commission|committee|ministry|cabinet|agency|bank|guard|forces?|opposition|rebels?|militants?|militia|authorities|party|service)$/;

/**
 * Words before a body's name that say whose it is or what it is, not which one: a country
 * (`UK`, `US`, as `sameThingKey` writes them), the United Nations, `opposition`. Demonyms come from
 * the caller (the reference lists).
 */
const OWNER_WORDS = new Set(['us', 'uk', 'un', 'british', 'opposition', 'american']);
/** Owners the news leaves out of a body's name (`the Environmental Protection Agency`, the US one). */
const ABBREVIATED_OWNERS = new Set(['us', 'uk', 'un']);

/**
 * Pairs [from, into] of actor keys that name one body. `prefixes` are lowercase words that say
 * whose a body is (countries' names and demonyms). At least one of the two titles is linked (two
 * mined names vouch for nothing, but for a body's owned name); a mined title goes into the linked one, else the lighter into
 * the heavier.
 */
export function otherTitles(
  groups: ReadonlyMap<string, TitleGroup>,
  prefixes: ReadonlySet<string>,
): [string, string][] {
  const pairs: [string, string][] = [];
  const body = (key: string) => {
    const g = groups.get(key);
    return g && key.startsWith('a:') && BODY.has(g.kind) ? g : undefined;
  };
  const bodies = [...groups].filter(([k]) => body(k));
  // A title joins every other title of its body (`EPA`, `Environmental Protection Agency`, `United
  // States Environmental Protection Agency`): each join takes one whole set into another, named by
  // the set's first title.
  const root = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (root.has(r)) r = root.get(r)!;
    return r;
  };
  const join = (a: string, b: string, bothMined = false) => {
    const [ga, gb] = [groups.get(a)!, groups.get(b)!];
    if (a === b || (ga.mined && gb.mined && !bothMined)) return;
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    const [sa, sb] = [groups.get(ra)!, groups.get(rb)!];
    const aInto = sa.mined !== sb.mined ? sb.mined : sa.weight >= sb.weight;
    const [from, into] = aInto ? [rb, ra] : [ra, rb];
    root.set(from, into);
    pairs.push([from, into]);
  };

  // An acronym and the one body whose initials it is (two bodies with those initials: neither).
  const byInitials = new Map<string, string[]>();
  for (const [key, g] of bodies) {
    const initials = initialsOf(g.title);
    if (initials && initials.length >= 3) pushTo(byInitials, initials, key);
  }
  for (const [key, g] of bodies) {
    if (!/^\p{Lu}{3,6}$/u.test(g.title)) continue;
    const long = byInitials.get(g.title);
    if (long?.length === 1) join(key, long[0]!);
  }

  // A body's name after whose it is (`UK Home Office`, `United Nations Human Rights Council`),
  // when the bare name is linked and no other owner writes it (`Supreme Court` has many: it stays
  // apart), nor is it a generic two-word name (`Interior Ministry`, `High Court`).
  const owned = new Map<string, string[]>();
  for (const [key] of bodies) {
    const words = key.slice(2).split(' ');
    // The bare name keeps two words: `U.S. News` is not `The News`.
    for (let n = 1; n <= 2 && n < words.length - 1; n++) {
      const owner = words.slice(0, n).join(' ');
      if (OWNER_WORDS.has(owner) || prefixes.has(owner))
        pushTo(owned, `a:${words.slice(n).join(' ')}`, key);
    }
  }
  for (const [bare, keys] of owned) {
    const g = body(bare);
    const words = bare.slice(2).split(' ');
    if (!g || keys.length !== 1) continue;
    if (words.length === 2 && GENERIC.test(words[1]!)) continue;
    const ownedBy = groups.get(keys[0]!)!;
    const abbreviated = ABBREVIATED_OWNERS.has(keys[0]!.slice(2).split(' ')[0]!);
    if (g.mined) {
      // A mined bare name is a linked title's only when its owner is one the news leaves out
      // (`Environmental Protection Agency`, `Marine Corps` for the United States'; not `National
      // Intelligence Service` for Iraq's: South Korea has one too). Two mined names: a bare name of
      // three words or more (`U.S. National Security Agency`), or a US, UK or UN body's.
      if (!ownedBy.mined && !abbreviated) continue;
      if (ownedBy.mined && !(words.length >= 3 || abbreviated)) continue;
    }
    join(keys[0]!, bare, true);
  }

  // A body's title with `Royal` before whose it is (`Royal Jordanian Air Force`, `Royal Australian
  // Navy`) and the title without it.
  for (const [key] of bodies) {
    const words = key.slice(2).split(' ');
    if (words[0] !== 'royal' || words.length < 3 || !prefixes.has(words[1]!)) continue;
    const plain = `a:${words.slice(1).join(' ')}`;
    if (body(plain)) join(key, plain);
  }

  // One word as a people's or a place's (`Baloch Liberation Army`, `Balochistan Liberation Army`;
  // `Sri Lanka Army`, `Sri Lankan Army`): the word of five letters or more and the same with a
  // place's or people's ending, no country's name or adjective (`Niger`, `Nigerian`; the same-thing
  // key has those), the other words the same, and no other body of that name.
  const byStem = new Map<string, string[]>();
  for (const [key] of bodies) {
    const words = key.slice(2).split(' ');
    if (words.length < 2) continue;
    for (const [i, w] of words.entries()) {
      for (const ending of PLACE_ENDINGS) {
        const stem = w.slice(0, -ending.length);
        if (!w.endsWith(ending) || stem.length < 5 || prefixes.has(w) || prefixes.has(stem))
          continue;
        pushTo(byStem, `a:${[...words.slice(0, i), stem, ...words.slice(i + 1)].join(' ')}`, key);
      }
    }
  }
  for (const [stem, keys] of byStem) {
    if (body(stem) && keys.length === 1) join(stem, keys[0]!);
  }

  // A body in one era of its own (`Twitter under Elon Musk`) is the body.
  for (const [key] of bodies) {
    const at = key.indexOf(' under ');
    const bare = at > 0 ? `${key.slice(0, at)}` : undefined;
    if (bare && body(bare)) join(key, bare);
  }

  // One word in the plural (`Islamic Courts Union`), of five letters or more.
  const bySingular = new Map<string, string[]>();
  for (const [key] of bodies) {
    const words = key.slice(2).split(' ');
    if (words.length < 2) continue;
    for (const [i, w] of words.entries()) {
      if (w.length < 5 || !w.endsWith('s') || w.endsWith('ss')) continue;
      pushTo(
        bySingular,
        `a:${[...words.slice(0, i), w.slice(0, -1), ...words.slice(i + 1)].join(' ')}`,
        key,
      );
    }
  }
  for (const [singular, keys] of bySingular) {
    if (body(singular) && keys.length === 1) join(singular, keys[0]!);
  }
  return pairs;
}
