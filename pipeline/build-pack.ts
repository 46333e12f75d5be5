/**
 * Builds the knowledge pack from a data folder into `outDir`:
 * `matcher.json` (content script), `cards.json` and `search.json` (background,
 * popup, library) and `pack.json` (schema version, content hash, counts).
 * Called by the WXT `build:before` hook and by `npm run data`.
 */
import { briefSearchFiles } from './manifest';
import { briefShardPath } from '../core/brief-timeline';
import type { CorpusSlice } from './corpus/load-corpus';
import { PACK_FILES } from './manifest';
import { runPipeline, type StageTimings } from './run-pipeline';
import { emit } from './stages/emit';

export interface BuildPackOptions {
  dataDir: string;
  outDir: string;
  /** Only part of the corpus (fast tests); the whole of it by default. */
  corpus?: CorpusSlice;
}
export type BuildPackResult =
  | { ok: true; warnings: string[]; timings?: StageTimings }
  | { ok: false; problems: string[]; timings?: StageTimings };

/**
 * Runs the pipeline; on any problem writes nothing (the previous pack stays)
 * and returns every problem as `file:line:column: what is wrong`.
 */
export async function buildPack({
  dataDir,
  outDir,
  corpus,
}: BuildPackOptions): Promise<BuildPackResult> {
  const result = await runPipeline(dataDir, { corpus });
  if (!result.ok) return result;
  const { manifest, matcher, cards, search, briefs, briefSearch } = result.pack;
  const start = performance.now();
  await emit(outDir, {
    [PACK_FILES.matcher]: matcher,
    [PACK_FILES.cards]: cards,
    [PACK_FILES.search]: search,
    [PACK_FILES.manifest]: manifest,
    ...briefSearchFiles(briefSearch),
    ...Object.fromEntries(briefs.map((shard, n) => [briefShardPath(n), shard])),
  });
  return {
    ok: true,
    warnings: result.warnings,
    timings: { ...result.timings, emit: performance.now() - start },
  };
}
