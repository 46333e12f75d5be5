/**
 * Matcher section: throughput on 1 MiB of text at 1k / 10k / 100k aliases,
 * next to the floor (one pass reading every character) and a regex
 * alternation with `\b`, measured in the same run; build and load time;
 * retained memory of the loaded matcher.
 */
import {
  buildMatcherPack,
  loadMatcherPack,
  type MatcherPack,
  type SpotEntityInput,
} from '../core/matcher-pack';
import { findMatches } from '../core/matcher';
import { createSpotter } from '../core/spotter';
import { compare } from './compare';
import { fmt, heapAfterGc, measure, type Timing } from './stats';
import { syntheticEntities, syntheticText } from './synthetic';
import type { BenchContext, Goal, Section } from './types';

const MiB = 1024 * 1024;
const GOAL_FLOOR_SHARE = 0.25;
const GOAL_SLOWDOWN = 1.5;
const GOAL_MEMORY = 12 * MiB;

/** The floor: one pass that reads every character. */
function floorPass(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

function regexFor(aliases: string[]): RegExp {
  const escaped = [...aliases]
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'g');
}

function countRegex(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Bytes of the loaded matcher's typed arrays and strings (2 bytes per UTF-16 unit, upper bound). */
function compiledBytes(pack: MatcherPack): number {
  const loaded = loadMatcherPack(pack);
  const arrays = [
    ...Object.values(loaded.trie).filter((v) => ArrayBuffer.isView(v)),
    loaded.aliasEntity,
    loaded.aliasFlags,
    loaded.relatedStart,
    loaded.related,
  ] as ArrayBufferView[];
  const strings =
    pack.trie.vocabText.length +
    pack.entityIds.length +
    pack.entityNames.length +
    pack.aliasTexts.length;
  return arrays.reduce((sum, a) => sum + a.byteLength, 0) + strings * 2;
}

function retainedBytes(ctx: BenchContext, json: string): number {
  ctx.gc();
  const before = heapAfterGc() + process.memoryUsage().arrayBuffers;
  const spotter = createSpotter(JSON.parse(json) as MatcherPack);
  const after = heapAfterGc() + process.memoryUsage().arrayBuffers;
  if (spotter.entityCount < 0) throw new Error('unreachable');
  return after - before;
}

interface Prepared {
  size: number;
  loaded: ReturnType<typeof loadMatcherPack>;
  spotter: ReturnType<typeof createSpotter>;
  build: Timing;
  load: Timing;
  jsonBytes: number;
  retained: number;
  compiled: number;
  aliasTexts: string[];
}

function prepare(ctx: BenchContext, entities: SpotEntityInput[], size: number): Prepared {
  ctx.log(`  build ${size} aliases`);
  const build = measure(() => buildMatcherPack(entities, { schema: 1, hash: 'bench' }), {
    runs: 3,
    warmup: 1,
  });
  const pack = buildMatcherPack(entities, { schema: 1, hash: 'bench' });
  const json = JSON.stringify(pack);
  const load = measure(() => createSpotter(JSON.parse(json) as MatcherPack), {
    runs: 5,
    warmup: 1,
  });
  return {
    size,
    loaded: loadMatcherPack(pack),
    spotter: createSpotter(pack),
    build,
    load,
    jsonBytes: json.length,
    retained: retainedBytes(ctx, json),
    compiled: compiledBytes(pack),
    aliasTexts: entities.flatMap((e) => e.aliases.map((a) => a.text)),
  };
}

/** Regex alternation time for the whole text (measured on a prefix when slow). */
function regexTime(ctx: BenchContext, aliases: string[], text: string, runs: number) {
  const compileStart = performance.now();
  const re = regexFor(aliases);
  const sample = aliases.length >= 10_000 ? text.slice(0, ctx.quick ? 8192 : 65536) : text;
  countRegex(re, sample.slice(0, 1000));
  const compileMs = performance.now() - compileStart;
  const t = measure(() => countRegex(re, sample), {
    runs: aliases.length >= 10_000 ? 3 : runs,
    warmup: 1,
    maxMs: 20_000,
  });
  return {
    ms: (t.median * text.length) / sample.length,
    compileMs,
    sampled: sample.length < text.length,
  };
}

export async function run(ctx: BenchContext): Promise<Section> {
  const sizes = [1_000, 10_000, 100_000];
  const chars = ctx.quick ? MiB / 8 : MiB;
  const runs = ctx.quick ? 5 : 21;
  const all = syntheticEntities(sizes[sizes.length - 1]!);
  const text = syntheticText(all, chars);
  const prepared = sizes.map((size) => prepare(ctx, all.slice(0, size / 2), size));

  ctx.log('  timing floor, matcher and spot, interleaved');
  const fns: Record<string, () => unknown> = { floor: () => floorPass(text) };
  for (const p of prepared) {
    fns[`matcher${p.size}`] = () => findMatches(p.loaded, text);
    fns[`spot${p.size}`] = () => p.spotter.spot(text);
  }
  const timed = compare(fns, { runs, warmup: 3, between: ctx.gc });
  const floor = timed.floor!;

  const rows: (string | number)[][] = [];
  const data: Record<string, unknown> = { chars, floorMs: floor.samples };
  const perSize: { size: number; matcherMs: number; retained: number }[] = [];
  for (const p of prepared) {
    ctx.log(`  regex ${p.size} aliases`);
    const matcher = timed[`matcher${p.size}`]!;
    const spot = timed[`spot${p.size}`]!;
    const regex = regexTime(ctx, p.aliasTexts, text, runs);
    const matches = findMatches(p.loaded, text).length;
    perSize.push({ size: p.size, matcherMs: matcher.min, retained: p.retained });
    rows.push([
      p.size.toLocaleString('en'),
      `${fmt.ms(matcher.min)} (${fmt.ms(matcher.median)} ${fmt.spread(matcher.spread)})`,
      `${fmt.pct(floor.min / matcher.min)} (${fmt.pct(floor.median / matcher.median)})`,
      `${fmt.ms(spot.min)} (${fmt.ms(spot.median)} ${fmt.spread(spot.spread)})`,
      `${fmt.ms(regex.ms)}${regex.sampled ? '*' : ''}`,
      fmt.x(regex.ms / matcher.min),
      fmt.ms(p.build.median),
      fmt.ms(p.load.median),
      fmt.mb(p.jsonBytes),
      fmt.mb(p.retained),
      fmt.mb(p.compiled),
      matches,
    ]);
    data[p.size] = {
      matcherMs: matcher.samples,
      spotMs: spot.samples,
      regexMs: regex.ms,
      regexCompileMs: regex.compileMs,
      buildMs: p.build.samples,
      loadMs: p.load.samples,
      jsonBytes: p.jsonBytes,
      retainedBytes: p.retained,
      compiledBytes: p.compiled,
      matches,
    };
  }

  const first = perSize[0]!;
  const last = perSize[perSize.length - 1]!;
  const goals: Goal[] = [
    ...perSize.map((p) => ({
      label: `throughput at ${p.size.toLocaleString('en')} aliases`,
      target: `≥ ${fmt.pct(GOAL_FLOOR_SHARE)} of floor`,
      actual: fmt.pct(floor.min / p.matcherMs),
      pass: floor.min / p.matcherMs >= GOAL_FLOOR_SHARE,
    })),
    {
      label: `slowdown ${first.size.toLocaleString('en')} → ${last.size.toLocaleString('en')} aliases`,
      target: `≤ ${fmt.x(GOAL_SLOWDOWN)}`,
      actual: fmt.x(last.matcherMs / first.matcherMs),
      pass: last.matcherMs / first.matcherMs <= GOAL_SLOWDOWN,
    },
    {
      label: `retained memory at ${last.size.toLocaleString('en')} aliases`,
      target: `< ${fmt.mb(GOAL_MEMORY)}`,
      actual: fmt.mb(last.retained),
      pass: last.retained < GOAL_MEMORY,
    },
  ];
  return {
    id: 'matcher',
    title: `Matcher: ${(chars / MiB).toFixed(2)} MiB of text, floor ${fmt.ms(floor.min)} ms (median ${fmt.ms(floor.median)} ${fmt.spread(floor.spread)})`,
    tables: [
      {
        columns: [
          'aliases',
          'matcher ms: best (median ±)',
          '% of floor: best (median)',
          'spot ms (matcher+linker)',
          'regex \\b ms',
          'regex / matcher',
          'build ms',
          'load ms',
          'pack JSON',
          'retained heap',
          'arrays+strings',
          'matches',
        ],
        rows,
      },
    ],
    goals,
    notes: [
      'Floor: one loop reading every character (`charCodeAt` sum). Matcher: `findMatches` (trie only); spot adds the linker.',
      'Floor and the matcher and spot at every size run interleaved (round-robin), so machine load hits them alike; % of floor = floor ms / matcher ms.',
      'Goals use the best of the interleaved runs (least disturbed on a shared machine); medians with the median absolute deviation (±) in brackets.',
      'A full GC runs (untimed) before every timed run, so no run pays for another one’s garbage.',
      '* regex measured on a 64 KiB prefix (8 KiB with --quick) and scaled to the whole text: at 10k+ aliases a full MiB takes minutes.',
      'Retained heap: heap + array buffers after GC, before and after `createSpotter(JSON.parse(json))`.',
    ],
    data,
  };
}
