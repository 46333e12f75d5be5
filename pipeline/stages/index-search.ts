/**
 * Stage 6, index: the popup's search index, prebuilt so the popup does not
 * build it on open (core/search.ts, loaded there with `loadSearch`).
 */
import type { CardsPack } from '../../core/pack';
import { buildSearchIndex, type SearchIndexJson } from '../../core/search';

export function indexSearch(cards: CardsPack): SearchIndexJson {
  return buildSearchIndex(cards);
}
