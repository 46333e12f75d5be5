/**
 * Pipeline section: the whole knowledge-pack build (load → validate → link →
 * cite → relate → index → emit) on generated corpora of 1k and 10k articles
 * with a 10k-entity catalog, and on the real data/ with the whole Current
 * events corpus (the background stage builds ~10k entities from ~117k briefs). Each build runs in its own process, so peak RSS
 * is the build's own; per-stage times show where the time goes as it grows.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { STAGES } from '../pipeline/run-pipeline';
import type { ChildReport } from './pipeline-child';
import { writeCorpus } from './pipeline-corpus';
import { fmt } from './stats';
import type { BenchContext, Goal, Section } from './types';

const execFileAsync = promisify(execFile);
const GiB = 1024 ** 3;
/** Goals: the 10k-article build stays within these on the bench machine. */
const GOAL_TOTAL_MS = 120_000;
const GOAL_PEAK_RSS = 2 * GiB;
/** Time per article may grow at most this much from the smallest to the largest corpus. */
const GOAL_PER_ARTICLE_GROWTH = 1.5;

interface Size {
  articles: number;
  entities: number;
}

/** Goals for the real data/ with the whole corpus (issue 15): the full build on this 2-core machine. */
const GOAL_REAL_TOTAL_MS = 5 * 60_000;
const GOAL_REAL_PEAK_RSS = 2 * GiB;

