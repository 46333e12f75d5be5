/**
 * The pack files the extension ships as files of its own (not bundled into a
 * script): the alias table, the cards pack, the card search's index, the brief
 * shards and the brief index. Reading them is a read of the extension's own
 * package (`runtime.getURL`), never a network request.
 */
import { browser } from 'wxt/browser';
import { briefSearchGroupPath, briefSearchHeadPath } from '../core/brief-search-index';
import { briefShardPath, type BriefShard } from '../core/brief-timeline';
import {
  cardNamesPath,
  cardsHeadPath,
  cardsPartPath,
  joinCardsParts,
  type CardNames,
  type CardsHead,
  type CardsPart,
} from '../core/cards-parts';
import type { MatcherPack } from '../core/matcher-pack';
import type { CardsPack } from '../core/pack';
import { PACK_FILES } from '../pipeline/manifest';
import type { CardsSource } from './pack-reader';

async function readJson<T>(path: string): Promise<T> {
  const response = await fetch(browser.runtime.getURL(`/${path}` as '/'));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

/**
 * A file the build ships gzipped (`<path>.gz`, wxt.config.ts), inflated as it streams in.
 * Reading an extension file costs about 100 ms per MB here and inflating far less: a cold
 * worker's search went from 97–124 ms to 69–84 ms, and its first alias table answer (then `backstory/matcher`)
 * from 418–551 ms to 304–362 ms (bench/README.md).
 */
async function readGzip(path: string): Promise<Response> {
  const response = await fetch(browser.runtime.getURL(`/${path}.gz` as '/'));
  if (!response.ok || !response.body) throw new Error(`${path}.gz: ${response.status}`);
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip')));
}
/** A JSON file shipped gzipped, read and parsed. */
async function readGzipJson<T>(path: string): Promise<T> {
  return (await (await readGzip(path)).json()) as T;
}

/** The alias table (`matcher.json`), which the background spots the tabs' text with (`backstory/spot`). */
export function loadMatcherPack(): Promise<MatcherPack> {
  return readGzipJson<MatcherPack>(PACK_FILES.matcher);
}

/** The card search's index (`search.json`, core/search.ts), which the background reads for `backstory/search`. */
export function loadSearchIndex(): Promise<unknown> {
  return readGzipJson<unknown>(PACK_FILES.search);
}

/** The cards pack's files (core/cards-parts.ts): its head, part `n` and that part's names. */
export const cardsFiles: CardsSource = {
  head: () => readJson<CardsHead>(cardsHeadPath),
  part: (n) => readJson<CardsPart>(cardsPartPath(n)),
  names: (n) => readJson<CardNames>(cardNamesPath(n)),
};

/** The whole cards pack: every entity's card and every article, from the head and all parts. */
export async function loadCardsPack(): Promise<CardsPack> {
  const head = await cardsFiles.head();
  const parts = await Promise.all(Array.from({ length: head.parts }, (_, n) => cardsFiles.part(n)));
  return joinCardsParts(head, parts);
}

async function readBytes(path: string): Promise<Uint8Array> {
  const response = await fetch(browser.runtime.getURL(`/${path}` as '/'));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Where the components read brief files from: the brief index (core/brief-search-index.ts) and shards. */
export const briefSource = {
  loadHead: async () => new Uint8Array(await (await readGzip(briefSearchHeadPath)).arrayBuffer()),
  loadGroup: (group: string) => readBytes(briefSearchGroupPath(group)),
  loadShard: (n: number) => loadBriefShard(n),
};

/** Brief shard `n` (core/brief-timeline.ts). */
export function loadBriefShard(n: number): Promise<BriefShard> {
  return readJson<BriefShard>(briefShardPath(n));
}
