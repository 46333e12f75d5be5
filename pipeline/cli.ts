/**
 * `npm run data -- --data DIR --out DIR`: builds the knowledge pack alone
 * (defaults: data/ → generated/pack). Prints every problem and exits 1 when
 * the data is invalid; the previous pack is then left as it was.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildPack } from './build-pack';
import { parseDataArgs } from './cli-args';
import { PACK_FILES, type PackManifest } from './manifest';

async function main(): Promise<number> {
  let options;
  try {
    options = parseDataArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\nusage: npm run data -- [--data DIR] [--out DIR]`);
    return 2;
  }
  const result = await buildPack(options);
  if (!result.ok) {
    console.error(result.problems.join('\n'));
    console.error(
      `\n${result.problems.length} problem(s); nothing was written to ${options.outDir}`,
    );
    return 1;
  }
  const manifest = JSON.parse(
    await readFile(join(options.outDir, PACK_FILES.manifest), 'utf8'),
  ) as PackManifest;
  const counts = Object.entries(manifest.counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  const timings = Object.entries(result.timings ?? {})
    .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
    .join(', ');
  console.log(`pack ${manifest.hash.slice(0, 12)} (schema ${manifest.schema}) → ${options.outDir}`);
  console.log(counts);
  console.log(timings);
  for (const warning of result.warnings) console.warn(`warning: ${warning}`);
  return 0;
}

process.exitCode = await main();