async function runChild(ctx: BenchContext, dataDir: string, outDir: string): Promise<ChildReport> {
  const child = join(ctx.root, 'bench', 'pipeline-child.ts');
  const { stdout } = await execFileAsync(
    process.execPath,
    ['--import', 'tsx', child, dataDir, outDir],
    { cwd: ctx.root, maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as ChildReport;
}

/** The real data/: curated catalog and articles, and 24 years of Current events briefs. */
async function buildReal(ctx: BenchContext): Promise<ChildReport> {
  const dir = await mkdtemp(join(tmpdir(), 'backstory-bench-pipeline-'));
  try {
    return await runChild(ctx, join(ctx.root, 'data'), join(dir, 'pack'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function buildOnce(ctx: BenchContext, size: Size): Promise<ChildReport> {
  const dir = await mkdtemp(join(tmpdir(), 'backstory-bench-pipeline-'));
  try {
    const start = performance.now();
    await writeCorpus(join(dir, 'data'), size.articles, size.entities);
    ctx.log(
      `  corpus ${size.articles} articles / ${size.entities} entities generated in ${fmt.ms(performance.now() - start)} ms`,
    );
    return await runChild(ctx, join(dir, 'data'), join(dir, 'pack'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function run(ctx: BenchContext): Promise<Section> {
  const sizes: Size[] = ctx.quick
    ? [
        { articles: 100, entities: 1_000 },
        { articles: 1_000, entities: 1_000 },
      ]
    : [
        { articles: 1_000, entities: 10_000 },
        { articles: 10_000, entities: 10_000 },
      ];
  const reports: { size: Size; report: ChildReport }[] = [];
  for (const size of sizes) reports.push({ size, report: await buildOnce(ctx, size) });
  ctx.log('  data/ with the whole corpus');
  const real = await buildReal(ctx);

  const label = ({ articles, entities }: Size): string =>
    `${articles.toLocaleString('en')} articles / ${entities.toLocaleString('en')} entities`;
  const total = (t: Record<string, number>): number =>
    STAGES.reduce((n, st) => n + (t[st] ?? 0), 0);
  const stageRows = reports.flatMap(({ size, report }) => [
    [
      label(size),
      'wall',
      ...STAGES.map((st) => fmt.ms(report.timings[st] ?? 0)),
      fmt.ms(report.totalMs),
    ],
    [
      label(size),
      'cpu',
      ...STAGES.map((st) => fmt.ms(report.cpu[st] ?? 0)),
      fmt.ms(total(report.cpu)),
    ],
  ]);
  const peakRows = reports.map(({ size, report }) => [
    label(size),
    ...STAGES.map((st) => fmt.mb(report.peakRssAfter[st] ?? 0)),
  ]);
  const outputRows = reports.map(({ size, report }) => [
    label(size),
    fmt.mb(report.maxRssBytes),
    fmt.mb(report.heapAfterBytes),
    fmt.mb(report.fileBytes['matcher.json'] ?? 0),
    fmt.mb(report.fileBytes['cards.json'] ?? 0),
    fmt.mb(report.fileBytes['search.json'] ?? 0),
    report.counts.citations ?? 0,
  ]);
  const first = reports[0]!;
  const last = reports.at(-1)!;
  const perArticle = (r: (typeof reports)[number]): number => r.report.totalMs / r.size.articles;
  const growth = perArticle(last) / perArticle(first);
  const goals: Goal[] = [
    {
      label: `build time, ${label(last.size)}`,
      target: `< ${fmt.ms(GOAL_TOTAL_MS / 1000)} s`,
      actual: `${(last.report.totalMs / 1000).toFixed(1)} s`,
      pass: last.report.totalMs < GOAL_TOTAL_MS,
    },
    {
      label: `peak RSS, ${label(last.size)}`,
      target: `< ${fmt.mb(GOAL_PEAK_RSS)}`,
      actual: fmt.mb(last.report.maxRssBytes),
      pass: last.report.maxRssBytes < GOAL_PEAK_RSS,
    },
    {
      label: `time per article, ${first.size.articles.toLocaleString('en')} → ${last.size.articles.toLocaleString('en')} articles`,
      target: `≤ ${fmt.x(GOAL_PER_ARTICLE_GROWTH)} (near linear)`,
      actual: fmt.x(growth),
      pass: growth <= GOAL_PER_ARTICLE_GROWTH,
    },
    {
      label: `build time, data/ with the whole corpus (${real.counts.briefs ?? 0} briefs → ${real.counts.entities ?? 0} entities)`,
      target: `≤ ${GOAL_REAL_TOTAL_MS / 60_000} min`,
      actual: `${(real.totalMs / 1000).toFixed(1)} s`,
      pass: real.totalMs <= GOAL_REAL_TOTAL_MS,
    },
    {
      label: 'peak RSS, data/ with the whole corpus',
      target: `≤ ${fmt.mb(GOAL_REAL_PEAK_RSS)}`,
      actual: fmt.mb(real.maxRssBytes),
      pass: real.maxRssBytes <= GOAL_REAL_PEAK_RSS,
    },
  ];
  return {
    id: 'pipeline',
    title: 'Pipeline: knowledge-pack build on generated corpora',
    tables: [
      {
        title: 'Stage times (ms, one build each)',
        columns: ['corpus', 'clock', ...STAGES, 'total'],
        rows: [
          ...stageRows,
          [
            'data/ + corpus',
            'wall',
            ...STAGES.map((st) => fmt.ms(real.timings[st] ?? 0)),
            fmt.ms(real.totalMs),
          ],
          [
            'data/ + corpus',
            'cpu',
            ...STAGES.map((st) => fmt.ms(real.cpu[st] ?? 0)),
            fmt.ms(total(real.cpu)),
          ],
        ],
      },
      {
        title: 'Peak RSS at the end of each stage (the stage that raises it holds the most)',
        columns: ['corpus', ...STAGES],
        rows: peakRows,
      },
      {
        title: 'Memory and output',
        columns: [
          'corpus',
          'peak RSS',
          'heap after',
          'matcher.json',
          'cards.json',
          'search.json',
          'citations',
        ],
        rows: outputRows,
      },
    ],
    goals,
    notes: [
      'Corpus: 9 in 10 entities are people (full name strong, surname weak), 1 in 10 events (strong name, generic alias with dates and cues, two participants); articles of 24 sentences (~2.3 kB) naming them.',
      'Each build runs in a child process (`bench/pipeline-child.ts`): peak RSS is `process.resourceUsage().maxRSS` of that process; heap after = heap used after a full GC with the pack still held.',
      'Corpus generation is not timed. One build per size: the pipeline is a build step, not a hot loop.',
    ],
    data: {
      ...Object.fromEntries(
        reports.map(({ size, report }) => [`${size.articles}x${size.entities}`, report]),
      ),
      real,
    },
  };
}
