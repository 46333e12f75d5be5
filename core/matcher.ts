/**
 * The matcher: every place in a text where an alias occurs as whole words,
 * leftmost-longest and non-overlapping, with the shorter aliases that end
 * inside it kept as fallbacks for the linker (`G20 summit` → `G20`).
 *
 * One pass over the text hashes each word while reading it; only a word that
 * starts some alias (one table probe) leads to a walk down the trie. So the
 * cost per character does not depend on how many aliases there are.
 */
import type { LoadedPack } from './matcher-pack';
import { charClass, CLS_CONNECTOR, CLS_WORD, foldChar, HASH_SEED, hashStep } from './normalize';
import { caseFits, inNonProse } from './match-checks';
import { joinedTokenStart, tokenEnd } from './tokens';
import { childOf, hashRange, lookupToken, type Trie } from './trie';

export interface Match {
  /** UTF-16 offsets of the matched text (without a trailing possessive). */
  start: number;
  end: number;
  /** Alias ids that end here and fit the text's capitalization. */
  aliases: number[];
  /** The next shorter match at the same start, if any. */
  shorter?: Match;
}

/** Finds every alias occurrence in `text`, in order. */
export function findMatches(pack: LoadedPack, text: string): Match[] {
  const trie = pack.trie;
  const rootChild = trie.rootChild;
  const out: Match[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (charClass(c) !== CLS_WORD) {
      i++;
      continue;
    }
    const start = i;
    let h = HASH_SEED;
    for (;;) {
      const f = foldChar(c);
      if (f !== 0) h = hashStep(h, f);
      if (++i >= n) break;
      c = text.charCodeAt(i);
      if (charClass(c) !== CLS_WORD) break;
    }
    const id = lookupToken(trie, h, text, start, i);
    if (id < 0) continue;
    const node = rootChild[id]!;
    if (node === 0) continue;
    const match = walk(pack, text, start, i, node);
    if (match) {
      out.push(match);
      i = match.end;
    }
  }
  return out;
}

/** Follows the trie from the first token; returns the longest fitting match. */
function walk(
  pack: LoadedPack,
  text: string,
  start: number,
  firstEnd: number,
  firstNode: number,
): Match | undefined {
  const trie: Trie = pack.trie;
  const ends: number[] = [];
  const nodes: number[] = [];
  let node = firstNode;
  let pos = firstEnd;
  for (;;) {
    if (trie.termStart[node]! < trie.termStart[node + 1]!) {
      ends.push(pos);
      nodes.push(node);
    }
    const next = joinedTokenStart(text, pos);
    if (next < 0) break;
    const nextEnd = tokenEnd(text, next);
    const id = lookupToken(trie, hashRange(text, next, nextEnd), text, next, nextEnd);
    if (id < 0) break;
    const child = childOf(trie, node, id);
    if (child === 0) break;
    node = child;
    pos = nextEnd;
  }
  let result: Match | undefined;
  // Shortest first, so each longer match points at the next shorter one.
  for (let k = 0; k < ends.length; k++) {
    const end = ends[k]!;
    if (inNonProse(text, start, end)) continue;
    const aliases: number[] = [];
    for (let a = trie.termStart[nodes[k]!]!; a < trie.termStart[nodes[k]! + 1]!; a++) {
      const alias = trie.termAlias[a]!;
      if (caseFits(pack.aliasText(alias), text, start, end)) aliases.push(alias);
    }
    if (aliases.length > 0)
      result = { start: withArticle(text, start), end, aliases, shorter: result };
  }
  return result;
}

/** Extends a match over a preceding `al-`/`el-` (`al-Assad` for alias `Assad`). */
function withArticle(text: string, start: number): number {
  if (start < 3 || charClass(text.charCodeAt(start - 1)) !== CLS_CONNECTOR) return start;
  const a = foldChar(text.charCodeAt(start - 3));
  const l = foldChar(text.charCodeAt(start - 2));
  if ((a !== 97 && a !== 101) || l !== 108) return start;
  if (start >= 4 && charClass(text.charCodeAt(start - 4)) === CLS_WORD) return start;
  return start - 3;
}
