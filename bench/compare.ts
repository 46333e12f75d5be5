/** Interleaved timing: runs several functions in turn, so load on a shared machine hits them alike. */
import { timing, type Timing } from './stats';

/**
 * Times each function `runs` times, round-robin after `warmup` rounds.
 * `between` (e.g. a forced GC) runs untimed before each sample, so one
 * function's garbage is not collected on another's clock.
 */
export function compare<K extends string>(
  fns: Record<K, () => unknown>,
  { runs = 15, warmup = 3, between = (): void => {} } = {},
): Record<K, Timing> {
  const names = Object.keys(fns) as K[];
  const samples = Object.fromEntries(names.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  let sink: unknown;
  for (let round = 0; round < warmup + runs; round++) {
    for (const name of names) {
      between();
      const t0 = performance.now();
      sink = fns[name]();
      const ms = performance.now() - t0;
      if (round >= warmup) samples[name].push(ms);
    }
  }
  compareSink = sink;
  return Object.fromEntries(names.map((k) => [k, timing(samples[k])])) as Record<K, Timing>;
}

/** The last result, kept so the measured work stays observable. */
export let compareSink: unknown;
