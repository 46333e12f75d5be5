/**
 * Typed arrays <-> base64, so the compiled trie travels inside JSON and loads
 * without rebuilding. Little-endian, as on every platform the extension runs on.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

type Typed = Uint8Array | Int32Array | Uint32Array;

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

/** `Uint8Array.fromBase64` (ES2026; Chromium 140+, Firefox 133+), absent in Node 20. */
const nativeFromBase64 = (Uint8Array as { fromBase64?: (text: string) => Uint8Array }).fromBase64;

/**
 * Decodes base64 into fresh, aligned bytes: natively where the engine can (a
 * content script decodes its pack cold, where a JS loop runs interpreted), else
 * with a table-driven loop.
 */
export function decodeBytes(text: string): Uint8Array {
  return nativeFromBase64 ? nativeFromBase64(text) : decodeBytesJs(text);
}

/** The portable decoder (exported for tests). */
export function decodeBytesJs(text: string): Uint8Array {
  let length = (text.length / 4) * 3;
  if (text.endsWith('==')) length -= 2;
  else if (text.endsWith('=')) length -= 1;
  const out = new Uint8Array(length);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n =
      (DECODE[text.charCodeAt(i)]! << 18) |
      (DECODE[text.charCodeAt(i + 1)]! << 12) |
      (DECODE[text.charCodeAt(i + 2) & 127]! << 6) |
      DECODE[text.charCodeAt(i + 3) & 127]!;
    if (o < length) out[o++] = n >> 16;
    if (o < length) out[o++] = (n >> 8) & 255;
    if (o < length) out[o++] = n & 255;
  }
  return out;
}

export const decodeInt32 = (text: string): Int32Array => new Int32Array(decodeBytes(text).buffer);
export const decodeUint32 = (text: string): Uint32Array =>
  new Uint32Array(decodeBytes(text).buffer);
