/**
 * The card UI: one `<backstory-ui>` host with an open shadow root (WXT
 * createShadowRootUi, Preact inside, styles isolated), mounted the first time
 * it is needed. Keeps the card state (open card, back stack, pin, selection
 * offer) and renders `CardLayer` with the card kit, which comes in a script
 * of its own (page-kit-slot.ts).
 */
import type { ReferenceElement } from '@floating-ui/dom';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import type { CardKit } from '../../components/card/card-kit';
import type { CardLayerProps, OpenCard } from '../../components/card/CardLayer';
import type { EntityKind } from '../../core/pack';
import type { CardsClient } from '../../messaging/cards-client';
import { UI_HOST_NAME } from '../../page/element-kind';
import type { Theme } from '../../page/page-theme';

export type CardRequest = Omit<OpenCard, 'data'>;

export interface CardUiOptions {
  kit: CardKit;
  cards: CardsClient;
  pageDate: () => string | undefined;
  /** The pointer entered (true) or left (false) the card. */
  onPointerInCard: (inside: boolean) => void;
  /** The card was closed by the reader (button, Escape). */
  onClosed: () => void;
}

interface State {
  open: OpenCard | null;
  back: OpenCard[];
  pinned: boolean;
  offer: { reference: ReferenceElement; theme: Theme; request: CardRequest } | null;
}

export interface CardUi {
  show(request: CardRequest): void;
  close(): void;
  offer(offer: State['offer']): void;
  readonly isOpen: boolean;
  readonly pinned: boolean;
}

const CONTAINER_STYLE =
  'position:fixed;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483647';

export function createCardUi(ctx: ContentScriptContext, options: CardUiOptions): CardUi {
  let state: State = { open: null, back: [], pinned: false, offer: null };
  let ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;
  let restoreFocus: Element | null = null;

  const { kit } = options;
  const mount = () =>
    (ui ??= createShadowRootUi(ctx, {
      name: UI_HOST_NAME,
      position: 'inline',
      anchor: document.documentElement,
      append: 'last',
      css: kit.css,
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container) => {
        container.style.cssText = CONTAINER_STYLE;
        return container;
      },
      onRemove: (container) => container && kit.paint(container, null),
    }).then((created) => {
      created.mount();
      return created;
    }));

  const paint = () => {
    if (!state.open && !state.offer && !ui) return;
    void mount().then(({ uiContainer }) => kit.paint(uiContainer, layer()));
  };

  const set = (patch: Partial<State>) => {
    state = { ...state, ...patch };
    paint();
  };

  const load = (request: CardRequest) => {
    const open: OpenCard = { ...request, data: undefined };
    void options.cards.get(request.entityId).then((data) => {
      if (state.open?.entityId === request.entityId && state.open.data === undefined) {
        set({ open: { ...state.open, data } });
      }
    });
    return open;
  };

  const close = (byReader: boolean) => {
    const focusInside = document.activeElement?.localName === UI_HOST_NAME;
    set({ open: null, back: [], pinned: false });
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
    onPin: (pinned) => set({ pinned }),
    onOpenRelated: (id) => {
      const current = state.open;
      if (!current) return;
      const name = current.data?.names[id];
      const next = load({
        ...current,
        entityId: id,
        name: name?.name ?? id,
        kind: name?.kind ?? ('event' as EntityKind),
        why: undefined,
        autoFocus: true,
      });
      set({ open: next, back: [...state.back, current] });
    },
    onBack: () => {
      const previous = state.back.at(-1);
      if (previous) set({ open: { ...previous, autoFocus: true }, back: state.back.slice(0, -1) });
    },
    onPointerEnter: () => options.onPointerInCard(true),
    onPointerLeave: () => options.onPointerInCard(false),
    onOpenOffer: () => {
      if (state.offer) show({ ...state.offer.request, autoFocus: true });
    },
  });

  const show = (request: CardRequest) => {
    if (request.autoFocus && document.activeElement?.localName !== UI_HOST_NAME) {
      restoreFocus = document.activeElement;
    }
    set({ open: load(request), back: [], offer: null });
  };

  ctx.addEventListener(document, 'keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape' && state.open) close(true);
  });

  return {
    show,
    close: () => close(false),
    offer: (offer) => {
      if (offer || state.offer) set({ offer });
    },
    get isOpen() {
      return state.open !== null;
    },
    get pinned() {
      return state.pinned;
    },
  };
}
