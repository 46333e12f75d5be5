/**
 * Typed arrays <-> base64, so the compiled trie travels inside JSON and loads
 * without rebuilding. Little-endian, as on every platform the extension runs on.
 *
 * Decoding runs in steps (`decodeBytesSteps`): base64 groups of 4 characters
 * decode independently, so a long text is decoded piece by piece into one
 * buffer allocated up front, and the content script never spends one long
 * step on a 100k-alias pack.
 */
import { drain, type Steps } from './steps';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

type Typed = Uint8Array | Int32Array | Uint32Array;

/** Base64 characters decoded per step (a multiple of 4): 24 KiB of bytes. */
export const DECODE_STEP_CHARS = 32_768;

/** Encodes the bytes of a typed array as base64. */
export function encodeArray(array: Typed): string {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    chunk += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | (b >> 4)]!;
    chunk += i + 1 < bytes.length ? ALPHABET[((b & 15) << 2) | (c >> 6)]! : '=';
    chunk += i + 2 < bytes.length ? ALPHABET[c & 63]! : '=';
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

/** The number of bytes `text` (padded base64) decodes to. */
export function decodedLength(text: string): number {
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - pad;
}

/**
 * `Uint8Array.prototype.setFromBase64` (ES2026; Chromium 140+, Firefox 133+),
 * absent in Node 20: decodes natively into an existing buffer.
 */
type SetFromBase64 = (this: Uint8Array, text: string) => { read: number; written: number };
const nativeSetFromBase64 = (Uint8Array.prototype as { setFromBase64?: SetFromBase64 })
  .setFromBase64;

/** Decodes `text[from, to)` (whole groups) into `out` from byte `at`, with a table-driven loop. */
function decodeIntoJs(text: string, from: number, to: number, out: Uint8Array, at: number): void {
  const length = out.length;
  let o = at;
  for (let i = from; i < to; i += 4) {
    const n =
      (DECODE[text.charCodeAt(i)]! << 18) |
      (DECODE[text.charCodeAt(i + 1)]! << 12) |
      (DECODE[text.charCodeAt(i + 2) & 127]! << 6) |
      DECODE[text.charCodeAt(i + 3) & 127]!;
    if (o < length) out[o++] = n >> 16;
    if (o < length) out[o++] = (n >> 8) & 255;
    if (o < length) out[o++] = n & 255;
  }
}

/** Decodes `text[from, to)` into `out` from byte `at`: natively where the engine can. */
function decodeInto(text: string, from: number, to: number, out: Uint8Array, at: number): void {
  // A content script decodes its pack cold, where a JS loop runs interpreted.
  if (nativeSetFromBase64) nativeSetFromBase64.call(out.subarray(at), text.slice(from, to));
  else decodeIntoJs(text, from, to, out, at);
}

/**
 * Decodes base64 into fresh, aligned bytes, `DECODE_STEP_CHARS` characters
 * per step (yields at least once).
 */
export function* decodeBytesSteps(text: string): Steps<Uint8Array> {
  const out = new Uint8Array(decodedLength(text));
  let from = 0;
  do {
    const to = Math.min(text.length, from + DECODE_STEP_CHARS);
    decodeInto(text, from, to, out, (from / 4) * 3);
    yield;
    from = to;
  } while (from < text.length);
  return out;
}

/** `decodeBytesSteps` viewed as 32-bit integers. */
export function* decodeInt32Steps(text: string): Steps<Int32Array> {
  return new Int32Array((yield* decodeBytesSteps(text)).buffer);
}

/** `decodeBytesSteps` viewed as unsigned 32-bit integers. */
export function* decodeUint32Steps(text: string): Steps<Uint32Array> {
  return new Uint32Array((yield* decodeBytesSteps(text)).buffer);
}

/** Decodes base64 into fresh, aligned bytes at once. */
export const decodeBytes = (text: string): Uint8Array => drain(decodeBytesSteps(text));

/** The portable decoder at once (exported for tests). */
export function decodeBytesJs(text: string): Uint8Array {
  const out = new Uint8Array(decodedLength(text));
  decodeIntoJs(text, 0, text.length, out, 0);
  return out;
}

export const decodeInt32 = (text: string): Int32Array => drain(decodeInt32Steps(text));
export const decodeUint32 = (text: string): Uint32Array => drain(decodeUint32Steps(text));
