/**
 * The popup's card search data (components/search/use-entity-search.ts): the
 * search index (`search.json`, a chunk of its own) and the cards pack's head,
 * with each hit's card asked of the background (`backstory/cards`, without
 * timelines or related names). The whole cards pack is read only when the
 * index is not this pack's and must be rebuilt, which a consistent build never
 * needs.
 */
import { cardsFiles, loadCardsPack } from '../../messaging/pack-files';
import { requestCards } from '../../messaging/page-client';
import type { EntitySearchSource } from '../../components/search/use-entity-search';

export const entitySearchSource: EntitySearchSource = {
  async load() {
    const [{ buildSearchIndex, loadRefSearch }, index, head] = await Promise.all([
      import('../../core/search'),
      import('../../generated/pack/search.json'),
      cardsFiles.head(),
    ]);
    const refs = loadRefSearch(index.default, head.hash);
    if (refs) return { refs, head };
    const pack = await loadCardsPack();
    const cards = new Map(pack.entities.map((e) => [e.id, e]));
    const articles = new Map(pack.articles.map((a) => [a.id, a]));
    return {
      refs: loadRefSearch(buildSearchIndex(pack), pack.hash)!,
      head,
      pack: { entity: (id) => cards.get(id), article: (id) => articles.get(id) },
    };
  },
  async cards(ids) {
    return (await requestCards(ids, undefined, false, undefined, 0))?.cards;
  },
};
