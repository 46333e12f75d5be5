/**
 * Asks the background for cards (`backstory/cards`), one entity at a time,
 * and remembers each answer for the life of the page, so hovering a mention
 * again (or prefetching it on hover start) costs no message. A failed ask is
 * forgotten, so the next one tries again.
 */
import type { CardsRequest, CardsResponse } from './protocol';
import type { EntityCard } from '../core/pack';

/** One card with the names and sources it refers to. */
export interface CardAnswer {
  card: EntityCard;
  names: CardsResponse['names'];
  sources: CardsResponse['sources'];
}

export interface CardsClient {
  /** The card of `id`, or null when the pack has none (or the ask failed). */
  get(id: string): Promise<CardAnswer | null>;
  /** Starts fetching `id` without waiting. */
  prefetch(id: string): void;
}

export function createCardsClient(
  send: (request: CardsRequest) => Promise<CardsResponse>,
): CardsClient {
  const cache = new Map<string, Promise<CardAnswer | null>>();
  const get = (id: string) => {
    let answer = cache.get(id);
    if (!answer) {
      answer = send({ type: 'backstory/cards', ids: [id] }).then(
        (r) => {
          const card = r?.cards?.find((c) => c.id === id);
          return card ? { card, names: r.names ?? {}, sources: r.sources ?? {} } : null;
        },
        () => {
          cache.delete(id);
          return null;
        },
      );
      cache.set(id, answer);
    }
    return answer;
  };
  return { get, prefetch: (id) => void get(id) };
}
