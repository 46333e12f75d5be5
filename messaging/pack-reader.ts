/**
 * How the background reads the cards pack and the briefs for an answer: a
 * PackReader gives the pack's head, cards by id, names by id and briefs by
 * index, whatever holds them. Two readers: the extension's own files (the
 * head, hash-sharded parts and their names, brief shards; core/cards-parts.ts,
 * core/brief-timeline.ts), here, and the worker's IndexedDB copy once it is
 * filled (storage/pack-store.ts). What a reader cannot read it leaves out.
 */
import { shardOf, type BriefShard } from '../core/brief-timeline';
import {
  cardPartOf,
  splitCardsPack,
  type CardNames,
  type CardsHead,
  type CardsPart,
} from '../core/cards-parts';
import type { CardsPack, EntityCard, PackBrief } from '../core/pack';

export interface PackReader {
  head(): Promise<CardsHead>;
  cards(ids: readonly string[]): Promise<Map<string, EntityCard>>;
  names(ids: readonly string[]): Promise<CardNames>;
  briefs(indices: readonly number[]): Promise<Map<number, PackBrief>>;
}

/** The cards pack's files: its head, its parts and their names (core/cards-parts.ts). */
export interface CardsSource {
  head(): Promise<CardsHead>;
  part(n: number): Promise<CardsPart>;
  names(n: number): Promise<CardNames>;
}

/** Reads brief shard `n`. */
export type ShardLoader = (n: number) => Promise<BriefShard>;

/** A source over a whole pack in memory (tests, benches). */
export function packSource(pack: CardsPack, size?: number): CardsSource {
  const { head, parts, names } = splitCardsPack(pack, size);
  return { head: async () => head, part: async (n) => parts[n]!, names: async (n) => names[n]! };
}

/** A reader over files: per call, only the parts and shards that hold what is asked for. */
export function filesReader(source: CardsSource, loadShard?: ShardLoader): PackReader {
  const byId = lookupOnce((part: CardsPart) => new Map(part.entities.map((c) => [c.id, c])));
  /** `read(n)` for each distinct `n` of `numbers`; a failed read is left out. */
  const readAll = async <T>(numbers: Iterable<number>, read: (n: number) => Promise<T>) => {
    const got = new Map<number, T>();
    await Promise.all(
      [...new Set(numbers)].map((n) =>
        read(n).then(
          (file) => void got.set(n, file),
          () => undefined,
        ),
      ),
    );
    return got;
  };
  return {
    head: () => source.head(),
    async cards(ids) {
      const { parts } = await source.head();
      const got = await readAll(
        ids.map((id) => cardPartOf(id, parts)),
        (n) => source.part(n),
      );
      const found = new Map<string, EntityCard>();
      for (const id of ids) {
        const part = got.get(cardPartOf(id, parts));
        const card = part && byId(part).get(id);
        if (card) found.set(id, card);
      }
      return found;
    },
    async names(ids) {
      const { parts } = await source.head();
      const got = await readAll(
        ids.map((id) => cardPartOf(id, parts)),
        (n) => source.names(n),
      );
      const names: CardNames = {};
      for (const id of ids) {
        const part = got.get(cardPartOf(id, parts));
        if (part && Object.hasOwn(part, id)) names[id] = part[id]!;
      }
      return names;
    },
    async briefs(indices) {
      const found = new Map<number, PackBrief>();
      const { briefIndex } = await source.head();
      if (!loadShard || !briefIndex) return found;
      const size = briefIndex.shardSize;
      const got = await readAll(
        indices.map((i) => shardOf(i, size)),
        loadShard,
      );
      for (const i of indices) {
        const shard = got.get(shardOf(i, size));
        const brief = shard?.briefs[i - shard.first];
        if (brief) found.set(i, brief);
      }
      return found;
    },
  };
}

/** `make(file)`, computed once per file object. */
function lookupOnce<F extends object, T>(make: (file: F) => T): (file: F) => T {
  const made = new WeakMap<F, { value: T }>();
  return (file) => {
    let entry = made.get(file);
    if (!entry) made.set(file, (entry = { value: make(file) }));
    return entry.value;
  };
}

/** Keeps the last `max` files read (brief shards, card parts), and shares a read in flight; a failed read is forgotten. */
export function cachedReads<T>(
  load: (n: number) => Promise<T>,
  max = 16,
): (n: number) => Promise<T> {
  const cache = new Map<number, Promise<T>>();
  return (n) => {
    let read = cache.get(n);
    if (read) {
      cache.delete(n);
    } else {
      read = load(n);
      read.catch(() => cache.delete(n));
    }
    cache.set(n, read);
    while (cache.size > max) cache.delete(cache.keys().next().value!);
    return read;
  };
}

/** `load()` once, shared while in flight; a failed read is forgotten (the next call reads again). */
export function readOnce<T>(load: () => Promise<T>): () => Promise<T> {
  const read = cachedReads(() => load(), 1);
  return () => read(0);
}

/** `source` with its head read once (again after a failure) and its last `max` parts kept. */
export function cachedCards(source: CardsSource, max = 16): CardsSource {
  return {
    head: readOnce(() => source.head()),
    part: cachedReads((n) => source.part(n), max),
    names: cachedReads((n) => source.names(n), 4 * max),
  };
}
