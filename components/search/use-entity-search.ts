/**
 * The card search as a hook, for the popup: each query is one message to the
 * background (`backstory/search`), which holds the search index and answers
 * with the hits and their cards (messaging/answer-search.ts), so the popup
 * holds neither the index nor the cards pack. Answers can arrive out of
 * order: one older than the results shown is dropped. Until the query's own
 * answer arrives, the last results stay, so the list never blanks between
 * keys.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../../core/search-hits';
import type { SearchResponse } from '../../messaging/protocol';

/** Where the search is answered (messaging/page-client.ts `requestSearch` in the extension). */
export type SearchSource = (query: string, limit: number) => Promise<SearchResponse | undefined>;

export interface EntitySearchState {
  /** The hits of the query, or of the last query answered until its own answer arrives. */
  hits: readonly SearchHit[];
  /** True once the hits shown are the query's own. */
  ready: boolean;
  /** The background could not answer, or has no readable index. */
  failed: boolean;
  /** Asks the background to read its index before the first keystroke. */
  preload: () => void;
}

/** A performance mark at each render that puts a query's hits in the DOM (its detail: the query); the bench times keys by it. */
export const ENTITY_HITS_MARK = 'backstory:entity-hits';

const NO_HITS: readonly SearchHit[] = [];

interface Answer {
  query: string;
  hits: readonly SearchHit[];
  /** The request's place in the order they were sent. */
  sent: number;
}

export function useEntitySearch(
  source: SearchSource,
  query: string,
  limit = 12,
): EntitySearchState {
  const [answer, setAnswer] = useState<Answer>({ query: '', hits: [], sent: 0 });
  const [failed, setFailed] = useState(false);
  const sent = useRef(0);
  const warmed = useRef(false);
  const active = query.trim() !== '';

  // A layout effect: the message leaves in the keystroke's own task, not a frame later.
  useLayoutEffect(() => {
    if (!active) return;
    warmed.current = true;
    const order = ++sent.current;
    void source(query, limit).then((response) => {
      if (!response || response.failed) return setFailed(true);
      setFailed(false);
      setAnswer((shown) =>
        order > shown.sent ? { query, hits: response.hits, sent: order } : shown,
      );
    });
  }, [query, limit]);

  const ready = active && answer.query === query;
  const hits = active ? answer.hits : NO_HITS;
  useLayoutEffect(() => {
    if (ready) performance.mark(ENTITY_HITS_MARK, { detail: query });
  }, [ready, answer]);
  return {
    hits,
    ready,
    failed,
    preload: () => {
      if (warmed.current) return;
      warmed.current = true;
      void source('', limit).then((response) => {
        if (!response || response.failed) setFailed(true);
      });
    },
  };
}
