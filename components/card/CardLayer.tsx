/**
 * Everything the content script floats over a page: at most one card (with a
 * back step through related cards and a pin) and the selection offer. Props
 * in, callbacks out; the host keeps the state and fetches the cards.
 */
import type { ReferenceElement } from '@floating-ui/dom';
import type { Timeline } from '../../core/brief-timeline';
import type { EntityCard, EntityKind, PackBrief } from '../../core/pack';
import { CardPopover } from './CardPopover';
import { CardView, type ArticleSource, type WhyHighlighted } from './CardView';
import { kindLabel } from './card-labels';
import { SelectionOffer } from './SelectionOffer';

/** A card with what it refers to (as `backstory/cards` answers). */
export interface CardData {
  card: EntityCard;
  names: Record<string, { name: string; kind: EntityKind }>;
  sources: Record<string, ArticleSource>;
  timeline?: Timeline;
  briefs?: Record<number, PackBrief>;
}

export interface OpenCard {
  entityId: string;
  /** Shown while the card loads, or when there is none. */
  name: string;
  kind: EntityKind;
  reference: ReferenceElement;
  point?: { x: number; y: number };
  theme: 'light' | 'dark';
  why?: WhyHighlighted;
  autoFocus: boolean;
  /** The card's data; undefined while loading, null when the pack has no card. */
  data: CardData | null | undefined;
}

export interface CardLayerProps {
  open: OpenCard | null;
  pinned: boolean;
  canGoBack: boolean;
  pageDate?: string;
  offer: { reference: ReferenceElement; theme: 'light' | 'dark'; name: string } | null;
  onClose: () => void;
  onPin: (pinned: boolean) => void;
  onOpenRelated: (id: string) => void;
  onBack: () => void;
  /** Asks for earlier briefs of the open card's timeline. */
  onEarlier?: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  onOpenOffer: () => void;
}

const HEADING_ID = 'backstory-card-name';

function Placeholder({ open, onClose }: { open: OpenCard; onClose: () => void }) {
  return (
    <article class="bs-card" aria-busy={open.data === undefined}>
      <header class="bs-card-head">
        <div class="bs-card-title">
          <h2 class="bs-card-name" id={HEADING_ID}>
            {open.name}
          </h2>
          <span class="bs-card-kind">{kindLabel(open.kind)}</span>
        </div>
        <button
          type="button"
          class="bs-button bs-card-close"
          aria-label="Close card"
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <p class="bs-card-summary">
        {open.data === undefined ? 'Loading…' : 'No card for this name.'}
      </p>
    </article>
  );
}

export function CardLayer(props: CardLayerProps) {
  const { open, offer } = props;
  return (
    <>
      {offer && !open && (
        <SelectionOffer
          reference={offer.reference}
          theme={offer.theme}
          name={offer.name}
          onOpen={props.onOpenOffer}
        />
      )}
      {open && (
        <CardPopover
          reference={open.reference}
          point={open.point}
          theme={open.theme}
          labelledBy={HEADING_ID}
          autoFocus={open.autoFocus}
          onClose={props.onClose}
          onPointerEnter={props.onPointerEnter}
          onPointerLeave={props.onPointerLeave}
          onBack={props.canGoBack ? props.onBack : undefined}
        >
          {open.data ? (
            <CardView
              card={open.data.card}
              names={open.data.names}
              sources={open.data.sources}
              timeline={open.data.timeline}
              briefs={open.data.briefs}
              why={open.why}
              pageDate={props.pageDate}
              headingId={HEADING_ID}
              pinned={props.pinned}
              onPin={props.onPin}
              onOpenRelated={props.onOpenRelated}
              onEarlier={props.onEarlier}
              onClose={props.onClose}
            />
          ) : (
            <Placeholder open={open} onClose={props.onClose} />
          )}
        </CardPopover>
      )}
    </>
  );
}
