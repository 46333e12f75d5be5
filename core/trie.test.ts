import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeInt32, decodeUint32, encodeArray } from './base64';
import { buildTrie, childOf, hashRange, lookupToken, rootFilterBit } from './trie';

describe('buildTrie', () => {
  const trie = buildTrie([['john', 'kerry'], ['kerry'], ['john', 'kirby'], ['john', 'kerry']]);
  const id = (word: string): number =>
    lookupToken(trie, hashRange(word, 0, word.length), word, 0, word.length);

  it('gives first words the first ids, so the root needs no table', () => {
    expect(trie.rootCount).toBe(2);
    expect(childOf(trie, 0, id('john'))).toBe(id('john') + 1);
    expect(childOf(trie, 0, id('kirby'))).toBe(0);
  });

  it('walks token by token and lists every alias ending at a node', () => {
    const john = childOf(trie, 0, id('john'));
    const johnKerry = childOf(trie, john, id('kerry'));
    expect(trie.nodeAlias[john]).toBe(-1);
    const list = -2 - trie.nodeAlias[johnKerry]!;
    expect([...trie.termList.subarray(list, list + 3)]).toEqual([2, 0, 3]);
    expect(trie.nodeAlias[childOf(trie, john, id('kirby'))]).toBe(2);
    expect(trie.nodeAlias[childOf(trie, 0, id('kerry'))]).toBe(1);
    expect(childOf(trie, johnKerry, id('kerry'))).toBe(0);
  });

  it('looks words up by folded form, and misses unknown ones', () => {
    const text = 'KERRY Kérry kerr kerryx';
    expect(lookupToken(trie, hashRange(text, 0, 5), text, 0, 5)).toBe(id('kerry'));
    expect(lookupToken(trie, hashRange(text, 6, 11), text, 6, 11)).toBe(id('kerry'));
    expect(lookupToken(trie, hashRange(text, 12, 16), text, 12, 16)).toBe(-1);
    expect(lookupToken(trie, hashRange(text, 17, 23), text, 17, 23)).toBe(-1);
  });

  it('has every first word in the root filter', () => {
    for (const word of ['john', 'kerry']) {
      const bit = rootFilterBit(hashRange(word, 0, word.length), trie.rootFilter);
      expect(trie.rootFilter[bit >>> 5]! & (1 << (bit & 31))).not.toBe(0);
    }
  });

  it('finds every word of a large vocabulary (no lost hash slots)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 300 }),
        (words) => {
          const big = buildTrie(words.map((w) => [w]));
          return words.every(
            (w) => childOf(big, 0, lookupToken(big, hashRange(w, 0, w.length), w, 0, w.length)) > 0,
          );
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('base64 typed arrays', () => {
  it('round-trips any bytes and 32-bit values', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect([...decodeBytes(encodeArray(bytes))]).toEqual([...bytes]);
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 50 }),
        (values) => {
          expect([...decodeInt32(encodeArray(Int32Array.from(values)))]).toEqual(values);
          const unsigned = values.map((v) => v >>> 0);
          expect([...decodeUint32(encodeArray(Uint32Array.from(unsigned)))]).toEqual(unsigned);
        },
      ),
    );
  });
});
