/**
 * The background's answer to `backstory/search`: the card search over the
 * index it reads once while it lives (`search.json`), joined to the hits'
 * cards (from the same reader as `backstory/cards`) and the head's articles.
 * The popup then holds neither the index nor the cards pack: a key is one
 * message, and the index is read by the worker, off the popup's main thread.
 */
import type { ArticleRecord } from '../core/pack';
import { hitEntityIds, joinHits, loadRefSearch, type RefSearcher } from '../core/search';
import { readOnce, type PackReader } from './pack-reader';
import { MAX_SEARCH_LIMIT, MAX_SEARCH_QUERY, type SearchResponse } from './protocol';

export type SearchAnswerer = (query: string, limit?: number) => Promise<SearchResponse>;

/** The default number of hits. */
export const SEARCH_LIMIT = 12;

/**
 * Returns an answerer over `reader` and the index `loadIndex` reads. The index is
 * read on the first request (an empty query only reads it); a read that fails is
 * tried again by the next request, and an index that is not the pack's (another
 * hash, version or a corrupt file) answers `failed`.
 */
export function searchAnswerer(
  reader: PackReader,
  loadIndex: () => Promise<unknown>,
): SearchAnswerer {
  // The index and the head's articles by id, read and built once.
  type Index = { refs: RefSearcher; articles: Map<string, ArticleRecord> } | undefined;
  const load = readOnce(() =>
    Promise.all([loadIndex(), reader.head()]).then(([json, head]): Index => {
      const refs = loadRefSearch(json, head.hash);
      return refs && { refs, articles: new Map(head.articles.map((a) => [a.id, a])) };
    }),
  );
  return async (query, limit = SEARCH_LIMIT) => {
    const loaded = await load().catch(() => undefined);
    if (!loaded) return { hits: [], failed: true };
    const text = query.slice(0, MAX_SEARCH_QUERY);
    if (text.trim() === '') return { hits: [] };
    const { refs, articles } = loaded;
    const found = refs.search(text, { limit: Math.max(1, Math.min(MAX_SEARCH_LIMIT, limit)) });
    const cards = await reader.cards(hitEntityIds(found));
    return {
      hits: joinHits(found, { entity: (id) => cards.get(id), article: (id) => articles.get(id) }),
    };
  };
}

/**
 * Reads the search index ahead of the first key, once per worker life: after the cards asked
 * for by an extension page (the popup or the library, which search next) are answered, and only
 * where the background has a thread of its own. A Chromium service worker does; Firefox's
 * background page shares the popup's thread, where the popup's own preload (once its cards are
 * painted and it is idle) decides when. Started stopped, the worker would otherwise read its
 * index only at the first key.
 */
export function searchWarmer(
  search: SearchAnswerer,
  { ownThread, extensionBase }: { ownThread: boolean; extensionBase: string },
  later: (run: () => void) => void = (run) => setTimeout(run, 0),
): (senderUrl: string | undefined, answered: Promise<unknown>) => void {
  let warmed = !ownThread;
  return (senderUrl, answered) => {
    if (warmed || !senderUrl?.startsWith(extensionBase)) return;
    warmed = true;
    const warm = () => later(() => void search('').catch(() => undefined));
    answered.then(warm, warm);
  };
}
