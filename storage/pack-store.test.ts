import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { shardBriefs } from '../core/brief-timeline';
import type { CardsPack, EntityCard, PackBrief } from '../core/pack';
import { cardsAnswerer } from '../messaging/answer-cards';
import {
  filesReader,
  packSource,
  type CardsSource,
  type PackReader,
} from '../messaging/pack-reader';
import { openPackStore, storeOrFiles } from './pack-store';

const briefs: PackBrief[] = Array.from({ length: 30 }, (_, i) => ({
  date: `2016-${String(Math.floor(i / 3) + 1).padStart(2, '0')}-0${(i % 3) + 1}`,
  text: `brief ${i}`,
  outlets: [{ name: 'Reuters', url: `https://example.org/${i}` }],
}));
const { index, shards } = shardBriefs(briefs, 4);
const card = (id: string, related: string[], own: number[] = []): EntityCard => ({
  id,
  kind: id === 'syria' ? 'country' : 'person',
  name: id.toUpperCase(),
  aliases: [],
  summary: '',
  facts: [],
  citations: [],
  related: related.map((r) => ({ id: r, count: 1, via: 'cooccurrence' as const })),
  asOf: '2016-09-08',
  articles: [],
  ...(own.length > 0 && { briefs: own }),
});
const pack: CardsPack = {
  schema: 1,
  hash: 'h1',
  articles: [],
  briefIndex: index,
  entities: [
    card('lavrov', ['kerry', 'syria'], [0, 4, 9, 13, 20, 29]),
    card('kerry', ['lavrov'], [1, 4, 15]),
    card('syria', [], [2, 3, 9]),
    ...Array.from({ length: 20 }, (_, i) => card(`p${i}`, ['lavrov'])),
  ],
};
const loadShard = async (n: number) => shards[n]!;

/** The pack's files, counting reads, failing the reads named in `fail`. */
function files(source: CardsSource = packSource(pack, 5), fail = new Set<string>()) {
  const reads: string[] = [];
  const readOf =
    <T>(kind: string, get: (n: number) => Promise<T>) =>
    async (n: number) => {
      reads.push(`${kind}${n}`);
      if (fail.has(`${kind}${n}`)) throw new Error(`cannot read ${kind} ${n}`);
      return get(n);
    };
  return {
    reads,
    source: {
      head: () => source.head(),
      part: readOf('part', (n) => source.part(n)),
      names: readOf('names', (n) => source.names(n)),
    } satisfies CardsSource,
    loadShard: readOf('shard', loadShard),
  };
}

const ASKS: [string[], string][] = [
  [['lavrov'], '2016-03-10'],
  [['kerry', 'syria', 'nobody'], '2016-09-08'],
  [['p3', 'p17'], '2026-01-01'],
];

describe('openPackStore', () => {
  it('fills from the files once, then answers every ask as the files do', async () => {
    const store = await openPackStore(new IDBFactory(), 'h1');
    expect(await store.isComplete()).toBe(false);
    const f = files();
    await store.fill(f.source, f.loadShard);
    expect(await store.isComplete()).toBe(true);
    const fromStore = cardsAnswerer(store.reader);
    const fromFiles = cardsAnswerer(filesReader(packSource(pack, 5), loadShard));
    for (const [ids, asOf] of ASKS) {
      expect(await fromStore(ids, asOf)).toEqual(await fromFiles(ids, asOf));
    }
    const before = f.reads.length;
    await store.fill(f.source, f.loadShard);
    expect(f.reads.length).toBe(before);
  });

  it('goes on where a failed fill stopped, reading only what it had not written', async () => {
    const idb = new IDBFactory();
    const failing = files(packSource(pack, 5), new Set(['shard3']));
    const store = await openPackStore(idb, 'h1');
    const onFile = vi.fn();
    await expect(store.fill(failing.source, failing.loadShard, onFile)).rejects.toThrow(
      'cannot read shard 3',
    );
    expect(await store.isComplete()).toBe(false);
    const written = onFile.mock.calls.length;
    expect(written).toBe(5 + 3);
    store.close();
    // A worker started again opens the copy anew.
    const again = await openPackStore(idb, 'h1');
    const f = files();
    await again.fill(f.source, f.loadShard);
    expect(f.reads).toEqual(['shard3', 'shard4', 'shard5', 'shard6', 'shard7']);
    expect(await again.isComplete()).toBe(true);
    expect((await again.reader.briefs([14]).then((m) => m.get(14)))?.text).toBe('brief 14');
  });

  it('clears the copy of another pack before it fills the new one', async () => {
    const idb = new IDBFactory();
    const old = await openPackStore(idb, 'h1');
    const f = files();
    await old.fill(f.source, f.loadShard);
    old.close();
    const next: CardsPack = { ...pack, hash: 'h2', entities: [card('kerry', [])] };
    const store = await openPackStore(idb, 'h2');
    expect(await store.isComplete()).toBe(false);
    const g = files(packSource(next, 5));
    await store.fill(g.source, g.loadShard);
    expect([...(await store.reader.cards(['kerry', 'lavrov'])).keys()]).toEqual(['kerry']);
    expect(await store.reader.names(['lavrov', 'kerry'])).toEqual({ kerry: ['KERRY', 'person'] });
  });
});

describe('storeOrFiles', () => {
  const counting = (reader: PackReader) => {
    const calls = { n: 0 };
    return {
      calls,
      reader: { ...reader, cards: (ids: readonly string[]) => (calls.n++, reader.cards(ids)) },
    };
  };

  it('reads the files until the copy is complete, then the copy', async () => {
    const store = await openPackStore(new IDBFactory(), 'h1');
    const fileReads = counting(filesReader(packSource(pack, 5), loadShard));
    const reader = storeOrFiles(Promise.resolve(store), fileReads.reader);
    await reader.cards(['kerry']);
    expect(fileReads.calls.n).toBe(1);
    const f = files();
    await store.fill(f.source, f.loadShard);
    expect((await reader.cards(['kerry'])).get('kerry')?.name).toBe('KERRY');
    expect(fileReads.calls.n).toBe(1);
  });

  it('reads the files for good when the copy cannot be opened', async () => {
    const fileReads = counting(filesReader(packSource(pack, 5), loadShard));
    const reader = storeOrFiles(Promise.resolve(null), fileReads.reader);
    expect((await reader.cards(['syria'])).get('syria')?.kind).toBe('country');
    expect(fileReads.calls.n).toBe(1);
  });
});
