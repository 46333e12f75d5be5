/**
 * `npm run bench [-- --only matcher,popup] [--quick]`: runs every
 * `bench/<id>.bench.ts` section, prints a markdown report on stdout, writes
 * the full report to bench/results/<timestamp>.json and bench/results/latest.json
 * (not in git) and, unless `--quick`, the goals of the sections it ran to
 * bench/results/summary.json (committed; see summary.ts).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { arch, cpus, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderReport } from './report';
import { forceGc } from './stats';
import { updateSummary, type Summary } from './summary';
import type { BenchContext, Section, SectionModule } from './types';

const here = dirname(fileURLToPath(import.meta.url));

function parseArgs(argv: string[]): { only: string[] | undefined; quick: boolean } {
  let only: string[] | undefined;
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') quick = true;
    else if (arg === '--only') only = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (arg.startsWith('--only=')) only = arg.slice(7).split(',').filter(Boolean);
    else throw new Error(`unknown argument ${arg} (use --only id[,id] and/or --quick)`);
  }
  return { only, quick };
}

/** Section ids found in bench/: every `<id>.bench.ts`, sorted. */
export async function sectionIds(): Promise<string[]> {
  return (await readdir(here))
    .filter((f) => f.endsWith('.bench.ts'))
    .map((f) => f.slice(0, -'.bench.ts'.length))
    .sort();
}

async function main(): Promise<void> {
  const { only, quick } = parseArgs(process.argv.slice(2));
  const all = await sectionIds();
  const unknown = (only ?? []).filter((id) => !all.includes(id));
  if (unknown.length > 0)
    throw new Error(`no section ${unknown.join(', ')}; have ${all.join(', ')}`);
  const ctx: BenchContext = {
    quick,
    gc: forceGc,
    log: (line) => process.stderr.write(`${line}\n`),
    root: join(here, '..'),
  };
  const sections: Section[] = [];
  const failed: string[] = [];
  for (const id of only ?? all) {
    ctx.log(`[bench] ${id}…`);
    try {
      const mod = (await import(pathToFileURL(join(here, `${id}.bench.ts`)).href)) as SectionModule;
      sections.push({ ...(await mod.run(ctx)), id });
    } catch (error) {
      // One broken section must not hide the others' numbers.
      failed.push(id);
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      ctx.log(`[bench] ${id} failed: ${message}`);
      sections.push({
        id,
        title: `${id}: failed`,
        tables: [],
        goals: [],
        notes: [message.split('\n')[0]!],
        data: {},
      });
    }
  }
  const when = new Date().toISOString();
  const machine = `${cpus()[0]?.model ?? 'cpu'} ×${cpus().length}, ${platform()}/${arch()}, Node ${process.version}`;
  process.stdout.write(
    renderReport(sections, `${when} — ${machine}${quick ? ' — quick run' : ''}`),
  );
  const results = join(here, 'results');
  await mkdir(results, { recursive: true });
  const json = JSON.stringify({ when, machine, quick, sections }, null, 2);
  await writeFile(join(results, `${when.replace(/[:.]/g, '-')}.json`), json);
  await writeFile(join(results, 'latest.json'), json);
  if (!quick) {
    const summaryPath = join(results, 'summary.json');
    const previous = await readFile(summaryPath, 'utf8').then(
      (text) => JSON.parse(text) as Summary,
      () => undefined,
    );
    const summary = updateSummary(previous, { when, machine, sections });
    await writeFile(summaryPath, `${JSON.stringify(summary, null, 2)}\n`);
  }
  if (failed.length > 0) process.exitCode = 1;
}

await main();
