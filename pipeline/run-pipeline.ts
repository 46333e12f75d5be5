/**
 * The pipeline as a chain of named stages, all in memory:
 * load → validate → link → cite → relate → index (then emit, in build-pack.ts).
 */
import { buildMatcherPack, type MatcherPack } from '../core/matcher-pack';
import { PACK_SCHEMA_VERSION, type CardsPack, type PackStamp } from '../core/pack';
import type { SearchIndexJson } from '../core/search';
import { createHash } from 'node:crypto';
import { loadCorpus, type CorpusSlice } from './corpus/load-corpus';
import { shardBriefs, type BriefShard } from '../core/brief-timeline';
import { assembleCards } from './cards';
import { background } from './stages/background';
import { packManifest, type PackManifest } from './manifest';
import { formatProblem } from './problems';
import { toSpotInputs } from './spot-inputs';
import { cite } from './stages/cite';
import type { BriefSearchFiles } from '../core/brief-search-index';
import { indexBriefs, indexSearch } from './stages/index-search';
import { link } from './stages/link';
import { load, SAME_THING_FILE } from './stages/load';
import { relate } from './stages/relate';
import { coMentionSupport } from './kb/co-mention-support';
import { referenceLists } from './kb/reference-lists';
import { validate } from './stages/validate';

export const STAGES = [
  'load',
  'validate',
  'corpus',
  'background',
  'link',
  'cite',
  'relate',
  'index',
  'emit',
] as const;
export type StageName = (typeof STAGES)[number];
/** Milliseconds spent in each stage that ran. */
export type StageTimings = Partial<Record<StageName, number>>;

/** Co-occurrence in at least this many sentences also relates entities for linking on pages. */
export const MIN_SENTENCES_TO_RELATE_FOR_LINKING = 2;

export interface BuiltPack {
  manifest: PackManifest;
  matcher: MatcherPack;
  cards: CardsPack;
  search: SearchIndexJson;
  /** The briefs in shards (`briefs/<n>.json`); empty without a corpus. */
  briefs: BriefShard[];
  /** The brief index (`brief-search/`, core/brief-search-index.ts). */
  briefSearch: BriefSearchFiles;
}

export type PipelineResult =
  | {
      ok: true;
      pack: BuiltPack;
      /** What the data asks for and the build could not do (a stale same-thing entry). */
      warnings: string[];
      timings: StageTimings;
      cpu: StageTimings;
    }
  | { ok: false; problems: string[]; timings: StageTimings; cpu: StageTimings };

/**
 * Runs every stage but emit; `problems` are `file:line:column: what is wrong`.
 * `timings` are wall-clock ms per stage, `cpu` the process CPU ms (robust on a
 * busy machine); `onStage` is called as each stage ends (benches sample memory there).
 */
export async function runPipeline(
  dataDir: string,
  { onStage, corpus: slice }: { onStage?: (stage: StageName) => void; corpus?: CorpusSlice } = {},
): Promise<PipelineResult> {
  const timings: StageTimings = {};
  const cpu: StageTimings = {};
  const record = (stage: StageName, wall: number, usage: NodeJS.CpuUsage): void => {
    timings[stage] = performance.now() - wall;
    const used = process.cpuUsage(usage);
    cpu[stage] = (used.user + used.system) / 1000;
    onStage?.(stage);
  };
  const time = <T>(stage: StageName, run: () => T): T => {
    const [wall, usage] = [performance.now(), process.cpuUsage()];
    const result = run();
    record(stage, wall, usage);
    return result;
  };
  const [wall, usage] = [performance.now(), process.cpuUsage()];
  const loaded = await load(dataDir);
  record('load', wall, usage);

  const valid = time('validate', () => validate(loaded));
  if (!valid.ok) return { ok: false, problems: valid.problems.map(formatProblem), timings, cpu };
  const [corpusWall, corpusUsage] = [performance.now(), process.cpuUsage()];
  const corpus = await loadCorpus(dataDir, slice);
  record('corpus', corpusWall, corpusUsage);
  if (corpus.problems.length > 0) {
    return { ok: false, problems: corpus.problems.map(formatProblem), timings, cpu };
  }
  const { articles } = valid.data;
  const hash = corpusHash(valid.data.hash, corpus.files);
  const stamp: PackStamp = { schema: PACK_SCHEMA_VERSION, hash };
  const { entities, stats } = time('background', () =>
    background(valid.data.entities, corpus.briefs, valid.data.sameThing),
  );
  const warnings = (stats?.sameThingUnmatched ?? []).map(
    (title) => `catalog/${SAME_THING_FILE}: no generated entity has the title ${title}`,
  );
  const shelved = shardBriefs(
    corpus.briefs.map((b) => ({ date: b.date, text: b.text, outlets: b.outlets })),
  );

  const lists = referenceLists();
  const links = time('link', () =>
    link(articles, buildMatcherPack(toSpotInputs(entities, new Map(), lists.countries), stamp)),
  );
  const { citations, together } = time('cite', () => cite(articles, links, entities));
  // relate also bakes its refs into what ships: the cards and the page matcher.
  const { matcher, cards } = time('relate', () => {
    const related = relate(entities, together);
    // What supports a weak alias on a page: the curated relations, the articles' sentences and
    // the ties (entities whose briefs mostly name it: `Tbilisi` for Georgia), not the corpus's
    // co-mentions at large (a card may list those; they are too loose to link by).
    const curated = entities.map((e) =>
      e.background ? { ...e, background: { ...e.background, related: [] } } : e,
    );
    const ties = new Map(
      entities.map((e) => [e.id, [...(e.background?.ties ?? []), ...coMentionSupport(e, lists)]]),
    );
    const seenTogether = new Map(
      [...relate(curated, together)].map(([id, refs]) => [
        id,
        [
          ...refs.filter((r) => r.count >= MIN_SENTENCES_TO_RELATE_FOR_LINKING).map((r) => r.id),
          ...(ties.get(id) ?? []),
        ],
      ]),
    );
    return {
      matcher: buildMatcherPack(toSpotInputs(entities, seenTogether, lists.countries), stamp),
      cards: assembleCards(entities, articles, citations, related, hash, shelved.index),
    };
  });
  const { search, briefSearch } = time('index', () => ({
    search: indexSearch(cards),
    briefSearch: indexBriefs(shelved.shards.flatMap((s) => s.briefs)),
  }));
  return {
    ok: true,
    pack: {
      manifest: packManifest(cards),
      matcher,
      cards,
      search,
      briefs: shelved.shards,
      briefSearch,
    },
    warnings,
    timings,
    cpu,
  };
}

/** The data's hash extended with every corpus file's name and bytes (unchanged when there is no corpus). */
function corpusHash(dataHash: string, files: readonly { path: string; text: string }[]): string {
  if (files.length === 0) return dataHash;
  const hash = createHash('sha256').update(dataHash);
  for (const f of files) hash.update(`${f.path}\n${Buffer.byteLength(f.text)}\n`).update(f.text);
  return hash.digest('hex');
}
