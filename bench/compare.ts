/** Interleaved timing: runs several functions in turn, so load on a shared machine hits them alike. */
import { median, spread, type Timing } from './stats';

/** Times each function `runs` times, round-robin after `warmup` rounds. */
export function compare<K extends string>(
  fns: Record<K, () => unknown>,
  { runs = 15, warmup = 3 } = {},
): Record<K, Timing> {
  const names = Object.keys(fns) as K[];
  const samples = Object.fromEntries(names.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  let sink: unknown;
  for (let round = 0; round < warmup + runs; round++) {
    for (const name of names) {
      const t0 = performance.now();
      sink = fns[name]();
      const ms = performance.now() - t0;
      if (round >= warmup) samples[name].push(ms);
    }
  }
  compareSink = sink;
  return Object.fromEntries(
    names.map((k) => [
      k,
      { samples: samples[k], median: median(samples[k]), spread: spread(samples[k]) },
    ]),
  ) as Record<K, Timing>;
}

/** The last result, kept so the measured work stays observable. */
export let compareSink: unknown;
