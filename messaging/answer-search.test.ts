import { describe, expect, it } from 'vitest';
import { SEED_PACK } from '../core/fixtures/seed-cards';
import { buildSearchIndex, loadSearch } from '../core/search';
import { searchAnswerer, searchWarmer } from './answer-search';
import { filesReader, packSource, type PackReader } from './pack-reader';

const whole = loadSearch(undefined, SEED_PACK);
const index = () => JSON.parse(JSON.stringify(buildSearchIndex(SEED_PACK))) as unknown;
const reader = filesReader(packSource(SEED_PACK, 3));

function counted(load: () => Promise<unknown>) {
  const calls = { n: 0 };
  return { calls, load: () => (calls.n++, load()) };
}

describe('searchAnswerer', () => {
  it('answers with the same hits as the whole pack’s search, cards and sentences joined', async () => {
    const search = searchAnswerer(reader, async () => index());
    for (const query of ['lavrov', 'geneva ta', 'secretary of state', 'ceasefire']) {
      expect((await search(query)).hits).toEqual(whole.search(query, { limit: 12 }));
    }
    const geneva = (await search('geneva', 30)).hits;
    expect(geneva.some((h) => h.type === 'sentence')).toBe(true);
    expect(geneva.some((h) => h.type === 'fact')).toBe(true);
  });

  it('reads the index once, from the first request; an empty query only reads it', async () => {
    const { calls, load } = counted(async () => index());
    const search = searchAnswerer(reader, load);
    expect(calls.n).toBe(0);
    expect(await search('')).toEqual({ hits: [] });
    expect(calls.n).toBe(1);
    await Promise.all([search('kerry'), search('putin')]);
    expect(calls.n).toBe(1);
  });

  it('reads again after a read that failed, and says it failed meanwhile', async () => {
    let fail = true;
    const { calls, load } = counted(async () => {
      if (fail) throw new Error('search.json: 404');
      return index();
    });
    const search = searchAnswerer(reader, load);
    expect(await search('lavrov')).toEqual({ hits: [], failed: true });
    fail = false;
    expect((await search('lavrov')).hits[0]).toMatchObject({ entity: { id: 'sergey-lavrov' } });
    expect(calls.n).toBe(2);
  });

  it.each([
    ['another pack’s index', () => buildSearchIndex({ ...SEED_PACK, hash: 'other' })],
    ['a corrupt file', () => ({ engine: 'backstory-impact', docs: 'x' })],
    ['nothing', () => null],
  ])('fails on %s rather than answering wrong hits', async (_name, json) => {
    const search = searchAnswerer(reader, async () => json());
    expect(await search('lavrov')).toEqual({ hits: [], failed: true });
  });

  it('caps the limit and the query', async () => {
    const search = searchAnswerer(reader, async () => index());
    expect((await search('geneva', 10_000)).hits.length).toBeLessThanOrEqual(50);
    expect((await search('geneva', 2)).hits).toHaveLength(2);
    expect((await search(`lavrov ${'x'.repeat(5000)}`)).hits[0]).toMatchObject({
      entity: { id: 'sergey-lavrov' },
    });
  });

  it('leaves out a hit whose card cannot be read', async () => {
    const lossy: PackReader = {
      ...reader,
      cards: async (ids) => {
        const got = await reader.cards(ids);
        got.delete('sergey-lavrov');
        return got;
      },
    };
    const hits = (await searchAnswerer(lossy, async () => index())('lavrov')).hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h) => h.type !== 'sentence' && h.entity.id === 'sergey-lavrov')).toBe(false);
  });
});

describe('searchWarmer', () => {
  const base = 'chrome-extension://abc/';
  function setup(ownThread = true) {
    const { calls, load } = counted(async () => index());
    const search = searchAnswerer(reader, load);
    const warm = searchWarmer(search, { ownThread, extensionBase: base }, (run) => run());
    return { calls, warm };
  }
  const settle = () => new Promise((done) => setTimeout(done, 0));

  it('reads the index once an extension page’s cards are answered, and only once', async () => {
    const { calls, warm } = setup();
    let answer!: () => void;
    const answered = new Promise<void>((done) => (answer = done));
    warm(`${base}popup.html?tabId=3`, answered);
    await settle();
    expect(calls.n).toBe(0); // not before the answer
    answer();
    await settle();
    expect(calls.n).toBe(1);
    warm(`${base}library.html`, Promise.resolve());
    await settle();
    expect(calls.n).toBe(1);
  });

  it('reads it after an answer that failed too', async () => {
    const { calls, warm } = setup();
    warm(`${base}popup.html`, Promise.reject(new Error('no cards')));
    await settle();
    expect(calls.n).toBe(1);
  });

  it.each([
    ['a page’s content script', 'https://news.example/story', true],
    ['a sender without a URL', undefined, true],
    ['a background without a thread of its own', `${base}popup.html`, false],
  ])('leaves it for the first key for %s', async (_name, url, ownThread) => {
    const { calls, warm } = setup(ownThread);
    warm(url, Promise.resolve());
    await settle();
    expect(calls.n).toBe(0);
  });
});
