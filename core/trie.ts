/**
 * The alias trie over tokens, in flat typed arrays (a FlashText-style design).
 *
 * - Every distinct token key gets an id. `vocabTable` is an open-addressing
 *   hash table (FNV-1a of the folded key) from key to id + 1, so looking up a
 *   page word costs the same with 1k or 100k aliases.
 * - Node 0 is the root. Its children are `rootChild[tokenId]` (0 = none);
 *   every other node's children sit in `childToken`/`childNode` between
 *   `childStart[node]` and `childStart[node + 1]`, sorted by token id.
 * - `termStart`/`termAlias` list the aliases that end at each node.
 */
import { foldChar, HASH_SEED, hashStep } from './normalize';

export interface Trie {
  /** Every token key, concatenated; key `i` is `vocabText[vocabStart[i]..vocabStart[i+1]]`. */
  vocabText: string;
  vocabStart: Uint32Array;
  vocabHash: Int32Array;
  vocabTable: Int32Array;
  rootChild: Int32Array;
  childStart: Uint32Array;
  childToken: Int32Array;
  childNode: Int32Array;
  termStart: Uint32Array;
  termAlias: Int32Array;
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
  const root: BuildNode = { children: new Map(), aliases: [], index: 0 };
  keys.forEach((seq, aliasId) => {
    let node = root;
    for (const key of seq) {
      let id = vocab.get(key);
      if (id === undefined) vocab.set(key, (id = vocab.size));
      let next = node.children.get(id);
      if (!next) node.children.set(id, (next = { children: new Map(), aliases: [], index: 0 }));
      node = next;
    }
    if (node !== root) node.aliases.push(aliasId);
  });

  const words = [...vocab.keys()];
  const vocabStart = new Uint32Array(words.length + 1);
  const vocabHash = new Int32Array(words.length);
  let size = 8;
  while (size < words.length * 2) size *= 2;
  const vocabTable = new Int32Array(size);
  words.forEach((word, id) => {
    vocabStart[id + 1] = vocabStart[id]! + word.length;
    const h = (vocabHash[id] = hashKey(word));
    let slot = h & (size - 1);
    while (vocabTable[slot] !== 0) slot = (slot + 1) & (size - 1);
    vocabTable[slot] = id + 1;
  });

  // Breadth-first numbering, so each node's children are contiguous.
  const order: BuildNode[] = [root];
  for (let i = 0; i < order.length; i++) {
    for (const child of order[i]!.children.values()) {
      child.index = order.length;
      order.push(child);
    }
  }
  const rootChild = new Int32Array(words.length);
  for (const [id, child] of root.children) rootChild[id] = child.index;
  const childStart = new Uint32Array(order.length + 1);
  const termStart = new Uint32Array(order.length + 1);
  const childToken: number[] = [];
  const childNode: number[] = [];
  const termAlias: number[] = [];
  order.forEach((node, i) => {
    if (i > 0) {
      for (const id of [...node.children.keys()].sort((a, b) => a - b)) {
        childToken.push(id);
        childNode.push(node.children.get(id)!.index);
      }
    }
    termAlias.push(...node.aliases);
    childStart[i + 1] = childToken.length;
    termStart[i + 1] = termAlias.length;
  });

  return {
    vocabText: words.join(''),
    vocabStart,
    vocabHash,
    vocabTable,
    rootChild,
    childStart,
    childToken: Int32Array.from(childToken),
    childNode: Int32Array.from(childNode),
    termStart,
    termAlias: Int32Array.from(termAlias),
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
  const mask = table.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const entry = table[slot]!;
    if (entry === 0) return -1;
    const id = entry - 1;
    if (trie.vocabHash[id] === hash && sameKey(trie, id, text, start, end)) return id;
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
  if (node === 0) return trie.rootChild[id]!;
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
