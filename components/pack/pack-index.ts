/**
 * Lookups over a CardsPack that the popup and the library share: cards by id,
 * the names and sources CardView wants, and which cards cite each article.
 */
import type { Timeline } from '../../core/brief-timeline';
import type { ArticleRecord, CardsPack, EntityCard, EntityKind, PackBrief } from '../../core/pack';
import type { ArticleSource } from '../card/CardView';

export interface PackIndex {
  pack: CardsPack;
  cards: ReadonlyMap<string, EntityCard>;
  articles: ReadonlyMap<string, ArticleRecord>;
  /** Every entity's name and kind, for CardView's related list. */
  names: Record<string, { name: string; kind: EntityKind }>;
  /** Every article's source line, for CardView's facts. */
  sources: Record<string, ArticleSource>;
  /** The cards that draw on each article, by article id, in pack order. */
  citedBy: ReadonlyMap<string, EntityCard[]>;
  /** Cards' timelines of briefs, by card id, and the briefs they name (from `backstory/cards`). */
  timelines?: Record<string, Timeline>;
  briefs?: Record<number, PackBrief>;
}

/** Builds the lookups once per pack. */
export function indexPack(pack: CardsPack): PackIndex {
  const names: PackIndex['names'] = {};
  const citedBy = new Map<string, EntityCard[]>();
  for (const e of pack.entities) {
    names[e.id] = { name: e.name, kind: e.kind };
    for (const id of e.articles) {
      const list = citedBy.get(id);
      if (list) list.push(e);
      else citedBy.set(id, [e]);
    }
  }
  const sources: PackIndex['sources'] = {};
  for (const a of pack.articles) {
    sources[a.id] = { title: a.title, source: a.source, published: a.published, url: a.url };
  }
  return {
    pack,
    cards: new Map(pack.entities.map((e) => [e.id, e])),
    articles: new Map(pack.articles.map((a) => [a.id, a])),
    names,
    sources,
    citedBy,
  };
}

/** What `backstory/cards` answers: some cards with the names and sources they refer to. */
export interface CardsAnswer {
  cards: EntityCard[];
  names: PackIndex['names'];
  sources: PackIndex['sources'];
  timelines?: PackIndex['timelines'];
  briefs?: PackIndex['briefs'];
}

/**
 * Lookups over only the cards a page needs (the background's answer), so the
 * popup shows them without loading the whole pack.
 */
export function indexCardsAnswer(answer: CardsAnswer): PackIndex {
  const base = indexPack({ schema: 0, hash: 'page-cards', entities: answer.cards, articles: [] });
  return {
    ...base,
    names: { ...answer.names, ...base.names },
    sources: { ...answer.sources },
    timelines: { ...answer.timelines },
    briefs: { ...answer.briefs },
  };
}

/** `index` with the timelines (and the names they need) of `answered`, e.g. the whole pack with the page's timelines. */
export function withTimelines(index: PackIndex, answered: PackIndex): PackIndex {
  return {
    ...index,
    timelines: { ...index.timelines, ...answered.timelines },
    briefs: { ...index.briefs, ...answered.briefs },
  };
}

/** `index` with one more card (e.g. the one just picked from search, before its own answer). */
export function withCard(index: PackIndex, card: EntityCard): PackIndex {
  return {
    ...index,
    cards: new Map(index.cards).set(card.id, card),
    names: { ...index.names, [card.id]: { name: card.name, kind: card.kind } },
  };
}
