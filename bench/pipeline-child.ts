/**
 * Runs the pipeline once on a data folder (its corpus too, when it has one) in a fresh process (so its peak
 * memory is its own) and prints one JSON line: stage timings, wall time, peak
 * RSS, heap after the build, output sizes. Used by pipeline.bench.ts.
 *
 * Usage: node --import tsx bench/pipeline-child.ts DATA_DIR OUT_DIR
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { briefShardPath } from '../core/brief-timeline';
import { briefSearchFiles, PACK_FILES } from '../pipeline/manifest';
import { runPipeline } from '../pipeline/run-pipeline';
import { emit } from '../pipeline/stages/emit';
import { heapAfterGc } from './stats';

export interface ChildReport {
  /** Wall-clock ms per stage. */
  timings: Record<string, number>;
  /** Process CPU ms per stage. */
  cpu: Record<string, number>;
  totalMs: number;
  maxRssBytes: number;
  /** Peak RSS so far at the end of each stage: the stage that raises it is the one to look at. */
  peakRssAfter: Record<string, number>;
  heapAfterBytes: number;
  fileBytes: Record<string, number>;
  counts: Record<string, number>;
}

async function main(): Promise<void> {
  const [dataDir, outDir] = process.argv.slice(2);
  if (!dataDir || !outDir) throw new Error('usage: pipeline-child.ts DATA_DIR OUT_DIR');
  const start = performance.now();
  const peakRssAfter: Record<string, number> = {};
  const result = await runPipeline(dataDir, {
    onStage: (stage) => (peakRssAfter[stage] = process.resourceUsage().maxRSS * 1024),
  });
  if (!result.ok) throw new Error(result.problems.slice(0, 5).join('\n'));
  const { manifest, matcher, cards, search, briefs, briefSearch } = result.pack;
  const emitStart = performance.now();
  const emitCpu = process.cpuUsage();
  await emit(outDir, {
    [PACK_FILES.matcher]: matcher,
    [PACK_FILES.cards]: cards,
    [PACK_FILES.search]: search,
    [PACK_FILES.manifest]: manifest,
    ...briefSearchFiles(briefSearch),
    ...Object.fromEntries(briefs.map((shard, n) => [briefShardPath(n), shard])),
  });
  const timings: Record<string, number> = {
    ...result.timings,
    emit: performance.now() - emitStart,
  };
  const emitUsed = process.cpuUsage(emitCpu);
  const cpu: Record<string, number> = {
    ...result.cpu,
    emit: (emitUsed.user + emitUsed.system) / 1000,
  };
  const totalMs = performance.now() - start;
  const fileBytes: Record<string, number> = {};
  for (const name of Object.values(PACK_FILES)) {
    if (name === PACK_FILES.briefs || name === PACK_FILES.briefSearch) continue;
    fileBytes[name] = (await stat(join(outDir, name))).size;
  }
  let briefBytes = 0;
  for (let n = 0; n < briefs.length; n++)
    briefBytes += (await stat(join(outDir, briefShardPath(n)))).size;
  fileBytes[PACK_FILES.briefs] = briefBytes;
  fileBytes[PACK_FILES.briefSearch] = Object.values(briefSearchFiles(briefSearch)).reduce(
    (n, bytes) => n + bytes.length,
    0,
  );
  const report: ChildReport = {
    timings,
    cpu,
    totalMs,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    peakRssAfter: { ...peakRssAfter, emit: process.resourceUsage().maxRSS * 1024 },
    heapAfterBytes: heapAfterGc(),
    fileBytes,
    counts: manifest.counts,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

await main();
