/**
 * Acronyms the corpus defines for a name that its links seldom write: a brief's
 * `International Monetary Fund (IMF)`, and an outlet the briefs cite by its initials (`(NYT)`)
 * as well as by its name (`(The New York Times)`). The links give `NATO` and `UN` (aliases.ts);
 * these give `IMF`, `SEC`, `NSA`, `NYT`, `WSJ`, which pages write far more often than the name.
 */
import type { Brief } from '../../core/brief';
import { initialsOf } from './other-titles';

/** How often the corpus must define an acronym for one name before it names it. */
export const MIN_ACRONYM_DEFINITIONS = 2;
/**
 * Briefs that write a defined acronym of three letters alone before it is a name (`GCC`, 4, is
 * not: three letters are many things'). Longer ones (`AIPAC`, `ECHR`) are seldom anything else.
 */
export const MIN_ACRONYM_USES = 5;
/** Citations by its initials an outlet needs (and one by its name) before the two are one outlet. */
export const MIN_OUTLET_CITATIONS = 3;

/** Words before a body's name that say whose it is: `Securities and Exchange Commission` is `U.S. Securities and Exchange Commission`. */
const OWNER_PREFIX = /^(?:U\.S\.|US|United States|UK|U\.K\.|United Kingdom|British|American) /;
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** `(IMF)` in a brief's text, and the words before it. */
const DEFINITION = /\((\p{Lu}{2,6})\)/gu;
/** How many words before `(ACR)` can be the name it stands for. */
const MAX_NAME_WORDS = 8;

const withoutThe = (name: string): string => name.replace(/^The /, '');

export interface NamedTitle {
  /** The entity's name (its title without the disambiguator). */
  name: string;
  title: string;
}

/**
 * Title → the acronyms the corpus defines for it at least MIN_ACRONYM_DEFINITIONS times (and,
 * of three letters, writes alone MIN_ACRONYM_USES times), or cites it by at least MIN_OUTLET_CITATIONS times
 * (and by its name too). Only names of `titles` count, and only
 * acronyms that are the initials of the name as written (small words skipped).
 */
export function definedAcronyms(
  briefs: readonly Brief[],
  titles: readonly NamedTitle[],
  /** Whether `title` may have `acronym` (no other title's links use it). */
  mayHave: (acronym: string, title: string) => boolean = () => true,
): Map<string, string[]> {
  // One name → one title; a name two titles share (after its owner's word) names neither.
  const byName = new Map<string, string | null>();
  const claim = (name: string, title: string) =>
    byName.set(name, byName.has(name) && byName.get(name) !== title ? null : title);
  for (const { name, title } of titles) {
    claim(withoutThe(name), title);
    const bare = name.replace(OWNER_PREFIX, '');
    if (bare !== name) claim(bare, title);
  }
  const defined = new Map<string, Map<string, number>>();
  const count = (title: string, acronym: string) => {
    const row = defined.get(title) ?? new Map<string, number>();
    defined.set(title, row.set(acronym, (row.get(acronym) ?? 0) + 1));
  };
  const cited = new Map<string, number>();
  for (const b of briefs) {
    for (const o of b.outlets) cited.set(o.name, (cited.get(o.name) ?? 0) + 1);
    if (!b.text.includes('(')) continue;
    for (const m of b.text.matchAll(DEFINITION)) {
      const title = nameBefore(b.text.slice(Math.max(0, m.index - 120), m.index), m[1]!, byName);
      if (title) count(title, m[1]!);
    }
  }
  const out = new Map<string, string[]>();
  const give = (title: string, acronym: string) => {
    if (!mayHave(acronym, title)) return;
    const known = out.get(title) ?? [];
    if (!known.includes(acronym)) out.set(title, [...known, acronym]);
  };
  // Defined in the text, and then written alone: the news's name for it, not a one-off.
  const candidates = [...defined].flatMap(([title, row]) =>
    [...row].filter(([, n]) => n >= MIN_ACRONYM_DEFINITIONS).map(([a]) => [title, a] as const),
  );
  const uses = usesAlone(
    briefs,
    candidates.map(([, a]) => a),
  );
  for (const [title, acronym] of candidates)
    if (acronym.length > 3 || (uses.get(acronym) ?? 0) >= MIN_ACRONYM_USES) give(title, acronym);
  // Outlets: `(NYT)` and `(The New York Times)` in the citations, and `New York Times` a title.
  const outletTitles = new Map<string, string | null>();
  for (const outlet of cited.keys()) {
    const title = byName.get(withoutThe(outlet));
    if (!title) continue;
    const initials = initialsOf(withoutThe(outlet));
    if (!initials) continue;
    outletTitles.set(
      initials,
      outletTitles.has(initials) && outletTitles.get(initials) !== title ? null : title,
    );
  }
  for (const [outlet, n] of cited) {
    const title = outletTitles.get(outlet);
    if (title && ACRONYM.test(outlet) && n >= MIN_OUTLET_CITATIONS) give(title, outlet);
  }
  return out;
}

/** How often the briefs write each acronym alone: not in `(…)`, not inside a longer word. */
function usesAlone(briefs: readonly Brief[], acronyms: readonly string[]): Map<string, number> {
  const uses = new Map<string, number>();
  if (acronyms.length === 0) return uses;
  const alone = new RegExp(
    `(?<![\\p{L}\\p{N}(])(?:${[...new Set(acronyms)].join('|')})(?![\\p{L}\\p{N})])`,
    'gu',
  );
  for (const b of briefs)
    for (const m of b.text.matchAll(alone)) uses.set(m[0], (uses.get(m[0]) ?? 0) + 1);
  return uses;
}

/** The title whose name, as written right before `(acronym)`, has it for initials. */
function nameBefore(
  before: string,
  acronym: string,
  byName: ReadonlyMap<string, string | null>,
): string | undefined {
  const words = before.trimEnd().split(/\s+/);
  for (let k = 1; k <= Math.min(MAX_NAME_WORDS, words.length); k++) {
    const name = withoutThe(words.slice(-k).join(' '));
    if (initialsOf(name) !== acronym) continue;
    const title = byName.get(name);
    if (title) return title;
  }
  return undefined;
}
