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
  /**
   * At most this many entries (the most salient, in group order); the groups'
   * headings still count all of theirs. The popup's first frame shows only
   * what fits on its first screen.
   */
  limit?: number;
}

export function PageEntryList(props: PageEntryListProps) {
  let left = props.limit ?? Infinity;
  return (
    <div class="bs-groups">
      {groupEntries(props.entries).map((group) => {
        const headingId = `bs-group-${group.kind}`;
        const shown = group.entries.slice(0, Math.max(0, left));
        left -= shown.length;
        if (shown.length === 0) return null;
        return (
          <section key={group.kind} class="bs-group" aria-labelledby={headingId}>
            <h2 class="bs-group-title" id={headingId}>
              {groupLabel(group.kind)} <span class="bs-group-count">{group.entries.length}</span>
            </h2>
            <ul class="bs-entries">
              {shown.map((entry) => (
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
