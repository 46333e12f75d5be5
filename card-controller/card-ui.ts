/**
 * The card UI on a page: keeps the card state (card-state.ts), loads each
 * card's data as it opens, and paints `CardLayer` with the card kit (which
 * comes in a script of its own, entrypoints/page-kit.ts) into the card's host
 * (card-host.ts), mounted the first time there is something to show. Escape
 * closes the card; focus goes back where it was when a card took it.
 */
import type { CardKit } from '../components/card/card-kit';
import type { CardLayerProps } from '../components/card/CardLayer';
import { EARLIER_STEP } from '../core/brief-timeline';
import type { CardsClient } from '../messaging/cards-client';
import { UI_HOST_NAME } from '../page/element-kind';
import type { Lifetime } from '../page/lifetime';
import type { CardHost } from './card-host';
import {
  closeCard,
  goBack,
  NO_CARD,
  offerCard,
  openRelated,
  pinCard,
  showCard,
  withCardData,
  withEarlierBriefs,
  type CardOffer,
  type CardRequest,
  type CardState,
} from './card-state';

export interface CardUiOptions {
  doc: Document;
  /** Where the Escape listener is added (it ends with the content script). */
  lifetime: Pick<Lifetime, 'addEventListener'>;
  host: CardHost;
  kit: Pick<CardKit, 'paint'>;
  cards: Pick<CardsClient, 'get' | 'earlier'>;
  pageDate: () => string | undefined;
  /** The pointer entered (true) or left (false) the card. */
  onPointerInCard: (inside: boolean) => void;
  /** The card was closed by the reader (button, Escape). */
  onClosed: () => void;
}

export interface CardUi {
  show(request: CardRequest): void;
  close(): void;
  offer(offer: CardOffer | null): void;
  readonly isOpen: boolean;
  readonly pinned: boolean;
}

export function createCardUi(options: CardUiOptions): CardUi {
  const { doc, kit } = options;
  let state: CardState = NO_CARD;
  /** Whether the host was asked for: until then, nothing shown means nothing to paint. */
  let hosted = false;
  let restoreFocus: Element | null = null;
  const focusInCard = () => doc.activeElement?.localName === UI_HOST_NAME;

  const paint = () => {
    if (!state.open && !state.offer && !hosted) return;
    hosted = true;
    void options.host().then((container) => kit.paint(container, layer()));
  };

  /** Moves to `next` and repaints, unless nothing changed. */
  const set = (next: CardState) => {
    if (next === state) return;
    state = next;
    paint();
  };

  /** Loads the data of the card `state` just opened. */
  const load = (entityId: string) => {
    void options.cards.get(entityId).then((data) => set(withCardData(state, entityId, data)));
  };

  const show = (request: CardRequest) => {
    if (request.autoFocus && !focusInCard()) restoreFocus = doc.activeElement;
    load(request.entityId);
    set(showCard(state, request));
  };

  const close = (byReader: boolean) => {
    const focusInside = focusInCard();
    set(closeCard(state));
    if (focusInside && restoreFocus instanceof HTMLElement && restoreFocus.isConnected) {
      restoreFocus.focus({ preventScroll: true });
    }
    restoreFocus = null;
    if (byReader) options.onClosed();
  };

  const layer = (): CardLayerProps => ({
    open: state.open,
    pinned: state.pinned,
    canGoBack: state.back.length > 0,
    pageDate: options.pageDate(),
    offer: state.offer && {
      reference: state.offer.reference,
      theme: state.offer.theme,
      name: state.offer.request.name,
    },
    onClose: () => close(true),
    onPin: (pinned) => set(pinCard(state, pinned)),
    onOpenRelated: (id) => {
      const next = openRelated(state, id);
      if (next.open && next !== state) load(next.open.entityId);
      set(next);
    },
    onBack: () => set(goBack(state)),
    onEarlier: () => {
      const open = state.open;
      const shown = open?.data?.timeline?.before.length;
      if (!open || shown === undefined) return;
      void options.cards
        .earlier(open.entityId, shown + EARLIER_STEP)
        .then((data) => set(withEarlierBriefs(state, open.entityId, data)));
    },
    onPointerEnter: () => options.onPointerInCard(true),
    onPointerLeave: () => options.onPointerInCard(false),
    onOpenOffer: () => {
      if (state.offer) show({ ...state.offer.request, autoFocus: true });
    },
  });

  options.lifetime.addEventListener(doc, 'keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape' && state.open) close(true);
  });

  return {
    show,
    close: () => close(false),
    offer: (offer) => set(offerCard(state, offer)),
    get isOpen() {
      return state.open !== null;
    },
    get pinned() {
      return state.pinned;
    },
  };
}
