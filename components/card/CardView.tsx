/**
 * The body of an entity card: name, kind, role as of the evidence date,
 * summary, key facts with quote, source and date, related actors and events,
 * why it was highlighted, an "as of" note and a pin button.
 *
 * Props in, callbacks out; every section is optional and drops out when its
 * data or callback is missing. No styles are imported here: the host decides
 * how `card.css` reaches its document (see README.md).
 */
import { wikipediaUrl } from '../../core/brief';
import { roleAsOf, type Timeline } from '../../core/brief-timeline';
import { CARD_RELATED, type EntityCard, type EntityKind, type PackBrief } from '../../core/pack';
import { formatDate, isNewerThan, kindLabel } from './card-labels';
import { CardFacts, type ArticleSource } from './CardFacts';
import { CardRelated } from './CardRelated';
import { CardStory } from './CardStory';
import { CardTimeline } from './CardTimeline';
import { CardWhy, type WhyHighlighted } from './CardWhy';

export type { ArticleSource } from './CardFacts';
export type { WhyHighlighted } from './CardWhy';

export interface CardViewProps {
  card: EntityCard;
  /** Name and kind of related entities by id; related ids without a name are not listed. */
  names?: Record<string, { name: string; kind: EntityKind }>;
  /** Where each article came from, by article id (facts show source and date). */
  sources?: Record<string, ArticleSource>;
  /** Why this mention was highlighted; omit outside a page. */
  why?: WhyHighlighted;
  /** ISO date of the page being read: shows "as of" when newer than the evidence. */
  pageDate?: string;
  /** Its briefs as of the page's date (or today), and their text. */
  timeline?: Timeline;
  briefs?: Record<number, PackBrief>;
  /** Asks for earlier briefs of the timeline (shows a "What came before" button). */
  onEarlier?: () => void;
  /** How many key facts to show (default 3). */
  maxFacts?: number;
  /** How many related entities to list (default CARD_RELATED). */
  maxRelated?: number;
  /** Id for the name heading, so a dialog can point `aria-labelledby` at it. */
  headingId?: string;
  pinned?: boolean;
  /** Shows the pin button when given. */
  onPin?: (pinned: boolean) => void;
  /** Makes related entities clickable when given. */
  onOpenRelated?: (id: string) => void;
  /** Shows a close button when given. */
  onClose?: () => void;
}

/** One entity's card body. */
export function CardView(props: CardViewProps) {
  const { card, pageDate, headingId, onPin, onClose, pinned = false } = props;
  // A curated role wins; else the role the briefs state as of the page's date.
  const dated = card.roles && roleAsOf(card.roles, pageDate ?? props.timeline?.asOf ?? '9999');
  const role = card.role ?? dated?.role;
  const roleAsOfDate = card.role !== undefined ? card.asOf : dated?.date;
  const roleDate = roleAsOfDate ? ` (as of ${formatDate(roleAsOfDate)})` : '';
  return (
    <article class="bs-card" data-entity-id={card.id} data-kind={card.kind}>
      <header class="bs-card-head">
        <div class="bs-card-title">
          <h2 class="bs-card-name" id={headingId}>
            {card.name}
          </h2>
          <span class="bs-card-kind">{kindLabel(card.kind)}</span>
        </div>
        <div class="bs-card-actions">
          {onPin && (
            <button
              type="button"
              class="bs-button bs-card-pin"
              aria-pressed={pinned}
              title={pinned ? 'Unpin this card' : 'Pin this card'}
              onClick={() => onPin(!pinned)}
            >
              {pinned ? 'Pinned' : 'Pin'}
            </button>
          )}
          {onClose && (
            <button
              type="button"
              class="bs-button bs-card-close"
              aria-label="Close card"
              onClick={onClose}
            >
              ×
            </button>
          )}
        </div>
      </header>
      {role && (
        <p class="bs-card-role">
          {role}
          <span class="bs-card-role-date">{roleDate}</span>
        </p>
      )}
      {card.summary && <p class="bs-card-summary">{card.summary}</p>}
      {card.span && (
        <p class="bs-card-span">
          In the news {card.span.first === card.span.last ? 'on ' : 'from '}
          <time dateTime={card.span.first}>{formatDate(card.span.first)}</time>
          {card.span.first !== card.span.last && (
            <>
              {' to '}
              <time dateTime={card.span.last}>{formatDate(card.span.last)}</time>
            </>
          )}
          {card.briefs &&
            ` · ${card.briefs.length} ${card.briefs.length === 1 ? 'brief' : 'briefs'}`}
        </p>
      )}
      <CardStory
        parent={card.parent}
        children={card.children}
        names={props.names}
        max={props.maxRelated ?? CARD_RELATED}
        onOpen={props.onOpenRelated}
      />
      <CardFacts facts={card.facts} sources={props.sources} max={props.maxFacts ?? 3} />
      <CardRelated
        related={card.related}
        names={props.names}
        max={props.maxRelated ?? CARD_RELATED}
        onOpen={props.onOpenRelated}
      />
      {props.timeline && props.briefs && (
        <CardTimeline
          timeline={props.timeline}
          briefs={props.briefs}
          pageDated={pageDate !== undefined && props.timeline.asOf === pageDate}
          onEarlier={props.onEarlier}
        />
      )}
      {props.why && <CardWhy why={props.why} />}
      {card.asOf && isNewerThan(pageDate, card.asOf) && (
        <p class="bs-card-asof" role="note">
          As of {formatDate(card.asOf)}: this page is from {formatDate(pageDate ?? '')}, so things
          may have changed since.
        </p>
      )}
      {card.wikipedia && (
        <p class="bs-card-wikipedia">
          <a href={wikipediaUrl(card.wikipedia)} target="_blank" rel="noopener noreferrer">
            {card.wikipedia.replace(/_/g, ' ')} on Wikipedia
          </a>
        </p>
      )}
    </article>
  );
}
