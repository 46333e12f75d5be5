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
  isIgnorable,
  KEY_NONE,
  KEY_SKIP,
  KEY_TABLE,
  KEY_UNKNOWN,
  wordKey,
} from './normalize';
import { caseFits, caseForms, inNonProse } from './match-checks';
import { drain, type Steps } from './steps';
import { joinedTokenStart } from './tokens';
import { childOf, lookupToken, type Trie } from './trie';

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

/**
 * Characters the matcher scans per step of `findMatchSteps` (a match or word
 * that starts before the limit is read to its end).
 */
export const MATCH_STEP_CHARS = 4096;

/** Finds every alias occurrence in `text`, in order. */
export function findMatches(pack: LoadedPack, text: string): Match[] {
  return drain(findMatchSteps(pack, text));
}

/**
 * `findMatches` in steps: yields after each `stepChars` characters. Scanning
 * resumes where it stopped, so the matches are the same.
 */
export function* findMatchSteps(
  pack: LoadedPack,
  text: string,
  stepChars = MATCH_STEP_CHARS,
): Steps<Match[]> {
  const out: Match[] = [];
  let pos = 0;
  for (;;) {
    pos = scanMatches(pack, text, pos, pos + stepChars, out);
    if (pos >= text.length) return out;
    yield;
  }
}

/**
 * Appends to `out` the matches that start in `text[from..limit)` and returns
 * where to resume: past the last match or word read (at least `limit`, or the
 * next possible start), or the text's length when done.
 */
function scanMatches(
  pack: LoadedPack,
  text: string,
  from: number,
  limit: number,
  out: Match[],
): number {
  const trie = pack.trie;
  const rootCount = trie.rootCount;
  const filter = trie.rootFilter;
  const filterShift = 32 - Math.log2(filter.length * 32);
  const keys = KEY_TABLE;
  const upper = pack.startPattern;
  const lower = pack.lowerPattern;
  const n = text.length;
  let nextUpper = -1;
  let nextLower = lower ? -1 : n;
  let pos = from;
  for (;;) {
    // Jump to the next possible start: a capital (one-character pattern,
    // so `test` is enough) or the first word of a lowercase alias.
    if (lower && nextLower < pos) nextLower = nextHit(lower, text, pos, n);
    if (nextUpper < pos) {
      upper.lastIndex = pos;
      nextUpper = upper.test(text) ? upper.lastIndex - 1 : n;
    }
    const start = nextUpper < nextLower ? nextUpper : nextLower;
    if (start >= n) return n;
    if (start >= limit) return start;
    pos = start + 1;
    if (start > 0) {
      const prev = text.charCodeAt(start - 1);
      let k = keys[prev]!;
      if (k === KEY_UNKNOWN) k = wordKey(prev);
      // Inside a word, unless only ignorable characters come before (`\u200bPutin`).
      if (k !== KEY_NONE && (k !== KEY_SKIP || !afterIgnorables(text, start))) continue;
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
}

/** Whether the ignorable characters right before `start` follow a non-word (or the text's start). */
function afterIgnorables(text: string, start: number): boolean {
  let i = start - 1;
  if (!isIgnorable(text.charCodeAt(i))) return false;
  while (i > 0 && isIgnorable(text.charCodeAt(i - 1))) i--;
  return i === 0 || charClass(text.charCodeAt(i - 1)) !== CLS_WORD;
}

/**
 * Scratch for `walk`: each token's bounds, and the end, node and token count
 * of each terminal passed. A walk stops after `MAX_DEPTH` tokens (no name
 * is that long).
 */
const MAX_DEPTH = 256;
const tokenStarts = new Int32Array(MAX_DEPTH);
const tokenEnds = new Int32Array(MAX_DEPTH);
const terminalEnds = new Int32Array(MAX_DEPTH);
const terminalNodes = new Int32Array(MAX_DEPTH);
const terminalDepths = new Int32Array(MAX_DEPTH);
const DOT = 0x2e;

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
  const childStart = trie.childStart;
  const keys = KEY_TABLE;
  const n = text.length;
  let count = 0;
  let depth = 1;
  let node = firstNode;
  let pos = firstEnd;
  tokenStarts[0] = start;
  tokenEnds[0] = firstEnd;
  for (;;) {
    if (nodeAlias[node] !== -1 && count < MAX_DEPTH) {
      terminalEnds[count] = pos;
      terminalNodes[count] = node;
      terminalDepths[count++] = depth;
    }
    // A leaf ends the walk before the next word is read.
    if (childStart[node] === childStart[node + 1] || depth >= MAX_DEPTH) break;
    const next = joinedTokenStart(text, pos);
    if (next < 0) break;
    // The next token (a word run, or one dot) and its hash, as `tokenEnd` and `hashRange`.
    let end = next + 1;
    let h = HASH_SEED;
    if (text.charCodeAt(next) === DOT) h = Math.imul(h ^ DOT, 16777619);
    else {
      for (end = next; end < n; end++) {
        const c = text.charCodeAt(end);
        let k = keys[c]!;
        if (k === KEY_UNKNOWN) k = wordKey(c);
        if (k === KEY_NONE) break;
        if (k !== KEY_SKIP) h = Math.imul(h ^ k, 16777619);
      }
    }
    const id = lookupToken(trie, h, text, next, end);
    if (id < 0) break;
    const child = childOf(trie, node, id);
    if (child === 0) break;
    tokenStarts[depth] = next;
    tokenEnds[depth++] = end;
    node = child;
    pos = end;
  }
  return count === 0 ? undefined : fittingMatches(pack, text, start, count);
}

/**
 * The matches at `start` ending at the terminals `walk` passed that fit the
 * text's case and context, longest first, each pointing at the next shorter.
 */
function fittingMatches(
  pack: LoadedPack,
  text: string,
  start: number,
  count: number,
): Match | undefined {
  const trie = pack.trie;
  let result: Match | undefined;
  // Shortest first, so each longer match points at the next shorter one.
  for (let k = 0; k < count; k++) {
    let end = terminalEnds[k]!;
    // A name ends at its last visible character (`Putin\u00ad` is `Putin`).
    while (isIgnorable(text.charCodeAt(end - 1))) end--;
    if (inNonProse(text, start, end)) continue;
    const depth = terminalDepths[k]!;
    const single = trie.nodeAlias[terminalNodes[k]!]!;
    let aliases: number[] | undefined;
    if (single >= 0) {
      if (fits(pack, single, depth, text)) aliases = [single];
    } else {
      const list = -2 - single;
      const listed = trie.termList[list]!;
      for (let a = 0; a < listed; a++) {
        const alias = trie.termList[list + 1 + a]!;
        if (!fits(pack, alias, depth, text)) continue;
        if (aliases) aliases.push(alias);
        else aliases = [alias];
      }
    }
    if (aliases) result = { start: withArticle(text, start), end, aliases, shorter: result };
  }
  return result;
}

/** Whether the alias (`depth` tokens long) fits the case of the tokens `walk` read. */
function fits(pack: LoadedPack, alias: number, depth: number, text: string): boolean {
  const forms = formsOf(pack, alias);
  return forms.length === depth && caseFits(forms, text, tokenStarts, tokenEnds);
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
