/**
 * The alias list of a built matcher pack, as mark.js is given it (one regex
 * alternation, or an array), and the check that both sides found the same
 * matches before their times are compared.
 */
import { decodeBytes } from '../../core/base64';
import { ALIAS_GENERIC, ALIAS_STRONG, type MatcherPack } from '../../core/matcher-pack';

export interface PackAlias {
  text: string;
  strong: boolean;
  generic: boolean;
}

/** Every alias of a matcher pack with its strength. */
export function packAliases(pack: Pick<MatcherPack, 'aliasTexts' | 'aliasFlags'>): PackAlias[] {
  const flags = decodeBytes(pack.aliasFlags);
  return pack.aliasTexts.split('\n').map((text, i) => ({
    text,
    strong: (flags[i]! & ALIAS_STRONG) !== 0,
    generic: (flags[i]! & ALIAS_GENERIC) !== 0,
  }));
}

/**
 * One regex for all `aliases`: whole words (`\b`), case as written, longest
 * alternative first so that a longer name wins where two start together.
 */
export function alternation(aliases: readonly string[]): { source: string; flags: string } {
  const escaped = [...new Set(aliases)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { source: `\\b(?:${escaped.join('|')})\\b`, flags: 'g' };
}

export interface MatchComparison {
  /** Same texts in the same (document) order. */
  same: boolean;
  ours: number;
  theirs: number;
  /** Texts only one side found (multiset difference), at most `limit` each. */
  onlyOurs: string[];
  onlyTheirs: string[];
}

/** Compares two lists of matched texts in document order. */
export function compareMatches(
  ours: readonly string[],
  theirs: readonly string[],
  limit = 10,
): MatchComparison {
  const counts = new Map<string, number>();
  for (const t of ours) counts.set(t, (counts.get(t) ?? 0) + 1);
  const onlyTheirs: string[] = [];
  for (const t of theirs) {
    const n = counts.get(t) ?? 0;
    if (n > 0) counts.set(t, n - 1);
    else onlyTheirs.push(t);
  }
  const onlyOurs = [...counts].flatMap(([t, n]) => Array<string>(n).fill(t));
  const same = ours.length === theirs.length && ours.every((t, i) => t === theirs[i]);
  return {
    same,
    ours: ours.length,
    theirs: theirs.length,
    onlyOurs: onlyOurs.slice(0, limit),
    onlyTheirs: onlyTheirs.slice(0, limit),
  };
}
