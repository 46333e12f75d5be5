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
  type BriefShard,
  type Timeline,
  type TimelineSize,
} from '../core/brief-timeline';
import type { CardsPack, EntityCard, PackBrief } from '../core/pack';
import type { CardsResponse } from './protocol';

/** Reads brief shard `n` (the background fetches it from the extension's own files). */
export type ShardLoader = (n: number) => Promise<BriefShard>;

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

/** Returns an answerer over `pack`, with its lookups built once. */
export function cardsAnswerer(pack: CardsPack, options: AnswererOptions = {}): CardsAnswerer {
  const cards = new Map(pack.entities.map((card) => [card.id, card]));
  const articles = new Map(pack.articles.map((article) => [article.id, article]));
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  const timelines = options.loadShard && pack.briefIndex && timelineReader(pack, options.loadShard);
  return async (ids, asOf, withTimelines = true, before = CARD_TIMELINE.before) => {
    const found = ids.map((id) => cards.get(id)).filter((c): c is EntityCard => c !== undefined);
    const names: CardsResponse['names'] = {};
    const sources: CardsResponse['sources'] = {};
    for (const card of found) {
      const refs = [
        ...card.related.map((r) => r.id),
        ...(card.parent ? [card.parent] : []),
        ...(card.children ?? []),
      ];
      for (const id of refs) {
        const other = cards.get(id);
        if (other) names[id] = { name: other.name, kind: other.kind };
      }
      for (const articleId of [...card.articles, ...card.facts.map((f) => f.articleId)]) {
        const a = articles.get(articleId);
        if (a)
          sources[a.id] = { title: a.title, source: a.source, published: a.published, url: a.url };
      }
    }
    const answer: CardsResponse = { cards: found, names, sources };
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

/** Timelines for cards, reading only the shards their windows fall in. A shard that fails to load leaves its cards without one. */
function timelineReader(pack: CardsPack, loadShard: ShardLoader) {
  const index = pack.briefIndex!;
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

/** Keeps the last `max` shards read, and shares a read in flight. */
export function cachedShards(load: ShardLoader, max = 16): ShardLoader {
  const cache = new Map<number, Promise<BriefShard>>();
  return (n) => {
    let shard = cache.get(n);
    if (shard) {
      cache.delete(n);
    } else {
      shard = load(n);
      shard.catch(() => cache.delete(n));
    }
    cache.set(n, shard);
    while (cache.size > max) cache.delete(cache.keys().next().value!);
    return shard;
  };
}
