/** "On this page": the page's actors and events, grouped by kind, most salient first. */
import type { PackIndex } from '../pack/pack-index';
import { groupEntries, groupLabel, type PageEntry } from './page-entries';
import { PageEntryItem } from './PageEntryItem';

export interface PageEntryListProps {
  entries: readonly PageEntry[];
  pack: PackIndex;
  /** The page's ISO date: cards open as of it. */
  pageDate?: string;
  onEarlier?: (entityId: string) => void;
  expandedId?: string;
  onToggle: (entityId: string) => void;
  onReveal: (entityId: string) => void;
  onOpenRelated: (entityId: string) => void;
  articleHref: (articleId: string) => string;
  entityHref: (entityId: string) => string;
}

export function PageEntryList(props: PageEntryListProps) {
  return (
    <div class="bs-groups">
      {groupEntries(props.entries).map((group) => {
        const headingId = `bs-group-${group.kind}`;
        return (
          <section key={group.kind} class="bs-group" aria-labelledby={headingId}>
            <h2 class="bs-group-title" id={headingId}>
              {groupLabel(group.kind)} <span class="bs-group-count">{group.entries.length}</span>
            </h2>
            <ul class="bs-entries">
              {group.entries.map((entry) => (
                <PageEntryItem
                  key={entry.entityId}
                  entry={entry}
                  card={props.pack.cards.get(entry.entityId)}
                  pack={props.pack}
                  pageDate={props.pageDate}
                  onEarlier={props.onEarlier}
                  expanded={props.expandedId === entry.entityId}
                  onToggle={props.onToggle}
                  onReveal={props.onReveal}
                  onOpenRelated={props.onOpenRelated}
                  articleHref={props.articleHref}
                  entityHref={props.entityHref}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
