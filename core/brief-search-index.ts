/**
 * The brief index: every word of every brief (Wikipedia's Current events, in
 * global brief order) with the briefs that contain it, as one compact binary
 * file (`brief-search.bin`) that the popup and library read on the first
 * keystroke. Each term's postings are its brief indices, ascending, as varint
 * deltas; they are decoded only when a query first needs them.
 *
 * Layout (little-endian u32 header, then bytes):
 *   version · brief count · term count · byte length of the terms text
 *   terms: UTF-8, sorted, joined by '\n'
 *   for each term: byte length of its postings (varint)
 *   for each term: its postings (varint deltas; the first is the index itself)
 */
import { indexTerms } from './search-terms';
import { ByteReader, ByteWriter } from './varint';

export const BRIEF_SEARCH_VERSION = 1;
const HEADER_BYTES = 16;

/** The index as loaded: terms in memory, postings decoded on demand. */
export interface BriefPostings {
  /** Briefs indexed (the pack's brief count). */
  count: number;
  /** Sorted terms. */
  terms: string[];
  /** How many briefs contain term `t`. */
  df: Uint32Array;
  /** The briefs containing term `t`, ascending (decoded once, then cached). */
  postings(t: number): Uint32Array;
}

/** Builds the binary index of `texts` (brief i is `texts[i]`). */
export function buildBriefSearchIndex(texts: readonly string[]): Uint8Array {
  const byTerm = new Map<string, number[]>();
  texts.forEach((text, i) => {
    for (const term of new Set(indexTerms(text))) {
      const list = byTerm.get(term);
      if (list) list.push(i);
      else byTerm.set(term, [i]);
    }
  });
  const terms = [...byTerm.keys()].sort();
  const lengths = new ByteWriter();
  const postings = new ByteWriter();
  for (const term of terms) {
    const before = postings.length;
    let previous = 0;
    for (const i of byTerm.get(term) as number[]) {
      postings.varint(i - previous);
      previous = i;
    }
    lengths.varint(postings.length - before);
  }
  const termBytes = new TextEncoder().encode(terms.join('\n'));
  const out = new ByteWriter();
  const header = new DataView(new ArrayBuffer(HEADER_BYTES));
  [BRIEF_SEARCH_VERSION, texts.length, terms.length, termBytes.length].forEach((v, k) =>
    header.setUint32(k * 4, v, true),
  );
  out.raw(new Uint8Array(header.buffer));
  out.raw(termBytes);
  out.raw(lengths.result());
  out.raw(postings.result());
  return out.result();
}

/** Reads a binary brief index; throws if it is of another version or cut short. */
export function loadBriefPostings(bytes: Uint8Array): BriefPostings {
  if (bytes.length < HEADER_BYTES) throw new Error('brief index: too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  const [version, count, termCount, termsLength] = [0, 1, 2, 3].map((k) =>
    view.getUint32(k * 4, true),
  ) as [number, number, number, number];
  if (version !== BRIEF_SEARCH_VERSION) throw new Error(`brief index: version ${version}`);
  const termsEnd = HEADER_BYTES + termsLength;
  const text = new TextDecoder().decode(bytes.subarray(HEADER_BYTES, termsEnd));
  const terms = termCount === 0 ? [] : text.split('\n');
  if (terms.length !== termCount) throw new Error('brief index: term count mismatch');
  const reader = new ByteReader(bytes, termsEnd);
  const starts = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) starts[t + 1] = (starts[t] as number) + reader.varint();
  const base = reader.at;
  if (base + (starts[termCount] as number) !== bytes.length) {
    throw new Error('brief index: postings length mismatch');
  }
  const df = new Uint32Array(termCount);
  for (let t = 0; t < termCount; t++) {
    // Every posting but a term's first is one delta; count varint ends (bytes below 0x80).
    let n = 0;
    for (let b = base + (starts[t] as number); b < base + (starts[t + 1] as number); b++) {
      if ((bytes[b] as number) < 0x80) n++;
    }
    df[t] = n;
  }
  const cache = new Map<number, Uint32Array>();
  return {
    count,
    terms,
    df,
    postings(t) {
      let list = cache.get(t);
      if (list) return list;
      list = new Uint32Array(df[t] as number);
      const r = new ByteReader(bytes, base + (starts[t] as number));
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
