/**
 * Draws the catalog-quality sample: 300 generated entities of a built pack
 * (two or more briefs, not hand-curated in data/catalog/*.yaml), picked with a
 * fixed seed, each written with what a reviewer needs to judge it by hand —
 * its kind, names, span, up to four of its briefs (first, last, two between),
 * and the other entities of the catalog that may be the same thing.
 *
 * Each review round has its own folder, `eval/catalog-sample/round-<n>/`
 * (see scripts/eval/catalog-rounds.ts). This writes the round's
 * `sample.jsonl`, one JSON line per entity in draw order, and `meta.json`
 * (which pack, its hashes and counts, the seed). The review goes to
 * `reviewed.jsonl` in the same order and is scored by
 * `scripts/eval/catalog-score.ts` (see eval/catalog-sample/README.md).
 *
 * Usage: `tsx scripts/eval/catalog-sample.ts [--pack DIR] [--round N|DIR] [--size N] [--seed N] [--force]`
 * Without `--round` it starts a new round (the latest round's number + 1). It
 * will not overwrite a round that already has a `reviewed.jsonl` unless
 * `--force` is given.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { mulberry32 } from '../../core/random';
import { repoRoot } from '../lib/repo';
import { roundDir } from './catalog-rounds';

const { values } = parseArgs({
  options: {
    pack: { type: 'string', default: 'generated/pack' },
    round: { type: 'string' },
    size: { type: 'string', default: '300' },
    seed: { type: 'string', default: '15' },
    force: { type: 'boolean', default: false },
  },
});
const packDir = values.pack!;
const size = Number(values.size);
const seed = Number(values.seed);
const outDir = roundDir(values.round, 'next');
const out = join(outDir, 'sample.jsonl');
if (existsSync(join(outDir, 'reviewed.jsonl')) && !values.force)
  throw new Error(`${outDir} already has a review; pass --force to draw over its sample`);

interface Card {
  id: string;
  wikipedia?: string;
  kind: string;
  name: string;
  aliases: string[];
  briefs?: number[];
  span?: { first: string; last: string };
}
interface Brief {
  date: string;
  text: string;
}
interface Shard {
  first: number;
  briefs: Brief[];
}

/** Lowercase, diacritics and a leading "the" stripped, spaces collapsed: how two names are compared. */
function normAlias(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** A Wikipedia title ignoring case, punctuation, underscores and diacritics (redirect-like variants). */
function normTitle(s: string): string {
  return normAlias(s.replace(/_/g, ' ')).replace(/[^\p{L}\p{N}]+/gu, '');
}

function curatedIds(): Set<string> {
  const dir = join(repoRoot, 'data/catalog');
  const ids = new Set<string>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const doc = parse(readFileSync(join(dir, f), 'utf8')) as { id: string }[] | null;
    for (const e of doc ?? []) ids.add(e.id);
  }
  return ids;
}

const packJson = JSON.parse(readFileSync(join(packDir, 'pack.json'), 'utf8')) as {
  hash: string;
  counts?: Record<string, number>;
};
const packHash = packJson.hash;
const cardsText = readFileSync(join(packDir, 'cards.json'), 'utf8');
/** pack.json's hash covers the input data only; the cards' own hash tells two builds of it apart. */
const cardsSha256 = createHash('sha256').update(cardsText).digest('hex');
const cards = JSON.parse(cardsText) as {
  entities: Card[];
  briefIndex: { shardSize: number };
};
const shardSize = cards.briefIndex.shardSize;
const curated = curatedIds();

const generated = cards.entities
  .filter((e) => (e.briefs?.length ?? 0) >= 2 && !curated.has(e.id))
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
if (generated.length < size) throw new Error(`only ${generated.length} generated entities`);

// A partial Fisher–Yates shuffle: the first `size` draws, in order.
const rand = mulberry32(seed);
const pool = [...generated];
for (let i = 0; i < size; i++) {
  const j = i + Math.floor(rand() * (pool.length - i));
  [pool[i], pool[j]] = [pool[j]!, pool[i]!];
}
const sample = pool.slice(0, size);

// Candidate duplicates, over the whole catalog (curated entities too).
const byAlias = new Map<string, Set<Card>>();
const byTitle = new Map<string, Set<Card>>();
const add = (map: Map<string, Set<Card>>, key: string, e: Card): void => {
  if (!key) return;
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(e);
};
const namesOf = (e: Card): string[] => [...new Set([e.name, ...e.aliases].map(normAlias))];
for (const e of cards.entities) {
  for (const n of namesOf(e)) add(byAlias, n, e);
  if (e.wikipedia) add(byTitle, normTitle(e.wikipedia), e);
}
function candidates(e: Card): { id: string; name: string; kind: string; why: string }[] {
  const found = new Map<string, { id: string; name: string; kind: string; why: string }>();
  for (const n of namesOf(e)) {
    for (const o of byAlias.get(n) ?? []) {
      if (o.id !== e.id && !found.has(o.id))
        found.set(o.id, { id: o.id, name: o.name, kind: o.kind, why: `alias "${n}"` });
    }
  }
  if (e.wikipedia) {
    for (const o of byTitle.get(normTitle(e.wikipedia)) ?? []) {
      if (o.id !== e.id && !found.has(o.id))
        found.set(o.id, { id: o.id, name: o.name, kind: o.kind, why: `title ${o.wikipedia}` });
    }
  }
  return [...found.values()];
}

const shards = new Map<number, Shard>();
function brief(i: number): Brief & { index: number } {
  const n = Math.floor(i / shardSize);
  let shard = shards.get(n);
  if (!shard) {
    shard = JSON.parse(readFileSync(join(packDir, 'briefs', `${n}.json`), 'utf8')) as Shard;
    shards.set(n, shard);
  }
  const b = shard.briefs[i - shard.first];
  if (!b) throw new Error(`brief ${i} missing from shard ${n}`);
  return { index: i, date: b.date, text: b.text };
}

/** Up to four briefs spread over the entity's list: first, last, two in between. */
function spread(list: number[]): number[] {
  const sorted = [...list].sort((a, b) => a - b);
  if (sorted.length <= 4) return sorted;
  const last = sorted.length - 1;
  const at = [0, Math.round(last / 3), Math.round((2 * last) / 3), last];
  return [...new Set(at)].map((k) => sorted[k]!);
}

const lines = sample.map((e) =>
  JSON.stringify({
    id: e.id,
    wikipedia: e.wikipedia,
    name: e.name,
    kind: e.kind,
    aliases: e.aliases,
    span: e.span,
    briefCount: e.briefs!.length,
    briefs: spread(e.briefs!).map(brief),
    candidateDuplicates: candidates(e),
  }),
);
mkdirSync(outDir, { recursive: true });
writeFileSync(out, lines.join('\n') + '\n');
const meta = {
  pack: resolve(packDir),
  packHash,
  cardsSha256,
  counts: packJson.counts,
  generated: generated.length,
  seed,
  size: sample.length,
};
writeFileSync(join(outDir, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
console.log(
  `pack ${packHash} (cards ${cardsSha256.slice(0, 12)}…): ${generated.length} generated entities, ${sample.length} drawn with seed ${seed} → ${relative(repoRoot, out)}`,
);
