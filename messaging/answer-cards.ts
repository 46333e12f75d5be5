/**
 * The background's answer to `backstory/cards`: the cards asked for (unknown
 * ids are left out), the name and kind of every entity they relate to, and
 * where each article they cite came from (without the article bodies).
 */
import type { CardsPack, EntityCard } from '../core/pack';
import type { CardsResponse } from './protocol';

/** Returns an answerer over `pack`, with its lookups built once. */
export function cardsAnswerer(pack: CardsPack): (ids: readonly string[]) => CardsResponse {
  const cards = new Map(pack.entities.map((card) => [card.id, card]));
  const articles = new Map(pack.articles.map((article) => [article.id, article]));
  return (ids) => {
    const found = ids.map((id) => cards.get(id)).filter((c): c is EntityCard => c !== undefined);
    const names: CardsResponse['names'] = {};
    const sources: CardsResponse['sources'] = {};
    for (const card of found) {
      for (const { id } of card.related) {
        const related = cards.get(id);
        if (related) names[id] = { name: related.name, kind: related.kind };
      }
      for (const articleId of [...card.articles, ...card.facts.map((f) => f.articleId)]) {
        const a = articles.get(articleId);
        if (a)
          sources[a.id] = { title: a.title, source: a.source, published: a.published, url: a.url };
      }
    }
    return { cards: found, names, sources };
  };
}
