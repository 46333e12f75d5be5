/**
 * Asks the background for cards (`backstory/cards`), one entity at a time,
 * and remembers each answer for the life of the page, so hovering a mention
 * again (or prefetching it on hover start) costs no message. A failed ask is
 * forgotten, so the next one tries again.
 */
import type { CardsRequest, CardsResponse } from './protocol';
import type { Timeline } from '../core/brief-timeline';
import { CARD_RELATED, type EntityCard, type PackBrief } from '../core/pack';

/** One card with the names and sources it refers to. */
export interface CardAnswer {
  card: EntityCard;
  names: CardsResponse['names'];
  sources: CardsResponse['sources'];
  /** Its briefs as of the page's date, and their text. */
  timeline?: Timeline;
  briefs?: Record<number, PackBrief>;
}

export interface CardsClient {
  /** The card of `id`, or null when the pack has none (or the ask failed). */
  get(id: string): Promise<CardAnswer | null>;
  /** Starts fetching `id` without waiting. */
  prefetch(id: string): void;
  /** The card of `id` again, its timeline with `before` briefs up to the date (not cached). */
  earlier(id: string, before: number): Promise<CardAnswer | null>;
}

export function createCardsClient(
  send: (request: CardsRequest) => Promise<CardsResponse>,
  /** The page's ISO date, which timelines are as of (none: today). */
  asOf: () => string | undefined = () => undefined,
): CardsClient {
  const cache = new Map<string, Promise<CardAnswer | null>>();
  const ask = (id: string, before?: number): Promise<CardAnswer | null> => {
    const date = asOf();
    const request: CardsRequest = {
      type: 'backstory/cards',
      ids: [id],
      named: CARD_RELATED,
      ...(date && { asOf: date }),
      ...(before !== undefined && { before }),
    };
    return send(request).then((r) => {
      const card = r?.cards?.find((c) => c.id === id);
      if (!card) return null;
      const timeline = r.timelines?.[id];
      return {
        card,
        names: r.names ?? {},
        sources: r.sources ?? {},
        ...(timeline && { timeline, briefs: r.briefs ?? {} }),
      };
    });
  };
  const get = (id: string) => {
    let answer = cache.get(id);
    if (!answer) {
      answer = ask(id).catch(() => {
        cache.delete(id);
        return null;
      });
      cache.set(id, answer);
    }
    return answer;
  };
  return {
    get,
    prefetch: (id) => void get(id),
    earlier: (id, before) => ask(id, before).catch(() => null),
  };
}
