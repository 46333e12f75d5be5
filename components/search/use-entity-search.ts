/**
 * The card search as a hook, for the popup: it holds the search index and the
 * pack's head, never the whole cards pack. The index answers a query with
 * references (core/search.ts `loadRefSearch`); the cards those point at come
 * from `known` (the cards the popup already has), from earlier answers, or
 * from the background (`source.cards`), asked for once per card. Until a
 * query's cards are in, the last results stay, so the list never shows half
 * of a query's hits and then reorders.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CardsHead } from '../../core/cards-parts';
import type { EntityCard } from '../../core/pack';
import type { RefSearcher } from '../../core/search';
import { hitEntityIds, joinHits, type HitLookup, type SearchHit } from '../../core/search-hits';

export interface EntitySearchData {
  refs: RefSearcher;
  /** The pack's head: its articles (sentence hits) and brief index. */
  head: CardsHead;
  /** Every card at hand (when the index had to be rebuilt from the whole pack). */
  pack?: HitLookup;
}

/** Where the search's data comes from (entrypoints/popup/entity-search-source.ts in the extension). */
export interface EntitySearchSource {
  /** The index and the head, read once. */
  load: () => Promise<EntitySearchData>;
  /** Cards by id from the background; undefined when it could not answer. */
  cards: (ids: string[]) => Promise<EntityCard[] | undefined>;
}

export interface EntitySearchState {
  /** The hits of the query, or of the last query whose cards are all in. */
  hits: SearchHit[];
  /** False while the index loads or the query's cards are on their way. */
  ready: boolean;
  /** The index could not be read. */
  failed: boolean;
  /** The pack's head, once loaded. */
  head?: CardsHead;
  /** A card the search has (e.g. the hit just picked), before the popup asks for its details. */
  cardOf: (id: string) => EntityCard | undefined;
  /** Starts loading the index before the first keystroke (the first query starts it anyway). */
  preload: () => void;
}

/** How long the search waits for one query's cards before it shows its hits without them. */
export const CARDS_WAIT_MS = 1500;

export function useEntitySearch(
  source: EntitySearchSource,
  query: string,
  known: ReadonlyMap<string, EntityCard>,
  limit = 12,
): EntitySearchState {
  const [data, setData] = useState<EntitySearchData>();
  const [failed, setFailed] = useState(false);
  const [, setCardsIn] = useState(0);
  const loading = useRef<Promise<void>>();
  const cards = useRef(new Map<string, EntityCard>());
  // Ids asked for and not answered yet, and ids the background did not answer (left out).
  const asked = useRef(new Set<string>());
  const unanswered = useRef(new Set<string>());

  const preload = () => {
    loading.current ??= source.load().then(setData, () => setFailed(true));
  };
  const active = query.trim() !== '';
  // A layout effect: the load starts in the keystroke's own task, not a frame later.
  useLayoutEffect(() => {
    if (active) preload();
  }, [active]);

  const refHits = useMemo(
    () => (data && active ? data.refs.search(query, { limit }) : []),
    [data, active, query, limit],
  );
  const cardOf = (id: string) => known.get(id) ?? cards.current.get(id) ?? data?.pack?.entity(id);
  const missing = hitEntityIds(refHits).filter(
    (id) => cardOf(id) === undefined && !unanswered.current.has(id),
  );
  useLayoutEffect(() => {
    const ask = missing.filter((id) => !asked.current.has(id));
    if (ask.length === 0) return;
    for (const id of ask) asked.current.add(id);
    // A slow answer lets the query's other hits show; a late one still brings its cards in.
    const timer = setTimeout(() => {
      for (const id of ask) if (!cards.current.has(id)) unanswered.current.add(id);
      setCardsIn((n) => n + 1);
    }, CARDS_WAIT_MS);
    void source
      .cards(ask)
      .catch(() => undefined)
      .then((answer) => {
        clearTimeout(timer);
        for (const card of answer ?? []) cards.current.set(card.id, card);
        for (const id of ask) {
          asked.current.delete(id);
          if (cards.current.has(id)) unanswered.current.delete(id);
          else unanswered.current.add(id);
        }
        setCardsIn((n) => n + 1);
      });
  }, [missing.join(' ')]);

  const ready = data !== undefined && missing.length === 0;
  const shown = useRef<SearchHit[]>([]);
  const articles = useMemo(() => new Map(data?.head.articles.map((a) => [a.id, a])), [data]);
  const hits = useMemo(() => {
    if (!active) return [];
    if (!ready) return shown.current;
    return joinHits(refHits, { entity: cardOf, article: (id) => articles.get(id) });
  }, [active, ready, refHits, articles, known]);
  shown.current = hits;
  return { hits, ready, failed, head: data?.head, cardOf, preload };
}
