/** Timing and memory helpers for benches: median and spread, forced GC. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Spread around the median: median absolute deviation as a fraction of the median. */
export function spread(values: readonly number[]): number {
  const m = median(values);
  return median(values.map((v) => Math.abs(v - m))) / m;
}

export interface Timing {
  /** Milliseconds per run. */
  samples: number[];
  median: number;
  spread: number;
  /** The fastest run: the one least disturbed by other processes. */
  min: number;
}

/** A `Timing` from samples. */
export function timing(samples: number[]): Timing {
  return { samples, median: median(samples), spread: spread(samples), min: Math.min(...samples) };
}

/**
 * Times `fn` (after `warmup` untimed runs) until `runs` samples or `maxMs`
 * of total time, whichever comes first (at least one sample). The result of
 * `fn` is kept so the work cannot be optimized away.
 */
export function measure(fn: () => unknown, { runs = 15, warmup = 3, maxMs = 5000 } = {}): Timing {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn();
  const samples: number[] = [];
  const begin = performance.now();
  while (samples.length < runs && (samples.length === 0 || performance.now() - begin < maxMs)) {
    const t0 = performance.now();
    sink = fn();
    samples.push(performance.now() - t0);
  }
  lastResult = sink;
  return timing(samples);
}

/** The last result of a measured function, kept so its work stays observable. */
export let lastResult: unknown;

let gcFn: (() => void) | undefined;
/** A full GC, available without `--expose-gc` on the command line. */
export function forceGc(): void {
  if (!gcFn) {
    const global = globalThis as { gc?: () => void };
    if (!global.gc) setFlagsFromString('--expose-gc');
    gcFn = global.gc ?? (runInNewContext('gc') as () => void);
  }
  gcFn();
  gcFn();
}

/** Heap used after a full GC, in bytes. */
export function heapAfterGc(): number {
  forceGc();
  return process.memoryUsage().heapUsed;
}

/** Formats numbers for the report. */
export const fmt = {
  ms: (v: number): string => (v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0)),
  pct: (v: number): string => `${(v * 100).toFixed(0)}%`,
  mb: (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`,
  x: (v: number): string => `${v.toFixed(2)}×`,
  spread: (v: number): string => `±${(v * 100).toFixed(0)}%`,
};
