/**
 * Library wiring: the pack, the search index, the URL hash as the route, and
 * the article mentions found with the same core spotter the pages use.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createSpotter } from '../../core/spotter';
import type { CardsPack } from '../../core/pack';
import type { MatcherPack } from '../../core/matcher-pack';
import { loadSearch } from '../../core/search';
import { parseRoute } from '../../components/library/library-route';
import { LibraryView } from '../../components/library/LibraryView';
import { indexPack } from '../../components/pack/pack-index';
import cards from '../../generated/pack/cards.json';
import matcher from '../../generated/pack/matcher.json';
import searchIndex from '../../generated/pack/search.json';

const pack = indexPack(cards as CardsPack);
const searcher = loadSearch(searchIndex, pack.pack);
const spotter = createSpotter(matcher as unknown as MatcherPack);

export function App() {
  const [hash, setHash] = useState(location.hash);
  const [query, setQuery] = useState('');

  useEffect(() => {
    const onHash = () => {
      setHash(location.hash);
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const route = parseRoute(hash);
  const hits = useMemo(() => (query.trim() ? searcher.search(query, { limit: 30 }) : []), [query]);
  const mentionsOf = (articleId: string) => {
    const article = pack.articles.get(articleId);
    return article ? spotter.spot(article.body, { pageDate: article.published }) : [];
  };
  useEffect(() => {
    const title =
      route.view === 'entity'
        ? pack.cards.get(route.id)?.name
        : route.view === 'article'
          ? pack.articles.get(route.id)?.title
          : undefined;
    document.title = title ? `${title} · Backstory library` : 'Backstory library';
  }, [hash]);

  return (
    <LibraryView
      pack={pack}
      route={route}
      onNavigate={(next) => {
        location.hash = next;
      }}
      query={query}
      onQuery={setQuery}
      hits={hits}
      mentionsOf={mentionsOf}
    />
  );
}
