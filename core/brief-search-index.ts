/**
 * The brief index: every word of every brief (Wikipedia's Current events, in
 * global brief order) with the briefs that contain it, as compact binary
 * files the popup and library read from the first keystroke. A head file
 * holds the sorted terms with how many briefs hold each; the postings are
 * split by the term's first letter (`brief-search/<letter>.bin`, `a`–`z`,
 * `0`–`9`, and `_` for any other), so a query word reads only its letter's
 * file, which the host can ask for before the head arrives (a word's typos
 * and completions keep its first letter). A term's postings are its brief
 * indices, ascending, as varint deltas, decoded when a query first needs them.
 *
 * Head layout (`brief-search/head.bin`; little-endian u32 header, then bytes):
 *   version · brief count · term count · byte length of the terms text
 *   terms: UTF-8, sorted, joined by '\n'
 *   per term: briefs holding it (varint) · byte length of its postings (varint)
 * A letter's file is its terms' postings in term order.
 */
import { indexTerms } from './search-terms';
import { ByteReader, ByteWriter } from './varint';

export const BRIEF_SEARCH_VERSION = 3;
const HEADER_WORDS = 4;

/** The extension paths of the head and of a letter's postings. */
export const briefSearchHeadPath = 'brief-search/head.bin';
export const briefSearchGroupPath = (group: string): string => `brief-search/${group}.bin`;

/** The postings file of the terms (or query words) starting like `word`. */
export function groupOfWord(word: string): string {
  const c = word.charAt(0);
  return /^[a-z0-9]$/.test(c) ? c : '_';
}

/** The built index: the head and each letter's postings. */
export interface BriefSearchFiles {
  head: Uint8Array;
  groups: Record<string, Uint8Array>;
}

/** The index as loaded: terms in memory, postings by letter as they arrive. */
export interface BriefPostings {
  /** Briefs indexed (the pack's brief count). */
  count: number;
  /** Sorted terms. */
  terms: string[];
  /** How many briefs contain term `t`. */
  df: Uint32Array;
  /** Whether a letter's postings are in (true for a letter no term starts with). */
  hasGroup(group: string): boolean;
  /** Adds a letter's file; throws if its length is not the head's. */
  addGroup(group: string, bytes: Uint8Array): void;
  /** The briefs containing term `t`, ascending (its letter must be in; decoded once). */
  postings(t: number): Uint32Array;
}

/** Builds the index of `texts` (brief i is `texts[i]`). */
export function buildBriefSearchIndex(texts: readonly string[]): BriefSearchFiles {
  const byTerm = new Map<string, number[]>();
  texts.forEach((text, i) => {
    for (const term of new Set(indexTerms(text))) {
      const list = byTerm.get(term);
      if (list) list.push(i);
      else byTerm.set(term, [i]);
    }
  });
  const terms = [...byTerm.keys()].sort();
  const perTerm = new ByteWriter();
  const writers = new Map<string, ByteWriter>();
  for (const term of terms) {
    const key = groupOfWord(term);
    let group = writers.get(key);
    if (!group) writers.set(key, (group = new ByteWriter()));
    const list = byTerm.get(term) as number[];
    const before = group.length;
    let previous = 0;
    for (const i of list) {
      group.varint(i - previous);
      previous = i;
    }
    perTerm.varint(list.length);
    perTerm.varint(group.length - before);
  }
  const termBytes = new TextEncoder().encode(terms.join('\n'));
  const header = new DataView(new ArrayBuffer(HEADER_WORDS * 4));
  [BRIEF_SEARCH_VERSION, texts.length, terms.length, termBytes.length].forEach((v, k) =>
    header.setUint32(k * 4, v, true),
  );
  const head = new ByteWriter();
  head.raw(new Uint8Array(header.buffer));
  head.raw(termBytes);
  head.raw(perTerm.result());
  const groups = Object.fromEntries([...writers].map(([key, w]) => [key, w.result()]));
  return { head: head.result(), groups };
}

/** Reads the head of a brief index; throws if it is of another version or cut short. */
export function loadBriefPostings(head: Uint8Array): BriefPostings {
  if (head.length < HEADER_WORDS * 4) throw new Error('brief index: too short');
  const view = new DataView(head.buffer, head.byteOffset, HEADER_WORDS * 4);
  const [version, count, termCount, termsLength] = [0, 1, 2, 3].map((k) =>
    view.getUint32(k * 4, true),
  ) as [number, number, number, number];
  if (version !== BRIEF_SEARCH_VERSION) throw new Error(`brief index: version ${version}`);
  const termsEnd = HEADER_WORDS * 4 + termsLength;
  const text = new TextDecoder().decode(head.subarray(HEADER_WORDS * 4, termsEnd));
  const terms = termCount === 0 ? [] : text.split('\n');
  if (terms.length !== termCount) throw new Error('brief index: term count mismatch');
  const reader = new ByteReader(head, termsEnd);
  const df = new Uint32Array(termCount);
  /** Where term t's postings start in its letter's file. */
  const at = new Uint32Array(termCount);
  const sizes = new Map<string, number>();
  for (let t = 0; t < termCount; t++) {
    df[t] = reader.varint();
    const key = groupOfWord(terms[t] as string);
    const size = sizes.get(key) ?? 0;
    at[t] = size;
    sizes.set(key, size + reader.varint());
  }
  if (reader.at !== head.length) throw new Error('brief index: head length mismatch');

  const files = new Map<string, Uint8Array>();
  const cache = new Map<number, Uint32Array>();
  return {
    count,
    terms,
    df,
    hasGroup: (group) => files.has(group) || !sizes.has(group),
    addGroup(group, bytes) {
      if (bytes.length !== (sizes.get(group) ?? 0)) {
        throw new Error(`brief index: ${group}.bin length mismatch`);
      }
      files.set(group, bytes);
    },
    postings(t) {
      let list = cache.get(t);
      if (list) return list;
      const key = groupOfWord(terms[t] as string);
      const bytes = files.get(key);
      if (!bytes) throw new Error(`brief index: ${key}.bin is not loaded`);
      list = new Uint32Array(df[t] as number);
      const r = new ByteReader(bytes, at[t] as number);
      let previous = 0;
      for (let k = 0; k < list.length; k++) {
        previous += r.varint();
        list[k] = previous;
      }
      cache.set(t, list);
      return list;
    },
  };
}

/** Loads every letter of `files` into its head's postings (tests, benches). */
export function loadAllBriefPostings(files: BriefSearchFiles): BriefPostings {
  const p = loadBriefPostings(files.head);
  for (const [group, bytes] of Object.entries(files.groups)) p.addGroup(group, bytes);
  return p;
}
