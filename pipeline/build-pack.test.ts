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
import { buildPack } from './build-pack';
import type { PackManifest } from './manifest';
import { writeDataDir } from './testing/data-dir';

const DATA = new URL('../data', import.meta.url).pathname;

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
  const result = await buildPack({ dataDir: DATA, outDir });
  expect(result).toMatchObject({ ok: true });
  files.manifest = await readJson('pack.json');
  files.cards = await readJson('cards.json');
  files.matcher = await readJson('matcher.json');
  files.search = await readJson('search.json');
}, 60_000);
afterAll(() => rm(parent, { recursive: true, force: true }));

describe('the pack built from data/', () => {
  it('writes the four files, all stamped with one schema version and content hash', async () => {
    expect((await readdir(outDir)).sort()).toEqual([
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
    expect(kerry.related).toContainEqual({ id: 'sergey-lavrov', count: 4, via: 'cooccurrence' });
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
    await buildPack({ dataDir: DATA, outDir: again });
    const manifest = JSON.parse(await readFile(join(again, 'pack.json'), 'utf8')) as PackManifest;
    expect(manifest.hash).toBe(files.manifest!.hash);
    const other = await writeDataDir();
    await buildPack({ dataDir: other, outDir: again });
    const changed = JSON.parse(await readFile(join(again, 'pack.json'), 'utf8')) as PackManifest;
    expect(changed.hash).not.toBe(files.manifest!.hash);
    await rm(other, { recursive: true, force: true });
  });

  it('replaces a previous pack whole and leaves no temporary folders', async () => {
    const dataDir = await writeDataDir();
    const target = join(parent, 'replace');
    await buildPack({ dataDir: DATA, outDir: target });
    await buildPack({ dataDir, outDir: target });
    const cards = JSON.parse(await readFile(join(target, 'cards.json'), 'utf8')) as CardsPack;
    expect(cards.entities.map((e) => e.id)).toEqual([
      'geneva-meeting',
      'john-kerry',
      'sergey-lavrov',
    ]);
    expect((await readdir(parent)).filter((n) => n.startsWith('.'))).toEqual([]);
    await rm(dataDir, { recursive: true, force: true });
  });
});
