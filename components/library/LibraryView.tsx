/**
 * The library (a full tab): every card filterable by kind, one card in full,
 * a timeline of events, the bundled articles with their mentions, and the
 * same search as the popup. Routes live in the URL hash (library-route.ts).
 */
import type { SearchHit } from '../../core/search';
import { BriefResults } from '../briefs/BriefResults';
import type { BriefSearchState, BriefSource } from '../briefs/use-brief-search';
import type { PackIndex } from '../pack/pack-index';
import { SearchBox } from '../search/SearchBox';
import type { BodyMention } from './article-parts';
import { ArticleList } from './ArticleList';
import { ArticlePage } from './ArticlePage';
import { EntityGrid } from './EntityGrid';
import { EntityPage } from './EntityPage';
import { routeHash, type LibraryRoute } from './library-route';
import { Timeline } from './Timeline';

export interface LibraryViewProps {
  pack: PackIndex;
  route: LibraryRoute;
  onNavigate: (hash: string) => void;
  query: string;
  onQuery: (query: string) => void;
  hits: readonly SearchHit[];
  /** The news briefs the query finds (shown under the search results). */
  briefs?: BriefSearchState;
  /** Where an entity page reads its briefs. */
  briefSource?: BriefSource;
  /** The linked mentions of an article's body. */
  mentionsOf: (articleId: string) => readonly BodyMention[];
}

const SECTIONS: [LibraryRoute['view'], string, string][] = [
  ['cards', 'Cards', routeHash({ view: 'cards' })],
  ['timeline', 'Timeline', routeHash({ view: 'timeline' })],
  ['articles', 'Articles', routeHash({ view: 'articles' })],
];

/** Where a search hit leads in the library. */
export function hitHash(hit: SearchHit): string {
  return hit.type === 'sentence'
    ? routeHash({ view: 'article', id: hit.article.id })
    : routeHash({ view: 'entity', id: hit.entity.id });
}

export function LibraryView(props: LibraryViewProps) {
  const { pack, route, query } = props;
  const current =
    route.view === 'entity' ? 'cards' : route.view === 'article' ? 'articles' : route.view;
  const onPick = (hit: SearchHit) => {
    props.onQuery('');
    props.onNavigate(hitHash(hit));
  };
  return (
    <div class="bs-library bs-theme-auto">
      <header class="bs-lib-head">
        <h1>
          <a href={routeHash({ view: 'cards' })}>Backstory library</a>
        </h1>
        <nav aria-label="Library sections">
          {SECTIONS.map(([view, label, hash]) => (
            <a key={view} href={hash} aria-current={current === view ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
      </header>
      <main class="bs-lib-main">
        <SearchBox
          query={query}
          onQuery={props.onQuery}
          hits={props.hits}
          onPick={onPick}
          idPrefix="bs-lib-search"
          autoFocus
        />
        {props.briefs && (
          <BriefResults
            state={props.briefs}
            query={query}
            entityHref={(id) => routeHash({ view: 'entity', id })}
            idPrefix="bs-lib-briefs"
          />
        )}
        {query.trim() === '' && route.view === 'cards' && (
          <EntityGrid pack={pack} kind={route.kind} />
        )}
        {query.trim() === '' && route.view === 'entity' && (
          <EntityPage
            pack={pack}
            id={route.id}
            onOpen={props.onNavigate}
            briefSource={props.briefSource}
          />
        )}
        {query.trim() === '' && route.view === 'timeline' && <Timeline pack={pack} />}
        {query.trim() === '' && route.view === 'articles' && <ArticleList pack={pack} />}
        {query.trim() === '' && route.view === 'article' && (
          <ArticlePage pack={pack} id={route.id} mentions={props.mentionsOf(route.id)} />
        )}
      </main>
    </div>
  );
}
