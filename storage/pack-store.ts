/**
 * The background's copy of the cards pack and the briefs in IndexedDB
 * (`backstory-pack`), filled once per pack from the extension's own files.
 * A worker woken by a hover reads one card, its related names and the briefs
 * of its timeline in a few milliseconds, where the files take tens (an
 * extension's files come slowly to its worker: bench/README.md, hover to
 * card). The copy is only read once it is complete for the pack this build
 * ships (its hash): until then, and if IndexedDB fails, the files answer.
 *
 * The fill writes one file per transaction and records each file done, so a
 * worker stopped halfway goes on where it was the next time it starts; a new
 * pack clears the old copy first. It only writes what the extension ships.
 */
import { briefShardCount, type BriefShard } from '../core/brief-timeline';
import type { CardNames, CardsHead } from '../core/cards-parts';
import type { EntityCard, PackBrief } from '../core/pack';
import type { CardsSource, PackReader, ShardLoader } from '../messaging/pack-reader';

export const PACK_DB = 'backstory-pack';
const DB_VERSION = 1;
const STORES = ['cards', 'names', 'briefs', 'meta'] as const;
type StoreName = (typeof STORES)[number];

/** What `meta` holds: the head, and the fill's progress for one pack. */
interface Progress {
  hash: string;
  /** Card parts (with their names) and brief shards written. */
  parts: number[];
  shards: number[];
  complete: boolean;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

export interface PackStore {
  /** True once the copy holds the whole pack of `hash`. */
  isComplete(): Promise<boolean>;
  /**
   * Copies what is not copied yet from the files; resolves when the copy is
   * complete, rejects when a file or a write fails (what was written stays).
   * `onFile` runs after each file written.
   */
  fill(files: CardsSource, loadShard: ShardLoader, onFile?: () => void): Promise<void>;
  /** A reader over the copy (read it only once `isComplete`). */
  reader: PackReader;
  close(): void;
}

/** Opens the copy for the pack of `hash`; rejects when IndexedDB cannot be opened. */
export async function openPackStore(idb: IDBFactory, hash: string): Promise<PackStore> {
  const open = idb.open(PACK_DB, DB_VERSION);
  open.onupgradeneeded = () => {
    for (const name of STORES) {
      if (!open.result.objectStoreNames.contains(name)) open.result.createObjectStore(name);
    }
  };
  const db = await request(open);
  const read = async <T>(store: StoreName, keys: readonly IDBValidKey[]) => {
    const tx = db.transaction(store, 'readonly');
    const os = tx.objectStore(store);
    return Promise.all(keys.map((k) => request(os.get(k) as IDBRequest<T | undefined>)));
  };
  const progress = async (): Promise<Progress> => {
    const [p] = await read<Progress>('meta', ['progress']);
    return p?.hash === hash ? p : { hash, parts: [], shards: [], complete: false };
  };
  /** Writes in one transaction over `stores`. */
  const write = (
    stores: StoreName[],
    put: (store: (name: StoreName) => IDBObjectStore) => void,
  ) => {
    const tx = db.transaction(stores, 'readwrite');
    put((name) => tx.objectStore(name));
    return done(tx);
  };
  let head: Promise<CardsHead> | undefined;
  let complete = false;

  return {
    async isComplete() {
      complete ||= (await progress()).complete;
      return complete;
    },

    async fill(files, loadShard, onFile) {
      let state = await progress();
      if (state.complete) return;
      if (state.parts.length === 0 && state.shards.length === 0) {
        // Another pack's copy, or none: start from empty.
        await write([...STORES], (store) => STORES.forEach((name) => store(name).clear()));
        await write(['meta'], (store) => store('meta').put(state, 'progress'));
      }
      const fileHead = await files.head();
      const partsDone = new Set(state.parts);
      for (let n = 0; n < fileHead.parts; n++) {
        if (partsDone.has(n)) continue;
        const [part, names] = await Promise.all([files.part(n), files.names(n)]);
        state = { ...state, parts: [...state.parts, n] };
        await write(['cards', 'names', 'meta'], (store) => {
          for (const card of part.entities) store('cards').put(card, card.id);
          for (const [id, name] of Object.entries(names)) store('names').put(name, id);
          store('meta').put(state, 'progress');
        });
        onFile?.();
      }
      const shardsDone = new Set(state.shards);
      const shards = fileHead.briefIndex ? briefShardCount(fileHead.briefIndex) : 0;
      for (let n = 0; n < shards; n++) {
        if (shardsDone.has(n)) continue;
        const shard: BriefShard = await loadShard(n);
        state = { ...state, shards: [...state.shards, n] };
        await write(['briefs', 'meta'], (store) => {
          shard.briefs.forEach((brief, i) => store('briefs').put(brief, shard.first + i));
          store('meta').put(state, 'progress');
        });
        onFile?.();
      }
      state = { ...state, complete: true };
      await write(['meta'], (store) => {
        store('meta').put(fileHead, 'head');
        store('meta').put(state, 'progress');
      });
      complete = true;
    },

    reader: {
      head() {
        head ??= read<CardsHead>('meta', ['head']).then(([h]) => {
          if (!h) throw new Error('the pack copy has no head');
          return h;
        });
        head.catch(() => (head = undefined));
        return head;
      },
      async cards(ids) {
        const got = await read<EntityCard>('cards', ids);
        return new Map(got.flatMap((card, i) => (card ? [[ids[i]!, card] as const] : [])));
      },
      async names(ids) {
        const got = await read<CardNames[string]>('names', ids);
        const names: CardNames = {};
        got.forEach((name, i) => name && (names[ids[i]!] = name));
        return names;
      },
      async briefs(indices) {
        const got = await read<PackBrief>('briefs', indices);
        return new Map(got.flatMap((brief, i) => (brief ? [[indices[i]!, brief] as const] : [])));
      },
    },

    close: () => db.close(),
  };
}

/**
 * A reader that reads the copy once it is complete, and the files until then
 * (or for good, when the copy cannot be opened: `store` resolves to null).
 */
export function storeOrFiles(store: Promise<PackStore | null>, files: PackReader): PackReader {
  const pick = async (): Promise<PackReader> => {
    const s = await store;
    return s && (await s.isComplete().catch(() => false)) ? s.reader : files;
  };
  return {
    head: async () => (await pick()).head(),
    cards: async (ids) => (await pick()).cards(ids),
    names: async (ids) => (await pick()).names(ids),
    briefs: async (indices) => (await pick()).briefs(indices),
  };
}
