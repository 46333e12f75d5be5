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
  timelineWindow,
  type BriefIndex,
  type Timeline,
  type TimelineSize,
} from '../core/brief-timeline';
import type { CardNames } from '../core/cards-parts';
import type { EntityCard, PackBrief } from '../core/pack';
import type { PackReader } from './pack-reader';
import type { CardsResponse } from './protocol';

export interface AnswererOptions {
  /** Today's ISO date, the timelines' date when a request gives none. */
  today?: () => string;
}

export type CardsAnswerer = (
  ids: readonly string[],
  asOf?: string,
  withTimelines?: boolean,
  /** Briefs up to `asOf` per timeline (CARD_TIMELINE's by default, at most MAX_BEFORE). */
  before?: number,
  /** How many related entities and sub-stories of each card to name (all by default). */
  named?: number,
) => Promise<CardsResponse>;

/** The most briefs up to a date that one answer carries per card. */
export const MAX_BEFORE = 200;

/**
 * Returns an answerer over `reader` (messaging/pack-reader.ts): per request
 * it reads the cards asked for, the names of the entities they relate to, and
 * the briefs around the date; what the reader cannot read is left out.
 */
export function cardsAnswerer(reader: PackReader, options: AnswererOptions = {}): CardsAnswerer {
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  return async (ids, asOf, withTimelines = true, before = CARD_TIMELINE.before, named) => {
    if (ids.length === 0) return { cards: [], names: {}, sources: {} };
    const head = await reader.head();
    const byId = await reader.cards(ids);
    const found = ids.map((id) => byId.get(id)).filter((c): c is EntityCard => c !== undefined);
    const withBriefs = found.filter((c) => c.briefs && c.briefs.length > 0);
    const timelines =
      head.briefIndex && withTimelines && withBriefs.length > 0
        ? readTimelines(reader, head.briefIndex, withBriefs, asOf ?? today(), {
            before: Math.max(1, Math.min(MAX_BEFORE, Math.floor(before) || CARD_TIMELINE.before)),
            after: CARD_TIMELINE.after,
          })
        : undefined;
    const lists = found.flatMap((card) => [
      card.related.map((r) => r.id),
      ...(card.parent ? [[card.parent]] : []),
      card.children ?? [],
    ]);
    const names: CardsResponse['names'] = {};
    for (const [id, [name, kind]] of Object.entries(await firstNamed(reader, lists, named))) {
      names[id] = { name, kind };
    }
    const articles = new Map(head.articles.map((a) => [a.id, a]));
    const sources: CardsResponse['sources'] = {};
    for (const card of found) {
      for (const articleId of [...card.articles, ...card.facts.map((f) => f.articleId)]) {
        const a = articles.get(articleId);
        if (a)
          sources[a.id] = { title: a.title, source: a.source, published: a.published, url: a.url };
      }
    }
    const answer: CardsResponse = { cards: found, names, sources };
    if (timelines) Object.assign(answer, await timelines);
    return answer;
  };
}

/**
 * The names of the first `n` ids of each list that have one (every id when `n`
 * is undefined): the first `n` of each are read, then as many more as were
 * missing, until each list has `n` or has no more ids.
 */
async function firstNamed(
  reader: PackReader,
  lists: readonly string[][],
  n: number | undefined,
): Promise<CardNames> {
  const names: CardNames = {};
  const next = lists.map(() => 0);
  const wanted = (list: readonly string[], i: number) =>
    n === undefined
      ? list.length
      : n - list.slice(0, next[i]).filter((id) => names[id] !== undefined).length;
  for (;;) {
    const ask = new Set<string>();
    let moved = false;
    lists.forEach((list, i) => {
      const from = next[i]!;
      const to = Math.min(list.length, from + Math.max(0, wanted(list, i)));
      for (const id of list.slice(from, to)) if (!(id in names)) ask.add(id);
      next[i] = to;
      moved ||= to > from;
    });
    if (!moved) return names;
    if (ask.size > 0) Object.assign(names, await reader.names([...ask]));
  }
}

/** Timelines for cards, reading only the briefs their windows hold. A card whose window cannot be read whole gets none. */
async function readTimelines(
  reader: PackReader,
  index: BriefIndex,
  cards: readonly EntityCard[],
  asOf: string,
  size: TimelineSize,
): Promise<Pick<CardsResponse, 'timelines' | 'briefs'>> {
  const windows = new Map(
    cards.map((c) => [c.id, timelineWindow(c.briefs!, asOf, index.months, size)]),
  );
  const read = await reader.briefs([...new Set([...windows.values()].flat())]);
  const timelines: Record<string, Timeline> = {};
  const briefs: Record<number, PackBrief> = {};
  for (const card of cards) {
    if (!windows.get(card.id)!.every((i) => read.has(i))) continue;
    const timeline = pickTimeline(card.briefs!, asOf, (i) => read.get(i)?.date, index.months, size);
    timelines[card.id] = timeline;
    for (const i of [...timeline.before, ...timeline.after]) briefs[i] = read.get(i)!;
  }
  return { timelines, briefs };
}
