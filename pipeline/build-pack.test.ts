/** The pack built from the real data/: complete, cited verbatim, versioned, written atomically. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatcherPack } from '../core/matcher-pack';
import { PACK_SCHEMA_VERSION, type CardsPack } from '../core/pack';
import { loadSearch, type SearchIndexJson } from '../core/search';
import { segmentSentences } from '../core/search-sentences';
import { createSpotter } from '../core/spotter';
import { briefShardPath, shardOf, type BriefShard } from '../core/brief-timeline';
import { loadAllBriefPostings } from '../core/brief-search-index';
import { createBriefSearcher } from '../core/brief-search';
import { parse as parseYaml } from 'yaml';
import { buildPack } from './build-pack';
import type { SameThingEntry } from './schemas';
import type { PackManifest } from './manifest';
import { writeDataDir } from './testing/data-dir';

const DATA = new URL('../data', import.meta.url).pathname;
/** The seed article's year and the newest: the whole corpus is built by the e2e build and `npm run data`. */
const SLICE = { years: ['2016', '2026'] };

/** The entities the seed article must yield (issue 3). */
const REQUIRED = [
  'john-kerry',
  'sergey-lavrov',
  'john-kirby',
  'barack-obama',
  'vladimir-putin',
  'bashar-al-assad',
  'us-state-department',
  'russian-foreign-ministry',
  'g20',
  'united-states',
  'russia',
  'syria',
  'kerry-lavrov-geneva-talks-2016-09',
  'kerry-lavrov-geneva-meeting-2016-08-26',
  'kerry-lavrov-phone-call-2016-09-08',
  'g20-hangzhou-summit-2016',
  'obama-putin-meeting-2016-09-05',
  'syrian-civil-war',
  'russian-bombing-campaign-in-syria',
  'syria-peace-plan-2015',
  'us-russia-syria-deal-2016',
];

let parent: string;
let outDir: string;
const files: {
  manifest?: PackManifest;
  cards?: CardsPack;
  matcher?: MatcherPack;
  search?: SearchIndexJson;
} = {};
const readJson = async <T>(name: string): Promise<T> =>
  JSON.parse(await readFile(join(outDir, name), 'utf8')) as T;

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'backstory-pack-'));
  outDir = join(parent, 'pack');
  const result = await buildPack({ dataDir: DATA, outDir, corpus: SLICE });
  expect(result).toMatchObject({ ok: true });
  files.manifest = await readJson('pack.json');
  files.cards = await readJson('cards.json');
  files.matcher = await readJson('matcher.json');
  files.search = await readJson('search.json');
}, 60_000);
afterAll(() => rm(parent, { recursive: true, force: true }));

