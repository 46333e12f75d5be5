/** One actor or event found on the page: a compact row that expands into its card. */
import type { EntityCard } from '../../core/pack';
import { formatDate, kindLabel } from '../card/card-labels';
import { CardView } from '../card/CardView';
import { CardArticles } from '../pack/CardArticles';
import type { PackIndex } from '../pack/pack-index';
import { entryLine } from './entry-line';
import { ENTRY_TIMING } from './entry-timing';
import type { PageEntry } from './page-entries';

export interface PageEntryItemProps {
  entry: PageEntry;
  card?: EntityCard;
  pack: PackIndex;
  /** The page's ISO date: the card opens as of it. */
  pageDate?: string;
  /** Asks for earlier briefs of the card's timeline. */
  onEarlier?: (entityId: string) => void;
  expanded: boolean;
  onToggle: (entityId: string) => void;
  onReveal: (entityId: string) => void;
  onOpenRelated: (entityId: string) => void;
  articleHref: (articleId: string) => string;
  /** The card's page in the library. */
  entityHref: (entityId: string) => string;
}

export function PageEntryItem(props: PageEntryItemProps) {
  const { entry, card, expanded } = props;
  const panelId = `bs-entry-${entry.entityId}`;
  const mentions = `${entry.count} ${entry.count === 1 ? 'mention' : 'mentions'}`;
  const line = entryLine(
    card,
    card && props.pack.timelines?.[card.id],
    props.pack.briefs,
    props.pageDate,
  );
  return (
    <li class="bs-entry" data-entity-id={entry.entityId} data-kind={entry.kind}>
      <div class="bs-entry-row">
        <button
          type="button"
          class="bs-entry-toggle"
          aria-expanded={expanded}
          aria-controls={expanded ? panelId : undefined}
          onClick={() => props.onToggle(entry.entityId)}
        >
          {/* Element Timing: the bench reads when the first card is painted. */}
          <span class="bs-entry-name" elementtiming={ENTRY_TIMING}>
            {card?.name ?? entry.name}
          </span>
          <span class="bs-entry-role">{line.role ?? kindLabel(entry.kind)}</span>
          {line.latest && (
            <span class="bs-entry-latest">
              <time dateTime={line.latest.date}>{formatDate(line.latest.date)}</time>{' '}
              {line.latest.text}
            </span>
          )}
        </button>
        <span class="bs-entry-count" title={mentions}>
          <span aria-hidden="true">{entry.count}×</span>
          <span class="bs-visually-hidden">{mentions}</span>
        </span>
        <button
          type="button"
          class="bs-entry-reveal"
          aria-label={`Show ${entry.name} on the page`}
          title="Show on page"
          onClick={() => props.onReveal(entry.entityId)}
        >
          Show
        </button>
      </div>
      {expanded && (
        <div class="bs-entry-card" id={panelId}>
          {card ? (
            <>
              <CardView
                card={card}
                names={props.pack.names}
                sources={props.pack.sources}
                timeline={props.pack.timelines?.[card.id]}
                briefs={props.pack.briefs}
                pageDate={props.pageDate}
                onEarlier={props.onEarlier && (() => props.onEarlier!(card.id))}
                maxFacts={5}
                onOpenRelated={props.onOpenRelated}
              />
              <CardArticles
                card={card}
                sources={props.pack.sources}
                articleHref={props.articleHref}
                newTab
              />
              <a
                class="bs-library-link"
                href={props.entityHref(card.id)}
                target="_blank"
                rel="noreferrer"
              >
                Open {card.name} in the library
              </a>
            </>
          ) : (
            <p class="bs-muted">No card for {entry.name} in this version of the knowledge pack.</p>
          )}
        </div>
      )}
    </li>
  );
}
