/**
 * Library wiring: the pack, the search index, the URL hash as the route, and
 * the article mentions the background spots, as on the pages (`backstory/spot`).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Mention } from '../../core/spotter';
import type { CardsPack } from '../../core/pack';
import { loadSearch, type Searcher } from '../../core/search';
import { parseRoute } from '../../components/library/library-route';
import { LibraryView } from '../../components/library/LibraryView';
import {
  indexCardsAnswer,
  indexPack,
  withTimelines,
  type PackIndex,
} from '../../components/pack/pack-index';
import { requestCards, requestSpot } from '../../messaging/page-client';
import { isoDay } from '../../page/page-date';
import { briefSource, loadCardsPack, loadSearchIndex } from '../../messaging/pack-files';
import { useBriefSearch } from '../../components/briefs/use-brief-search';

/** The cards pack and the search index (extension files, read once) with lookups and search. */
interface Library {
  pack: PackIndex;
  searcher: Searcher;
}
const library: Promise<Library> = Promise.all([
  loadCardsPack(),
  // An index that cannot be read is rebuilt from the pack (core/search.ts).
  loadSearchIndex().catch(() => undefined),
]).then(([cards, searchIndex]: [CardsPack, unknown]) => ({
  pack: indexPack(cards),
  searcher: loadSearch(searchIndex, cards),
}));

export function App() {
  const [hash, setHash] = useState(location.hash);
  const [loaded, setLoaded] = useState<Library>();
  useEffect(() => void library.then(setLoaded), []);
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
  // An entity's latest briefs come from the background, which reads their shards.
  const [timelines, setTimelines] = useState<PackIndex>();
  const entityId = route.view === 'entity' ? route.id : undefined;
  useEffect(() => {
    if (!entityId) return;
    let live = true;
    void requestCards([entityId]).then((answer) => {
      if (live && answer) setTimelines(indexCardsAnswer(answer));
    });
    return () => {
      live = false;
    };
  }, [entityId]);
  const pack = loaded?.pack;
  const shown = useMemo(
    () => (pack && timelines ? withTimelines(pack, timelines) : pack),
    [pack, timelines],
  );
  const hits = useMemo(
    () => (loaded && query.trim() ? loaded.searcher.search(query, { limit: 30 }) : []),
    [loaded, query],
  );
  const foundCards = useMemo(
    () => hits.flatMap((h) => (h.type === 'entity' ? [h.entity] : [])),
    [hits],
  );
  const briefs = useBriefSearch(briefSource, pack?.pack.briefIndex, query, foundCards, 30);
  // An article's mentions come from the background, which holds the spotter.
  const [spotted, setSpotted] = useState<{ id: string; mentions: Mention[] }>();
  const articleId = route.view === 'article' ? route.id : undefined;
  const article = articleId === undefined ? undefined : pack?.articles.get(articleId);
  useEffect(() => {
    if (!article) return;
    let live = true;
    void requestSpot(article.body, isoDay(article.published)).then((answer) => {
      if (live && answer) setSpotted({ id: article.id, mentions: answer.mentions });
    });
    return () => {
      live = false;
    };
  }, [article]);
  const mentionsOf = (id: string) => (spotted?.id === id ? spotted.mentions : []);
  useEffect(() => {
    const title =
      route.view === 'entity'
        ? pack?.cards.get(route.id)?.name
        : route.view === 'article'
          ? pack?.articles.get(route.id)?.title
          : undefined;
    document.title = title ? `${title} · Backstory library` : 'Backstory library';
  }, [hash, pack]);

  if (!shown) return <p class="bs-lib-loading">Loading the library…</p>;
  return (
    <LibraryView
      pack={shown}
      route={route}
      onNavigate={(next) => {
        location.hash = next;
      }}
      query={query}
      onQuery={setQuery}
      hits={hits}
      briefs={briefs}
      briefSource={briefSource}
      mentionsOf={mentionsOf}
    />
  );
}
