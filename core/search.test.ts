import { describe, expect, it } from 'vitest';
import { SEED_PACK } from './fixtures/seed-cards';
import {
  buildSearchIndex,
  hitEntityIds,
  joinHits,
  loadRefSearch,
  loadSearch,
  type SearchHit,
} from './search';

const searcher = loadSearch(JSON.parse(JSON.stringify(buildSearchIndex(SEED_PACK))), SEED_PACK);

const label = (hit: SearchHit | undefined): string => {
  if (!hit) return 'none';
  if (hit.type === 'sentence') return `sentence:${hit.article.id}@${hit.start}`;
  return hit.type === 'fact' ? `fact:${hit.entity.id}#${hit.factIndex}` : `entity:${hit.entity.id}`;
};

describe('search first results', () => {
  it.each([
    ['lavrov', 'entity:sergey-lavrov'],
    ['Lavrov’s', 'entity:sergey-lavrov'],
    ['lavrof', 'entity:sergey-lavrov'],
    ['sergei', 'entity:sergey-lavrov'],
    ['russian foreign minister', 'entity:sergey-lavrov'],
    ['g20', 'entity:g20-hangzhou-2016'],
    ['group of 20', 'entity:g20-hangzhou-2016'],
    ['ceasefire', 'entity:geneva-talks-2016'],
    ['assad', 'entity:bashar-al-assad'],
    ['al-assad', 'entity:bashar-al-assad'],
    ['geneva ta', 'entity:geneva-talks-2016'],
    ['put', 'entity:vladimir-putin'],
    ['secretary of state', 'entity:john-kerry'],
  ])('%s → %s', (query, expected) => {
    expect(label(searcher.search(query)[0])).toBe(expected);
  });

  it('finds the deal’s terms for ceasefire: the fact and the article sentence', () => {
    const labels = searcher.search('ceasefire').map(label);
    expect(labels).toContain('fact:geneva-talks-2016#0');
    expect(labels.some((l) => l.startsWith('sentence:seed-geneva'))).toBe(true);
  });

  it('returns the verbatim sentence with its offsets in the article body', () => {
    const hit = searcher.search('telephone').find((h) => h.type === 'sentence');
    expect(hit?.type).toBe('sentence');
    if (hit?.type !== 'sentence') return;
    expect(hit.article.body.slice(hit.start, hit.end)).toBe(hit.text);
    expect(hit.text).toMatch(/^Kerry and Lavrov spoke by telephone/);
    expect(hit.terms).toEqual(['telephone']);
  });

  it('reports the matched words and whether all of the query matched', () => {
    const [hit] = searcher.search('russian foreign minister');
    expect(hit?.type).toBe('entity');
    expect([...(hit?.terms ?? [])].sort()).toEqual(['foreign', 'minister', 'russian']);
    expect(hit?.complete).toBe(true);
    const [partial] = searcher.search('lavrov zanzibar');
    expect(partial?.complete).toBe(false);
  });
});

describe('search options and edges', () => {
  it.each(['', '   ', '—', 'zzzzqqq'])('%j finds nothing', (query) => {
    expect(searcher.search(query)).toEqual([]);
  });

  it('limits and filters by hit type', () => {
    expect(searcher.search('syria', { limit: 2 })).toHaveLength(2);
    const facts = searcher.search('ceasefire', { types: ['fact'] });
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((h) => h.type === 'fact')).toBe(true);
  });

  it('falls back to any word when no document has them all', () => {
    expect(label(searcher.search('lavrov zanzibar')[0])).toBe('entity:sergey-lavrov');
  });

  it('ranks actors above sentences that only mention them', () => {
    const hits = searcher.search('kerry');
    expect(label(hits[0])).toBe('entity:john-kerry');
  });
});

describe('loadSearch', () => {
  it.each([
    ['nothing', undefined],
    [
      'garbage',
      { engine: 'minisearch', version: 1, hash: 'seed-fixture', docs: [], index: { bad: 1 } },
    ],
    ['another version', { ...buildSearchIndex(SEED_PACK), version: 999 }],
    ['another pack', { ...buildSearchIndex({ ...SEED_PACK, entities: [] }), hash: 'other' }],
  ])('rebuilds from the pack given %s', (_name, json) => {
    const s = loadSearch(json, SEED_PACK);
    expect(label(s.search('lavrov')[0])).toBe('entity:sergey-lavrov');
    expect(s.size).toBe(searcher.size);
  });

  it('builds a JSON-serializable index stamped with the pack hash', () => {
    const json = buildSearchIndex(SEED_PACK);
    const text = JSON.stringify(json);
    expect(JSON.stringify(JSON.parse(text))).toBe(text);
    expect(json.hash).toBe('seed-fixture');
    expect(json.docs[0]).toEqual(['entity', 'sergey-lavrov']);
  });
});

describe('loadRefSearch (the index without the pack)', () => {
  const json = JSON.parse(JSON.stringify(buildSearchIndex(SEED_PACK))) as unknown;
  const refs = loadRefSearch(json, SEED_PACK.hash)!;
  const entities = new Map(SEED_PACK.entities.map((e) => [e.id, e]));
  const articles = new Map(SEED_PACK.articles.map((a) => [a.id, a]));
  const everything = {
    entity: (id: string) => entities.get(id),
    article: (id: string) => articles.get(id),
  };

  it('answers with references that join to the same hits as the whole pack', () => {
    for (const query of ['lavrov', 'geneva ta', 'secretary of state', 'ceasefire', 'put']) {
      expect(joinHits(refs.search(query, { limit: 12 }), everything)).toEqual(
        searcher.search(query, { limit: 12 }),
      );
    }
    expect(refs.size).toBe(searcher.size);
  });

  it('names each card its hits need once, entities and facts alike, never articles', () => {
    const hits = refs.search('lavrov', { limit: 20 });
    const ids = hitEntityIds(hits);
    expect(ids).toContain('sergey-lavrov');
    expect(new Set(ids).size).toBe(ids.length);
    expect(hits.some((h) => h.ref[0] === 'fact')).toBe(true);
    const sentences = refs.search('geneva', { limit: 40 }).filter((h) => h.ref[0] === 'sentence');
    expect(sentences.length).toBeGreaterThan(0);
    expect(hitEntityIds(sentences)).toEqual([]);
  });

  it('leaves out the hits whose card is not known yet, keeping the order of the rest', () => {
    const hits = refs.search('geneva', { limit: 12 });
    const known = new Set(hitEntityIds(hits).slice(1));
    const partial = joinHits(hits, {
      entity: (id) => (known.has(id) ? entities.get(id) : undefined),
      article: everything.article,
    });
    const all = joinHits(hits, everything);
    expect(partial.length).toBeLessThan(all.length);
    expect(partial).toEqual(all.filter((h) => h.type === 'sentence' || known.has(h.entity.id)));
  });

  it.each([
    ['nothing', undefined],
    [
      'garbage',
      { engine: 'backstory-impact', version: 2, hash: 'seed-fixture', docs: [], postings: {} },
    ],
    ['another version', { ...buildSearchIndex(SEED_PACK), version: 999 }],
    ['another pack', buildSearchIndex({ ...SEED_PACK, hash: 'other' })],
  ])('is undefined given %s, so the caller falls back to the pack', (_name, index) => {
    expect(loadRefSearch(index, SEED_PACK.hash)).toBeUndefined();
  });
});
