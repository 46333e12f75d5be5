/**
 * The background's answer to `backstory/cards`: the cards asked for (unknown
 * ids are left out), the name and kind of every entity they relate to (related,
 * parent story, sub-stories), where each article they cite came from (without
 * the article bodies), and each card's timeline of briefs as of the asked
 * date, with the text of just those briefs.
 */
import {
  CARD_TIMELINE,
  pickTimeline,
  shardOf,
  timelineWindow,
  type BriefIndex,
  type BriefShard,
  type Timeline,
  type TimelineSize,
} from '../core/brief-timeline';
import {
  cardPartOf,
  splitCardsPack,
  type CardNames,
  type CardsHead,
  type CardsPart,
} from '../core/cards-parts';
import type { CardsPack, EntityCard, PackBrief } from '../core/pack';
import type { CardsResponse } from './protocol';

/** Reads brief shard `n` (the background fetches it from the extension's own files). */
export type ShardLoader = (n: number) => Promise<BriefShard>;

/** Where the answerer reads the cards pack from: its head, its parts and their names (core/cards-parts.ts). */
export interface CardsSource {
  head(): Promise<CardsHead>;
  part(n: number): Promise<CardsPart>;
  names(n: number): Promise<CardNames>;
}

export interface AnswererOptions {
  loadShard?: ShardLoader;
  /** Today's ISO date, the timelines' date when a request gives none. */
  today?: () => string;
}

export type CardsAnswerer = (
  ids: readonly string[],
  asOf?: string,
  withTimelines?: boolean,
  /** Briefs up to `asOf` per timeline (CARD_TIMELINE's by default, at most MAX_BEFORE). */
  before?: number,
) => Promise<CardsResponse>;

/** The most briefs up to a date that one answer carries per card. */
export const MAX_BEFORE = 200;

/** A source over a whole pack in memory (tests, benches). */
export function packSource(pack: CardsPack, size?: number): CardsSource {
  const { head, parts, names } = splitCardsPack(pack, size);
  return { head: async () => head, part: async (n) => parts[n]!, names: async (n) => names[n]! };
}

/**
 * Returns an answerer that reads the head and, per request, only the parts
 * that hold the cards asked for (a part that cannot be read leaves its cards
 * out) and the names of the parts their related entities are in (a name that
 * cannot be read is left out); each lookup is built once per file read.
 */
export function cardsAnswerer(source: CardsSource, options: AnswererOptions = {}): CardsAnswerer {
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  const byId = lookupOnce((part: CardsPart) => new Map(part.entities.map((c) => [c.id, c])));
  const articlesOf = lookupOnce((head: CardsHead) => new Map(head.articles.map((a) => [a.id, a])));
  const readersOf = lookupOnce(
    (head: CardsHead) =>
      options.loadShard && head.briefIndex && timelineReader(head.briefIndex, options.loadShard),
  );
  return async (ids, asOf, withTimelines = true, before = CARD_TIMELINE.before) => {
    if (ids.length === 0) return { cards: [], names: {}, sources: {} };
    const head = await source.head();
    const partNumbers = [...new Set(ids.map((id) => cardPartOf(id, head.parts)))];
    const parts = new Map<number, Map<string, EntityCard>>();
    await Promise.all(
      partNumbers.map((n) =>
        source.part(n).then(
          (part) => void parts.set(n, byId(part)),
          () => undefined,
        ),
      ),
    );
    const found = ids
      .map((id) => parts.get(cardPartOf(id, head.parts))?.get(id))
      .filter((c): c is EntityCard => c !== undefined);
    const refs = found.flatMap((card) => [
      ...card.related.map((r) => r.id),
      ...(card.parent ? [card.parent] : []),
      ...(card.children ?? []),
    ]);
    const nameParts = await Promise.all(
      [...new Set(refs.map((id) => cardPartOf(id, head.parts)))].map((n) =>
        source.names(n).catch((): CardNames => ({})),
      ),
    );
    const names: CardsResponse['names'] = {};
    for (const id of refs) {
      const named = nameParts.find((part) => Object.hasOwn(part, id))?.[id];
      if (named) names[id] = { name: named[0], kind: named[1] };
    }
    const articles = articlesOf(head);
    const sources: CardsResponse['sources'] = {};
    for (const card of found) {
      for (const articleId of [...card.articles, ...card.facts.map((f) => f.articleId)]) {
        const a = articles.get(articleId);
        if (a)
          sources[a.id] = { title: a.title, source: a.source, published: a.published, url: a.url };
      }
    }
    const answer: CardsResponse = { cards: found, names, sources };
    const timelines = readersOf(head);
    const withBriefs = found.filter((c) => c.briefs && c.briefs.length > 0);
    if (timelines && withTimelines && withBriefs.length > 0) {
      const size = {
        before: Math.max(1, Math.min(MAX_BEFORE, Math.floor(before) || CARD_TIMELINE.before)),
        after: CARD_TIMELINE.after,
      };
      Object.assign(answer, await timelines(withBriefs, asOf ?? today(), size));
    }
    return answer;
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

/** Timelines for cards, reading only the shards their windows fall in. A shard that fails to load leaves its cards without one. */
function timelineReader(index: BriefIndex, loadShard: ShardLoader) {
  return async (
    cards: readonly EntityCard[],
    asOf: string,
    size: TimelineSize,
  ): Promise<Pick<CardsResponse, 'timelines' | 'briefs'>> => {
    const windows = new Map(
      cards.map((c) => [c.id, timelineWindow(c.briefs!, asOf, index.months, size)]),
    );
    const wanted = new Set([...windows.values()].flat().map((i) => shardOf(i, index.shardSize)));
    const shards = new Map<number, BriefShard>();
    await Promise.all(
      [...wanted].map((n) =>
        loadShard(n).then(
          (shard) => void shards.set(n, shard),
          () => undefined,
        ),
      ),
    );
    const briefAt = (i: number): PackBrief | undefined => {
      const shard = shards.get(shardOf(i, index.shardSize));
      return shard?.briefs[i - shard.first];
    };
    const timelines: Record<string, Timeline> = {};
    const briefs: Record<number, PackBrief> = {};
    for (const card of cards) {
      if (!windows.get(card.id)!.every((i) => briefAt(i))) continue;
      const timeline = pickTimeline(
        card.briefs!,
        asOf,
        (i) => briefAt(i)?.date,
        index.months,
        size,
      );
      timelines[card.id] = timeline;
      for (const i of [...timeline.before, ...timeline.after]) briefs[i] = briefAt(i)!;
    }
    return { timelines, briefs };
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

/** `source` with its head read once (again after a failure) and its last `max` parts kept. */
export function cachedCards(source: CardsSource, max = 16): CardsSource {
  const head = cachedReads(() => source.head(), 1);
  return {
    head: () => head(0),
    part: cachedReads((n) => source.part(n), max),
    names: cachedReads((n) => source.names(n), 4 * max),
  };
}
