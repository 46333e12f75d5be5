/**
 * Stage 6, index: the popup's search index, prebuilt so the popup does not
 * build it on open (core/search.ts, loaded there with `loadSearch`), and the
 * brief index over every brief's text (core/brief-search-index.ts).
 */
import { buildBriefSearchIndex, type BriefSearchFiles } from '../../core/brief-search-index';
import type { CardsPack, PackBrief } from '../../core/pack';
import { buildSearchIndex, type SearchIndexJson } from '../../core/search';

export function indexSearch(cards: CardsPack): SearchIndexJson {
  return buildSearchIndex(cards);
}

/** The brief index (`brief-search/`); brief i is `briefs[i]`, oldest first. */
export function indexBriefs(briefs: readonly PackBrief[]): BriefSearchFiles {
  return buildBriefSearchIndex(briefs.map((b) => b.text));
}
