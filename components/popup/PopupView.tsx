/**
 * The popup: search box (focused on open), the page's actors and events as
 * expandable cards, honest states, the site and global switches, and links
 * to the library and settings. Props in, callbacks out: App wires it.
 */
import type { SearchHit } from '../../core/search';
import type { PageState } from '../../messaging/page-state';
import { BriefResults } from '../briefs/BriefResults';
import type { BriefSearchState } from '../briefs/use-brief-search';
import { CardView } from '../card/CardView';
import { CardArticles } from '../pack/CardArticles';
import type { PackIndex } from '../pack/pack-index';
import { SearchBox } from '../search/SearchBox';
import type { PageEntry } from './page-entries';
import { PageEntryList } from './PageEntryList';
import { PageStatus, SkeletonRows } from './PageStatus';
import { SiteSwitches, type SiteSwitchesProps } from './SiteSwitches';

export interface PopupViewProps extends SiteSwitchesProps {
  /** Lookups for the cards shown: the page's cards, and the one picked from search. */
  pack: PackIndex;
  /** Cards in the knowledge pack (for the empty state). */
  packSize: number;
  /** False while the search index is loading. */
  searchReady: boolean;
  /** The search index could not be read. */
  searchFailed?: boolean;
  page: PageState;
  entries: readonly PageEntry[];
  /** Shows at most this many page entries (the popup's first frame). */
  entryLimit?: number;
  query: string;
  onQuery: (query: string) => void;
  hits: readonly SearchHit[];
  onPickHit: (hit: SearchHit) => void;
  /** The news briefs the query finds (shown under the search results). */
  briefs?: BriefSearchState;
  /** The card opened from search or a related link, shown alone. */
  focusId?: string;
  onFocus: (entityId: string | undefined) => void;
  /** The page card expanded in the list. */
  expandedId?: string;
  onToggle: (entityId: string) => void;
  onReveal: (entityId: string) => void;
  /** Asks for earlier briefs of a card's timeline. */
  onEarlier?: (entityId: string) => void;
  /** A short note after "Show on page" (e.g. it is not on the page any more). */
  revealNote?: string;
  libraryHref: (route: string) => string;
  settingsHref: string;
}

export function PopupView(props: PopupViewProps) {
  const { pack, page, entries, query, focusId } = props;
  const articleHref = (id: string) => props.libraryHref(`article/${id}`);
  const focused = focusId ? pack.cards.get(focusId) : undefined;
  const pageDate =
    page.status === 'ready' || page.status === 'scanning' ? page.pageDate : undefined;
  const waiting = page.status === 'loading' || (page.status === 'scanning' && entries.length === 0);
  return (
    <div class="bs-popup bs-theme-auto">
      <header class="bs-popup-head">
        <h1 class="bs-popup-title">Backstory</h1>
        <nav class="bs-popup-links" aria-label="Backstory pages">
          <a href={props.libraryHref('')} target="_blank" rel="noreferrer">
            Library
          </a>
          <a href={props.settingsHref} target="_blank" rel="noreferrer">
            Settings
          </a>
        </nav>
      </header>
      <main class="bs-popup-main">
        <SearchBox
          query={query}
          onQuery={props.onQuery}
          hits={props.hits}
          onPick={props.onPickHit}
          autoFocus
          loading={!props.searchReady}
          unavailable={props.searchFailed}
        />
        {props.briefs && (
          <BriefResults
            state={props.briefs}
            query={query}
            entityHref={(id) => props.libraryHref(`entity/${id}`)}
            newTab
          />
        )}
        {focused && query === '' && (
          <section class="bs-focus" aria-label={`${focused.name}, from search`}>
            <button type="button" class="bs-back" onClick={() => props.onFocus(undefined)}>
              ← On this page
            </button>
            <CardView
              card={focused}
              names={pack.names}
              sources={pack.sources}
              timeline={pack.timelines?.[focused.id]}
              briefs={pack.briefs}
              pageDate={pageDate}
              onEarlier={props.onEarlier && (() => props.onEarlier!(focused.id))}
              maxFacts={5}
              onOpenRelated={(id) => props.onFocus(id)}
            />
            <CardArticles card={focused} sources={pack.sources} articleHref={articleHref} newTab />
            <a
              class="bs-library-link"
              href={props.libraryHref(`entity/${focused.id}`)}
              target="_blank"
              rel="noreferrer"
            >
              Open in the library
            </a>
          </section>
        )}
        {!focused && query === '' && (
          <section class="bs-page" aria-labelledby="bs-page-title" aria-busy={waiting}>
            <h2 id="bs-page-title" class="bs-section-title">
              On this page
            </h2>
            <PageStatus
              page={page}
              found={entries.length}
              site={props.site}
              siteEnabled={props.siteEnabled}
              globalEnabled={props.globalEnabled}
              packSize={props.packSize}
            />
            {props.revealNote && <p class="bs-note bs-reveal-note">{props.revealNote}</p>}
            {waiting ? (
              <SkeletonRows />
            ) : (
              <PageEntryList
                entries={entries}
                limit={props.entryLimit}
                pack={pack}
                pageDate={pageDate}
                onEarlier={props.onEarlier}
                expandedId={props.expandedId}
                onToggle={props.onToggle}
                onReveal={props.onReveal}
                onOpenRelated={(id) => props.onFocus(id)}
                articleHref={articleHref}
                entityHref={(id) => props.libraryHref(`entity/${id}`)}
              />
            )}
          </section>
        )}
      </main>
      <footer class="bs-popup-foot">
        <SiteSwitches
          site={props.site}
          siteEnabled={props.siteEnabled}
          globalEnabled={props.globalEnabled}
          onSiteEnabled={props.onSiteEnabled}
          onGlobalEnabled={props.onGlobalEnabled}
        />
      </footer>
    </div>
  );
}
