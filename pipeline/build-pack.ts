/**
 * Builds the knowledge pack from a data folder into `outDir`:
 * `matcher.json` (content script), `cards.json` and `search.json` (background,
 * popup, library) and `pack.json` (schema version, content hash, counts).
 * Called by the WXT `build:before` hook and by `npm run data`.
 */
import { PACK_FILES } from './manifest';
import { runPipeline, type StageTimings } from './run-pipeline';
import { emit } from './stages/emit';

export interface BuildPackOptions {
  dataDir: string;
  outDir: string;
}
export type BuildPackResult =
  { ok: true; timings?: StageTimings } | { ok: false; problems: string[]; timings?: StageTimings };

/**
 * Runs the pipeline; on any problem writes nothing (the previous pack stays)
 * and returns every problem as `file:line:column: what is wrong`.
 */
export async function buildPack({ dataDir, outDir }: BuildPackOptions): Promise<BuildPackResult> {
  const result = await runPipeline(dataDir);
  if (!result.ok) return result;
  const { manifest, matcher, cards, search } = result.pack;
  const start = performance.now();
  await emit(outDir, {
    [PACK_FILES.matcher]: matcher,
    [PACK_FILES.cards]: cards,
    [PACK_FILES.search]: search,
    [PACK_FILES.manifest]: manifest,
  });
  return { ok: true, timings: { ...result.timings, emit: performance.now() - start } };
}
