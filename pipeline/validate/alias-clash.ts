/**
 * An alias may name two entities only when a rule separates them: both claims
 * are generic (recurring names such as "Geneva talks") AND either the entities'
 * dates do not overlap, or both have cue words and share none.
 * Aliases are compared by the core matcher's own keys, so two spellings the
 * matcher cannot tell apart (`G20` / `g20`) are one alias.
 */
import { aliasKeys } from '../../core/tokens';
import { spansOverlap } from '../iso-date';
import type { Problem } from '../problems';
import type { LocatedEntry } from './catalog';

/** As buildMatcherPack: a multi-word alias also matches without its `al-` (`Bashar Assad`). */
const ARTICLE_PREFIX = /(^|\s)(?:al|el|Al|El)[-\u2010\u2011 ](?=\p{Lu})/u;

function variants(text: string): string[] {
  const bare = text.replace(ARTICLE_PREFIX, '$1');
  return bare !== text && /\s/.test(text.trim()) ? [text, bare] : [text];
}

interface Claim {
  entry: LocatedEntry;
  aliasIndex: number;
  /** The alias as written, or its automatic variant without `al-`. */
  text: string;
  generic: boolean;
}

function cueKeys(entry: LocatedEntry): Set<string> {
  return new Set((entry.entry.cues ?? []).map((c) => c.toLowerCase()));
}

/** True when a rule lets the entities of `a` and `b` share an alias. */
export function separated(a: Claim, b: Claim): boolean {
  if (!a.generic || !b.generic) return false;
  const da = a.entry.entry.dates;
  const db = b.entry.entry.dates;
  if ((da?.start || da?.end) && (db?.start || db?.end) && !spansOverlap(da, db)) return true;
  const ca = cueKeys(a.entry);
  const cb = cueKeys(b.entry);
  return ca.size > 0 && cb.size > 0 && ![...ca].some((c) => cb.has(c));
}

function where(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}`;
}

/**
 * Problems for aliases that cannot be compiled, for aliases claimed by two
 * entities with nothing to tell them apart, and for one entry's aliases that
 * differ only in case (the matcher keeps the first). Reported at the later one.
 */
export function checkAliasClashes(entries: readonly LocatedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const claims = new Map<string, Claim[]>();
  for (const entry of entries) {
    entry.entry.aliases.forEach((alias, aliasIndex) => {
      const keys = new Map<string, string>();
      for (const variant of variants(alias.text)) {
        try {
          keys.set(aliasKeys(variant).join(' '), variant);
        } catch (error) {
          const message = (error as Error).message;
          problems.push(entry.at(['aliases', aliasIndex, 'text'], message));
          return;
        }
      }
      for (const [key, text] of keys) {
        const list = claims.get(key) ?? [];
        const claim = { entry, aliasIndex, text, generic: alias.generic === true };
        const twin = list.find((c) => c.entry === entry && c.text !== text);
        if (twin) {
          const message =
            `alias "${alias.text}" is the same name as "${twin.text}" to the matcher, which folds case ` +
            '(a lowercase word matches any case): keep one';
          problems.push(entry.at(['aliases', aliasIndex, 'text'], message));
          break;
        }
        const other = list.find((c) => c.entry !== entry && !separated(c, claim));
        if (other) {
          const first = other.entry.at(['aliases', other.aliasIndex, 'text'], '');
          const message =
            `alias "${alias.text}" is also claimed by ${other.entry.entry.id} (${where(first)}) ` +
            'with no rule to separate them: make both generic with non-overlapping dates or with different cues';
          problems.push(entry.at(['aliases', aliasIndex, 'text'], message));
          break;
        }
        list.push(claim);
        claims.set(key, list);
      }
    });
  }
  return problems;
}
