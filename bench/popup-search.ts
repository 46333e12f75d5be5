/**
 * Search latency as the popup sees it: every prefix of the target queries,
 * typed one key at a time, timed call by call, after a warm-up pass.
 */
import type { CardsPack } from '../core/pack';
import { miniSearch, ours, type BuiltEngine } from './search-engine-variants';
import { percentiles, typedQueries } from './search-queries';

export interface SearchLatency {
  engine: string;
  pack: string;
  docs: number;
  indexKiB: number;
  buildMs: number;
  loadMs: number;
  p50: number;
  p95: number;
  max: number;
  samples: number;
}

function time(built: BuiltEngine, rounds: number): number[] {
  const queries = typedQueries();
  for (const q of queries) built.engine.search(q);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t = performance.now();
      built.engine.search(q);
      samples.push(performance.now() - t);
    }
  }
  return samples;
}

/** Ours, and MiniSearch as the baseline measured in the same run. */
export function searchLatency(
  pack: CardsPack,
  label: string,
  { rounds, baselineRounds }: { rounds: number; baselineRounds: number },
): SearchLatency[] {
  const docs =
    pack.entities.length +
    pack.entities.reduce((n, e) => n + e.facts.length, 0) +
    pack.articles.length;
  const rows: SearchLatency[] = [];
  for (const [engine, make, n] of [
    ['ours', ours, rounds],
    ['MiniSearch', miniSearch, baselineRounds],
  ] as const) {
    if (n === 0) continue;
    const built = make(pack);
    const samples = time(built, n);
    rows.push({
      engine,
      pack: label,
      docs,
      indexKiB: built.bytes / 1024,
      buildMs: built.build,
      loadMs: built.load,
      ...percentiles(samples),
      samples: samples.length,
    });
  }
  return rows;
}
