/**
 * The card layer's state on a page: the open card, the cards it was opened
 * from (a back step through related cards), the pin, and the selection offer.
 * Pure: each transition returns the next state, or the same object when
 * nothing changes (so the host repaints only for a change).
 */
import type { OpenCard } from '../components/card/CardLayer';
import type { EntityKind } from '../core/pack';
import type { Theme } from '../page/page-theme';
import type { ReferenceElement } from '@floating-ui/dom';

/** What opening a card needs: everything but its data, which loads after. */
export type CardRequest = Omit<OpenCard, 'data'>;

/** The button offered next to a selection that names an entity. */
export interface CardOffer {
  reference: ReferenceElement;
  theme: Theme;
  request: CardRequest;
}

export interface CardState {
  open: OpenCard | null;
  /** The cards `open` was reached from, through related cards (last: the previous one). */
  back: OpenCard[];
  pinned: boolean;
  offer: CardOffer | null;
}

export const NO_CARD: CardState = { open: null, back: [], pinned: false, offer: null };

/** Opens the card `request` asks for (its data not loaded yet); the back steps and offer go. */
export function showCard(state: CardState, request: CardRequest): CardState {
  return { ...state, open: { ...request, data: undefined }, back: [], offer: null };
}

/** Closes the card, and unpins. */
export function closeCard(state: CardState): CardState {
  return { ...state, open: null, back: [], pinned: false };
}

export function pinCard(state: CardState, pinned: boolean): CardState {
  return { ...state, pinned };
}

/** Puts the data of `entityId` in the open card, if that card is still waiting for it. */
export function withCardData(
  state: CardState,
  entityId: string,
  data: OpenCard['data'],
): CardState {
  const { open } = state;
  if (open?.entityId !== entityId || open.data !== undefined) return state;
  return { ...state, open: { ...open, data } };
}

/** Puts the longer timeline of `entityId` in the open card, if it is still that card's and longer. */
export function withEarlierBriefs(
  state: CardState,
  entityId: string,
  data: OpenCard['data'],
): CardState {
  const { open } = state;
  const shown = open?.data?.timeline?.before.length ?? 0;
  if (open?.entityId !== entityId || !data?.timeline || data.timeline.before.length <= shown)
    return state;
  return { ...state, open: { ...open, data } };
}

/**
 * Opens the related card `id` in place of the open one (at the same spot, with
 * focus), which becomes the back step. Its name and kind come from the open
 * card's data until its own loads.
 */
export function openRelated(state: CardState, id: string): CardState {
  const current = state.open;
  if (!current) return state;
  const name = current.data?.names[id];
  const open: OpenCard = {
    ...current,
    entityId: id,
    name: name?.name ?? id,
    kind: name?.kind ?? ('event' as EntityKind),
    why: undefined,
    autoFocus: true,
    data: undefined,
  };
  return { ...state, open, back: [...state.back, current] };
}

/** Goes back to the previous card (with focus), if there is one. */
export function goBack(state: CardState): CardState {
  const previous = state.back.at(-1);
  if (!previous) return state;
  return { ...state, open: { ...previous, autoFocus: true }, back: state.back.slice(0, -1) };
}

/** Shows `offer` next to a selection, or takes it away (null). */
export function offerCard(state: CardState, offer: CardOffer | null): CardState {
  if (!offer && !state.offer) return state;
  return { ...state, offer };
}
