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
import {
  charClass,
  CLS_CONNECTOR,
  CLS_WORD,
  foldChar,
  HASH_SEED,
  KEY_NONE,
  KEY_SKIP,
  KEY_TABLE,
  KEY_UNKNOWN,
  wordKey,
} from './normalize';
import { caseFits, caseForms, inNonProse } from './match-checks';
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

/** The next index at or after `from` where `pattern` matches, or `n`. */
function nextHit(pattern: RegExp, text: string, from: number, n: number): number {
  pattern.lastIndex = from;
  const hit = pattern.exec(text);
  return hit ? hit.index : n;
}

/** Finds every alias occurrence in `text`, in order. */
export function findMatches(pack: LoadedPack, text: string): Match[] {
  const trie = pack.trie;
  const rootCount = trie.rootCount;
  const filter = trie.rootFilter;
  const filterShift = 32 - Math.log2(filter.length * 32);
  const keys = KEY_TABLE;
  const upper = pack.startPattern;
  const lower = pack.lowerPattern;
  const out: Match[] = [];
  const n = text.length;
  let nextUpper = -1;
  let nextLower = lower ? -1 : n;
  let pos = 0;
  for (;;) {
    // Jump to the next possible start: a capital (one-character pattern,
    // so `test` is enough) or the first word of a lowercase alias.
    if (nextUpper < pos) {
      upper.lastIndex = pos;
      nextUpper = upper.test(text) ? upper.lastIndex - 1 : n;
    }
    if (lower && nextLower < pos) nextLower = nextHit(lower, text, pos, n);
    const start = nextUpper < nextLower ? nextUpper : nextLower;
    if (start >= n) break;
    pos = start + 1;
    if (start > 0) {
      const prev = text.charCodeAt(start - 1);
      let k = keys[prev]!;
      if (k === KEY_UNKNOWN) k = wordKey(prev);
      if (k !== KEY_NONE) continue; // inside a word
    }
    let i = start;
    let c = text.charCodeAt(i);
    let k = keys[c]!;
    if (k === KEY_UNKNOWN) k = wordKey(c);
    if (k === KEY_NONE) continue;
    let h = HASH_SEED;
    for (;;) {
      if (k !== KEY_SKIP) h = Math.imul(h ^ k, 16777619);
      if (++i >= n) break;
      c = text.charCodeAt(i);
      k = keys[c]!;
      if (k === KEY_UNKNOWN) k = wordKey(c);
      if (k === KEY_NONE) break;
    }
    pos = i;
    const bit = Math.imul(h, 0x9e3779b1) >>> filterShift; // rootFilterBit, inlined
    if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
    const id = lookupToken(trie, h, text, start, i);
    if (id < 0 || id >= rootCount) continue;
    const match = walk(pack, text, start, i, id + 1);
    if (match) {
      out.push(match);
      pos = match.end;
    }
  }
  return out;
}

/** Scratch for `walk`: the end and node of each terminal passed (longest alias: 64 tokens). */
const MAX_DEPTH = 64;
const terminalEnds = new Int32Array(MAX_DEPTH);
const terminalNodes = new Int32Array(MAX_DEPTH);
function formsOf(pack: LoadedPack, alias: number): string[] {
  let forms = pack.caseForms.get(alias);
  if (!forms) pack.caseForms.set(alias, (forms = caseForms(pack.aliasText(alias))));
  return forms;
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
  const nodeAlias = trie.nodeAlias;
  let count = 0;
  let node = firstNode;
  let pos = firstEnd;
  for (;;) {
    if (nodeAlias[node] !== -1 && count < MAX_DEPTH) {
      terminalEnds[count] = pos;
      terminalNodes[count++] = node;
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
  for (let k = 0; k < count; k++) {
    const end = terminalEnds[k]!;
    const at = terminalNodes[k]!;
    if (inNonProse(text, start, end)) continue;
    let aliases: number[] | undefined;
    const single = nodeAlias[at]!;
    const list = single >= 0 ? -1 : -2 - single;
    const listed = single >= 0 ? 1 : trie.termList[list]!;
    for (let a = 0; a < listed; a++) {
      const alias = single >= 0 ? single : trie.termList[list + 1 + a]!;
      if (caseFits(formsOf(pack, alias), text, start)) (aliases ??= []).push(alias);
    }
    if (aliases) result = { start: withArticle(text, start), end, aliases, shorter: result };
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
