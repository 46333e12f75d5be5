/**
 * The alias trie over tokens, in flat typed arrays (a FlashText-style design).
 *
 * - Every distinct token key gets an id. `vocabTable` is an open-addressing
 *   hash table (FNV-1a of the folded key) of `[hash, id + 1]` pairs, at most
 *   half full, so looking up a page word costs one or two probes in one
 *   cache line, the same with 1k or 100k aliases.
 * - Node 0 is the root. Tokens that start an alias get the first ids, and the
 *   root's child along token `i` is node `i + 1`, so the root needs no table;
 *   every other node's children sit in `childToken`/`childNode` between
 *   `childStart[node]` and `childStart[node + 1]`, sorted by token id.
 * - `nodeAlias` (and `termList` when several share a node) names the aliases
 *   that end at each node.
 */
import { foldChar, HASH_SEED, hashStep } from './normalize';

export interface Trie {
  /** Every token key, concatenated; key `i` is `vocabText[vocabStart[i]..vocabStart[i+1]]`. */
  vocabText: string;
  vocabStart: Uint32Array;
  vocabTable: Int32Array;
  /** Tokens `0..rootCount-1` start an alias; the root's child along token `i` is node `i + 1`. */
  rootCount: number;
  /**
   * A bit per `rootFilterBit(hash)` of every alias's first token: a small,
   * cache-resident filter that turns away most capitalized page words before
   * they touch the (larger) vocabulary table.
   */
  rootFilter: Uint32Array;
  childStart: Uint32Array;
  childToken: Int32Array;
  childNode: Int32Array;
  /** Per node: -1 none, `a >= 0` the one alias ending here, `-2 - i` a list at `termList[i]` (count, ids…). */
  nodeAlias: Int32Array;
  termList: Int32Array;
}

/** The bit of `rootFilter` for a token hash (independent of its table slot). */
export function rootFilterBit(hash: number, filter: Uint32Array): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - Math.log2(filter.length * 32));
}

/** FNV-1a of an already folded key. */
export function hashKey(key: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < key.length; i++) h = hashStep(h, key.charCodeAt(i));
  return h;
}

interface BuildNode {
  children: Map<number, BuildNode>;
  aliases: number[];
  index: number;
}

/** Compiles alias key sequences (`keys[aliasId]`) into a trie. */
export function buildTrie(keys: readonly (readonly string[])[]): Trie {
  const vocab = new Map<string, number>();
  const intern = (key: string): number => {
    let id = vocab.get(key);
    if (id === undefined) vocab.set(key, (id = vocab.size));
    return id;
  };
  for (const seq of keys) if (seq[0] !== undefined) intern(seq[0]);
  const rootCount = vocab.size;
  const root: BuildNode = { children: new Map(), aliases: [], index: 0 };
  keys.forEach((seq, aliasId) => {
    let node = root;
    for (const key of seq) {
      const id = intern(key);
      let next = node.children.get(id);
      if (!next) node.children.set(id, (next = { children: new Map(), aliases: [], index: 0 }));
      node = next;
    }
    if (node !== root) node.aliases.push(aliasId);
  });

  const words = [...vocab.keys()];
  const vocabStart = new Uint32Array(words.length + 1);
  let size = 8;
  while (size < words.length * 2) size *= 2;
  const vocabTable = new Int32Array(size * 2);
  words.forEach((word, id) => {
    vocabStart[id + 1] = vocabStart[id]! + word.length;
    const h = hashKey(word);
    let slot = h & (size - 1);
    while (vocabTable[slot * 2 + 1] !== 0) slot = (slot + 1) & (size - 1);
    vocabTable[slot * 2] = h;
    vocabTable[slot * 2 + 1] = id + 1;
  });

  let bits = 4096;
  while (bits < rootCount * 16) bits *= 2;
  const rootFilter = new Uint32Array(bits / 32);
  for (let id = 0; id < rootCount; id++) {
    const bit = rootFilterBit(hashKey(words[id]!), rootFilter);
    rootFilter[bit >>> 5]! |= 1 << (bit & 31);
  }

  // Breadth-first numbering, children in token order: each node's children
  // are contiguous, and the root's child along token i is node i + 1.
  const order: BuildNode[] = [root];
  for (let i = 0; i < order.length; i++) {
    const children = [...order[i]!.children].sort((a, b) => a[0] - b[0]);
    for (const [, child] of children) {
      child.index = order.length;
      order.push(child);
    }
  }
  const childStart = new Uint32Array(order.length + 1);
  const nodeAlias = new Int32Array(order.length).fill(-1);
  const childToken: number[] = [];
  const childNode: number[] = [];
  const termList: number[] = [];
  order.forEach((node, i) => {
    if (i > 0) {
      for (const [id, child] of [...node.children].sort((a, b) => a[0] - b[0])) {
        childToken.push(id);
        childNode.push(child.index);
      }
    }
    childStart[i + 1] = childToken.length;
    if (node.aliases.length === 1) nodeAlias[i] = node.aliases[0]!;
    else if (node.aliases.length > 1) {
      nodeAlias[i] = -2 - termList.length;
      termList.push(node.aliases.length, ...node.aliases);
    }
  });

  return {
    vocabText: words.join(''),
    vocabStart,
    vocabTable,
    rootCount,
    rootFilter,
    childStart,
    childToken: Int32Array.from(childToken),
    childNode: Int32Array.from(childNode),
    nodeAlias,
    termList: Int32Array.from(termList),
  };
}

/**
 * The id of the token `text[start..end)` whose folded hash is `hash`, or -1.
 * Folds the text again only to confirm a hash hit.
 */
export function lookupToken(
  trie: Trie,
  hash: number,
  text: string,
  start: number,
  end: number,
): number {
  const table = trie.vocabTable;
  const mask = (table.length >> 1) - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const entry = table[slot * 2 + 1]!;
    if (entry === 0) return -1;
    if (table[slot * 2] === hash && sameKey(trie, entry - 1, text, start, end)) return entry - 1;
  }
}

function sameKey(trie: Trie, id: number, text: string, start: number, end: number): boolean {
  const vocab = trie.vocabText;
  let k = trie.vocabStart[id]!;
  const kEnd = trie.vocabStart[id + 1]!;
  for (let i = start; i < end; i++) {
    const f = foldChar(text.charCodeAt(i));
    if (f === 0) continue;
    if (k >= kEnd || vocab.charCodeAt(k++) !== f) return false;
  }
  return k === kEnd;
}

/** The child of `node` along token `id`, or 0 when there is none. */
export function childOf(trie: Trie, node: number, id: number): number {
  if (node === 0) return id < trie.rootCount ? id + 1 : 0;
  let lo = trie.childStart[node]!;
  let hi = trie.childStart[node + 1]! - 1;
  const tokens = trie.childToken;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const t = tokens[mid]!;
    if (t === id) return trie.childNode[mid]!;
    if (t < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** Hash of the folded text range, as the matcher computes it inline. */
export function hashRange(text: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) {
    const f = foldChar(text.charCodeAt(i));
    if (f !== 0) h = hashStep(h, f);
  }
  return h;
}
