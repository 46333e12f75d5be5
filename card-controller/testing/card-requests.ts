/** Test helpers for card-controller/: card requests and card data. */
import type { CardData } from '../../components/card/CardLayer';
import type { EntityCard, EntityKind } from '../../core/pack';
import type { CardRequest } from '../card-state';

/** A request for `entityId`'s card at a fixed spot, opened by hover unless `patch` says. */
export function cardRequest(entityId: string, patch: Partial<CardRequest> = {}): CardRequest {
  return {
    entityId,
    name: entityId,
    kind: 'person',
    reference: { getBoundingClientRect: () => new DOMRect(10, 10, 50, 16) },
    theme: 'light',
    autoFocus: false,
    ...patch,
  };
}

/** Card data for `entityId` that names the `related` entities. */
export function cardData(
  entityId: string,
  related: Record<string, { name: string; kind: EntityKind }> = {},
): CardData {
  return { card: { id: entityId } as EntityCard, names: related, sources: {} };
}
