/**
 * Popup wiring: the tab (`?tabId=N` or the active tab), its mentions through
 * the content-script contract, settings, and the search index (loaded after
 * the first paint so the page's cards come first).
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CardsPack } from '../../core/pack';
import type { SearchHit, Searcher } from '../../core/search';
import { indexPack } from '../../components/pack/pack-index';
import { summarizeMentions } from '../../components/popup/page-entries';
import { PopupView } from '../../components/popup/PopupView';
import cards from '../../generated/pack/cards.json';
import { revealOnPage, watchPageMentions } from '../../messaging/page-client';
import type { PageState } from '../../messaging/page-state';
import {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  loadSettings,
  setSiteEnabled,
  updateSettings,
  watchSettings,
} from '../../storage/settings';
import { siteKeyOfUrl } from '../../storage/sites';

const pack = indexPack(cards as CardsPack);

async function targetTabId(): Promise<number | undefined> {
  const param = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const libraryHref = (route: string) =>
  `${browser.runtime.getURL('/library.html')}${route ? `#${route}` : ''}`;

export function App() {
  const [tabId, setTabId] = useState<number>();
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [settings, setSettings] = useState(DEFAULT_SETTINGS);
  const [searcher, setSearcher] = useState<Searcher>();
  const [query, setQuery] = useState('');
  const [focusId, setFocusId] = useState<string>();
  const [expandedId, setExpandedId] = useState<string>();
  const [revealNote, setRevealNote] = useState<string>();

  // Layout effects run right after the first render, not a frame later: the
  // page's mentions are asked for as early as possible.
  useLayoutEffect(() => {
    const controller = new AbortController();
    void targetTabId().then((id) => {
      if (controller.signal.aborted) return;
      if (id === undefined) return setPage({ status: 'unavailable' });
      setTabId(id);
      watchPageMentions(id, setPage, { signal: controller.signal });
    });
    return () => controller.abort();
  }, []);

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  useEffect(() => {
    let live = true;
    const load = async () => {
      const [{ loadSearch }, index] = await Promise.all([
        import('../../core/search'),
        import('../../generated/pack/search.json'),
      ]);
      if (live) setSearcher(loadSearch(index.default, pack.pack));
    };
    const timer = setTimeout(() => void load(), 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);

  const entries = useMemo(
    () =>
      page.status === 'ready' || page.status === 'scanning' ? summarizeMentions(page.mentions) : [],
    [page],
  );
  useLayoutEffect(() => {
    if (entries.length > 0 && performance.getEntriesByName('backstory:first-card').length === 0) {
      performance.mark('backstory:first-card');
    }
  }, [entries]);

  const hits = useMemo(
    () => (searcher && query.trim() ? searcher.search(query, { limit: 12 }) : []),
    [searcher, query],
  );
  const site =
    page.status === 'ready' || page.status === 'scanning' ? siteKeyOfUrl(page.url) : undefined;

  const onPickHit = (hit: SearchHit) => {
    if (hit.type === 'sentence') {
      void browser.tabs.create({ url: libraryHref(`article/${hit.article.id}`) });
      return;
    }
    setQuery('');
    setFocusId(hit.entity.id);
  };
  const onReveal = async (entityId: string) => {
    setRevealNote(undefined);
    const ok = tabId !== undefined && (await revealOnPage(tabId, entityId));
    if (!ok) setRevealNote('That mention is no longer on the page.');
  };

  return (
    <PopupView
      pack={pack}
      page={page}
      entries={entries}
      query={query}
      onQuery={setQuery}
      hits={hits}
      onPickHit={onPickHit}
      focusId={focusId}
      onFocus={setFocusId}
      expandedId={expandedId}
      onToggle={(id) => setExpandedId((current) => (current === id ? undefined : id))}
      onReveal={(id) => void onReveal(id)}
      revealNote={revealNote}
      site={site}
      siteEnabled={site === undefined || isSiteEnabled({ ...settings, enabled: true }, site)}
      globalEnabled={settings.enabled}
      onSiteEnabled={(on) => site && void setSiteEnabled(site, on)}
      onGlobalEnabled={(on) => void updateSettings({ enabled: on })}
      libraryHref={libraryHref}
      settingsHref={browser.runtime.getURL('/options.html')}
    />
  );
}
