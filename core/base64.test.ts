import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DECODE_STEP_CHARS,
  decodeBytes,
  decodeBytesJs,
  decodeBytesSteps,
  decodedLength,
  encodeArray,
} from './base64';

/** Bytes 0, 7, 14, … of length `n` (every residue mod 3 and both paddings). */
const bytesOf = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7) & 255);

/** Bytes per full step. */
const STEP_BYTES = (DECODE_STEP_CHARS / 4) * 3;

describe('base64', () => {
  it.each([0, 1, 2, 3, 4, 5, 255, 256, 1000])('round-trips %i bytes', (n) => {
    const bytes = bytesOf(n);
    const text = encodeArray(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(decodedLength(text)).toBe(n);
    expect([...decodeBytesJs(text)]).toEqual([...bytes]);
    expect([...decodeBytes(text)]).toEqual([...bytes]);
  });

  it('decodes into a fresh buffer that typed arrays can view', () => {
    const words = Uint32Array.of(1, 0xffffffff, 123456789);
    const bytes = decodeBytes(encodeArray(words));
    expect(bytes.byteOffset).toBe(0);
    expect([...new Uint32Array(bytes.buffer)]).toEqual([...words]);
  });
});

/** The bytes as Node writes them in base64 (quicker to compare than a long typed array). */
const nodeBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** Runs `steps` to the end, returning the result and how many steps it took. */
function stepThrough<T>(steps: Generator<void, T, void>, onStep: () => void = () => {}) {
  let count = 0;
  let step = steps.next();
  while (!step.done) {
    onStep();
    count++;
    step = steps.next();
  }
  onStep();
  return { value: step.value, steps: count };
}

describe('decodeBytesSteps', () => {
  it.each([
    [0, 1],
    [1, 1],
    [STEP_BYTES - 1, 1],
    [STEP_BYTES, 1],
    [STEP_BYTES + 1, 2],
    [3 * STEP_BYTES + 2, 4],
  ])('decodes %i bytes in %i steps, as one call does', (n, steps) => {
    const text = encodeArray(bytesOf(n));
    const stepped = stepThrough(decodeBytesSteps(text));
    expect(stepped.steps).toBe(steps);
    expect(stepped.value.length).toBe(n);
    expect(nodeBase64(stepped.value)).toBe(text);
  });

  it('reads at most DECODE_STEP_CHARS characters of the text per step', () => {
    const text = encodeArray(bytesOf(5 * STEP_BYTES + 100));
    const proto = String.prototype;
    const { charCodeAt } = proto;
    let reads = 0;
    const perStep: number[] = [];
    proto.charCodeAt = function (this: string, i: number) {
      if (this === text) reads++;
      return charCodeAt.call(this, i);
    };
    try {
      stepThrough(decodeBytesSteps(text), () => {
        perStep.push(reads);
        reads = 0;
      });
    } finally {
      proto.charCodeAt = charCodeAt;
    }
    expect(perStep.reduce((a, b) => a + b)).toBe(text.length);
    expect(Math.max(...perStep)).toBe(DECODE_STEP_CHARS);
  });
});

describe('decodeBytesSteps with a native setFromBase64', () => {
  type Proto = { setFromBase64?: (this: Uint8Array, text: string) => unknown };
  const proto = Uint8Array.prototype as Proto;
  const own = Object.getOwnPropertyDescriptor(proto, 'setFromBase64');
  afterEach(() => {
    if (own) Object.defineProperty(proto, 'setFromBase64', own);
    else delete proto.setFromBase64;
    vi.resetModules();
  });

  it('hands the engine whole groups, at most DECODE_STEP_CHARS per step', async () => {
    const handed: number[] = [];
    // Buffer's decoder as the engine's: writes what fits and reports it.
    proto.setFromBase64 = function (this: Uint8Array, text: string) {
      handed.push(text.length);
      const bytes = Buffer.from(text, 'base64');
      this.set(bytes.subarray(0, this.length));
      return { read: text.length, written: Math.min(bytes.length, this.length) };
    };
    vi.resetModules();
    const native = await import('./base64');
    const text = encodeArray(bytesOf(3 * STEP_BYTES + 2));
    const stepped = stepThrough(native.decodeBytesSteps(text));
    expect(nodeBase64(stepped.value)).toBe(text);
    expect(handed).toEqual([DECODE_STEP_CHARS, DECODE_STEP_CHARS, DECODE_STEP_CHARS, 4]);
  });
});