describe('the pack built from data/', () => {
  it('indexes every brief by its words (brief-search/)', async () => {
    const dir = join(outDir, 'brief-search');
    const read = async (name: string) => new Uint8Array(await readFile(join(dir, name)));
    const names = (await readdir(dir)).filter((n) => n !== 'head.bin');
    const groups = await Promise.all(
      names.map(async (n) => [n.replace('.bin', ''), await read(n)]),
    );
    const postings = loadAllBriefPostings({
      head: await read('head.bin'),
      groups: Object.fromEntries(groups) as Record<string, Uint8Array>,
    });
    expect(postings.count).toBe(files.cards!.briefIndex!.count);
    const [hit] = createBriefSearcher(postings).search('geneva syria');
    const shard = await readJson<BriefShard>(
      briefShardPath(shardOf(hit!.index, files.cards!.briefIndex!.shardSize)),
    );
    const text = shard.briefs[hit!.index - shard.first]!.text.toLowerCase();
    expect(text).toContain('geneva');
    expect(text).toMatch(/syria/);
  });

  it('writes the four files, all stamped with one schema version and content hash', async () => {
    expect((await readdir(outDir)).sort()).toEqual([
      'brief-search',
      'briefs',
      'cards.json',
      'matcher.json',
      'pack.json',
      'search.json',
    ]);
    const { manifest, cards, matcher, search } = files;
    expect(manifest!.schema).toBe(PACK_SCHEMA_VERSION);
    expect(manifest!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect([cards!.hash, matcher!.hash, search!.hash]).toEqual([
      manifest!.hash,
      manifest!.hash,
      manifest!.hash,
    ]);
    expect(manifest!.counts.entities).toBe(cards!.entities.length);
    expect(manifest!.counts.articles).toBe(cards!.articles.length);
  });

  it.each(REQUIRED)('holds %s with cited sentences found verbatim in their articles', (id) => {
    const card = files.cards!.entities.find((e) => e.id === id);
    expect(card, id).toBeDefined();
    expect(card!.citations.length).toBeGreaterThan(0);
    for (const c of card!.citations) {
      const article = files.cards!.articles.find((a) => a.id === c.articleId);
      expect(article!.body.slice(c.start, c.end)).toBe(c.sentence);
      const sentences = segmentSentences(article!.body);
      expect(sentences.some((x) => x.start === c.start)).toBe(true);
      expect(sentences.some((x) => x.end === c.end)).toBe(true);
      expect(c.sentence).not.toContain('As reported by');
    }
    expect(card!.asOf).toBe('2016-09-08');
  });

  it('relates an event to its participants, with co-occurrence counts', () => {
    const talks = files.cards!.entities.find((e) => e.id === 'kerry-lavrov-geneva-talks-2016-09')!;
    expect(talks.related).toContainEqual({ id: 'john-kerry', count: 2, via: 'participant' });
    const kerry = files.cards!.entities.find((e) => e.id === 'john-kerry')!;
    // Four sentences of the seed article, and the briefs that name both.
    const lavrov = kerry.related.find((r) => r.id === 'sergey-lavrov');
    expect(lavrov?.via).toBe('cooccurrence');
    expect(lavrov?.count).toBeGreaterThanOrEqual(4);
  });

  it('ships a matcher that spots what the cards describe', () => {
    const spotter = createSpotter(files.matcher!);
    const ids = spotter
      .spot('John Kerry flew to meet Sergey Lavrov. Lavrov waited.')
      .map((m) => m.entityId);
    expect(ids).toEqual(['john-kerry', 'sergey-lavrov', 'sergey-lavrov']);
  });

  it('ships a search index the popup can load as is', () => {
    const searcher = loadSearch(files.search!, files.cards!);
    const hit = searcher.search('lavrov', { types: ['entity'] })[0];
    expect(hit?.type === 'entity' && hit.entity.id).toBe('sergey-lavrov');
  });
});

describe('buildPack output', () => {
  it('is reproducible: the same data gives the same hash, other data another', async () => {
    const again = join(parent, 'again');
    await buildPack({ dataDir: DATA, outDir: again, corpus: SLICE });
    const manifest = JSON.parse(await readFile(join(again, 'pack.json'), 'utf8')) as PackManifest;
    expect(manifest.hash).toBe(files.manifest!.hash);
    const other = await writeDataDir();
    await buildPack({ dataDir: other, outDir: again });
    const changed = JSON.parse(await readFile(join(again, 'pack.json'), 'utf8')) as PackManifest;
    expect(changed.hash).not.toBe(files.manifest!.hash);
    await rm(other, { recursive: true, force: true });
  }, 120_000);

  it('replaces a previous pack whole and leaves no temporary folders', async () => {
    const dataDir = await writeDataDir();
    const target = join(parent, 'replace');
    await buildPack({ dataDir: DATA, outDir: target, corpus: SLICE });
    await buildPack({ dataDir, outDir: target });
    const cards = JSON.parse(await readFile(join(target, 'cards.json'), 'utf8')) as CardsPack;
    expect(cards.entities.map((e) => e.id)).toEqual([
      'geneva-meeting',
      'john-kerry',
      'sergey-lavrov',
    ]);
    expect((await readdir(parent)).filter((n) => n.startsWith('.'))).toEqual([]);
    await rm(dataDir, { recursive: true, force: true });
  }, 120_000);
});

describe('the background the pack carries from the corpus', () => {
  const card = (id: string) => files.cards!.entities.find((e) => e.id === id)!;
  const shard = async (n: number): Promise<BriefShard> => readJson<BriefShard>(briefShardPath(n));

  it('shelves every brief in shards that its index describes', async () => {
    const index = files.cards!.briefIndex!;
    expect(files.manifest!.counts.briefs).toBe(index.count);
    const names = await readdir(join(outDir, 'briefs'));
    expect(names).toHaveLength(Math.ceil(index.count / index.shardSize));
    const last = await shard(names.length - 1);
    expect(last.first + last.briefs.length).toBe(index.count);
    expect(index.months[0]![0] <= index.months[index.months.length - 1]![0]).toBe(true);
  });

  it('merges a catalog entry with its generated entity by Wikipedia title: the entry keeps its fields', () => {
    const lavrov = card('sergey-lavrov');
    expect(lavrov.wikipedia).toBe('Sergey_Lavrov');
    expect(lavrov.name).toBe('Sergey Lavrov');
    expect(lavrov.role).toBeDefined();
    expect(lavrov.briefs!.length).toBeGreaterThan(1);
    expect(lavrov.briefs).toEqual([...lavrov.briefs!].sort((a, b) => a - b));
    expect(files.cards!.entities.filter((e) => e.wikipedia === 'Sergey_Lavrov')).toHaveLength(1);
  });

  it("gives a card's briefs that name it, with roles as of their dates", async () => {
    const lavrov = card('sergey-lavrov');
    const index = files.cards!.briefIndex!;
    const first = lavrov.briefs![0]!;
    const s = await shard(Math.floor(first / index.shardSize));
    const brief = s.briefs[first - s.first]!;
    expect(brief.text).toMatch(/Lavrov/);
    expect(brief.date).toBe(lavrov.span!.first);
    expect(lavrov.roles!.some((r) => /Foreign Minister/i.test(r.role))).toBe(true);
  });

  it('folds the titles of the same-thing table into the kept one', async () => {
    const table = parseYaml(
      await readFile(join(DATA, 'catalog', 'same-thing.yaml'), 'utf8'),
    ) as SameThingEntry[];
    const byTitle = new Map(files.cards!.entities.map((e) => [e.wikipedia, e]));
    // Entries whose kept title the slice's briefs name: their joined titles are no entity of their own.
    const held = table.filter((entry) => byTitle.has(entry.keep));
    expect(held.length).toBeGreaterThan(5);
    for (const { keep, join } of held)
      for (const title of join) expect(byTitle.has(title), `${title} (kept: ${keep})`).toBe(false);
  });

  it('makes entities of actors and events the curated catalog does not have', () => {
    const generated = files.cards!.entities.filter((e) => e.briefs && e.briefs.length >= 2);
    expect(generated.length).toBeGreaterThan(1000);
    const kinds = new Set(generated.map((e) => e.kind));
    for (const kind of ['person', 'organization', 'country', 'group', 'place', 'event'])
      expect(kinds, kind).toContain(kind);
  });
});
