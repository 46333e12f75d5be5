/**
 * The pack files the extension ships as files of its own (not bundled into a
 * script): the cards pack, the brief shards and the brief index. Reading them is a read of the
 * extension's own package (`runtime.getURL`), never a network request.
 */
import { browser } from 'wxt/browser';
import { briefSearchGroupPath, briefSearchHeadPath } from '../core/brief-search-index';
import { briefShardPath, type BriefShard } from '../core/brief-timeline';
import { cardsPartPath, joinCardsParts, type CardsPack, type CardsPart } from '../core/pack';

async function readJson<T>(path: string): Promise<T> {
  const response = await fetch(browser.runtime.getURL(`/${path}` as '/'));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** The cards pack: every entity's card and every article, from its parts. */
export async function loadCardsPack(): Promise<CardsPack> {
  const first = await readJson<CardsPart>(cardsPartPath(0));
  const rest = await Promise.all(
    Array.from({ length: first.parts - 1 }, (_, i) => readJson<CardsPart>(cardsPartPath(i + 1))),
  );
  return joinCardsParts([first, ...rest]);
}

async function readBytes(path: string): Promise<Uint8Array> {
  const response = await fetch(browser.runtime.getURL(`/${path}` as '/'));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Where the components read brief files from: the brief index (core/brief-search-index.ts) and shards. */
export const briefSource = {
  loadHead: () => readBytes(briefSearchHeadPath),
  loadGroup: (group: string) => readBytes(briefSearchGroupPath(group)),
  loadShard: (n: number) => loadBriefShard(n),
};

/** Brief shard `n` (core/brief-timeline.ts). */
export function loadBriefShard(n: number): Promise<BriefShard> {
  return readJson<BriefShard>(briefShardPath(n));
}
