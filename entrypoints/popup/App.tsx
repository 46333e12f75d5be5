/**
 * Popup wiring: the tab (`?tabId=N` or the active tab), its mentions through
 * the content-script contract, the page's cards from the background, settings,
 * and the search. The first cards need only the page's answer, asked for
 * before the popup's code has finished loading (`first-asks.ts`). The card
 * search is the background's (`backstory/search`: it holds the index and
 * answers with the hits' cards), warmed once the page's cards are on screen
 * and the popup is idle, so the popup never reads the index or the cards pack.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BRIEF_SHARD_SIZE, EARLIER_STEP } from '../../core/brief-timeline';
import { CARD_RELATED } from '../../core/pack';
import type { SearchHit } from '../../core/search-hits';
import {
  indexCardsAnswer,
  withCard,
  withTimelines,
  type PackIndex,
} from '../../components/pack/pack-index';
import { summarizeMentions } from '../../components/popup/page-entries';
import { ENTRY_TIMING } from '../../components/popup/entry-timing';
import { PopupView } from '../../components/popup/PopupView';
import packInfo from '../../generated/pack/pack.json';
import { briefSource, cardsFiles } from '../../messaging/pack-files';
import { useBriefSearch } from '../../components/briefs/use-brief-search';
import { useEntitySearch } from '../../components/search/use-entity-search';
import {
  requestCards,
  requestSearch,
  revealOnPage,
  watchPageMentions,
} from '../../messaging/page-client';
import type { CardsHead } from '../../core/cards-parts';
import type { EntityCard } from '../../core/pack';
import type { PageState } from '../../messaging/page-state';
import { isSiteEnabled, setSiteEnabled, updateSettings } from '../../storage/settings';
import { siteKeyOfUrl } from '../../storage/sites';
import { afterPaintWhenIdle, whenShown } from './after-paint';
import type { FirstAsks } from './first-asks';
import { usePopupSettings } from './use-popup-settings';

/**
 * How long the popup shows nothing while the page is asked for its mentions:
 * an answer within this time goes into the first frame (no placeholder rows
 * painted a frame earlier); a slower one finds the placeholders up.
 */
const HOLD_FIRST_FRAME_MS = 120;

/**
 * The page entries in the first cards' frame: about what the popup's first
 * screen shows. The rest come in the task after that frame, so the first
 * frame's style, layout and paint are of a screenful, not the whole list.
 */
const FIRST_FRAME_ENTRIES = 8;

const libraryHref = (route: string) =>
  `${browser.runtime.getURL('/library.html')}${route ? `#${route}` : ''}`;
const EMPTY_INDEX = indexCardsAnswer({ cards: [], names: {}, sources: {} });

export interface AppProps {
  /** The tab, its first mentions answer and the settings, asked for as the popup opened. */
  asks: FirstAsks;
}

export function App({ asks }: AppProps) {
  const [tabId, setTabId] = useState<number>();
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [pageCards, setPageCards] = useState<PackIndex>(EMPTY_INDEX);
  const [query, setQuery] = useState('');
  const [focusId, setFocusId] = useState<string>();
  const [picked, setPicked] = useState<EntityCard>();
  const [expandedId, setExpandedId] = useState<string>();
  const [revealNote, setRevealNote] = useState<string>();
  const [held, setHeld] = useState(true);
  const [firstFrame, setFirstFrame] = useState(true);

  // Layout effects run right after the first render, not a frame later: the
  // answers already asked for are taken as soon as they arrive.
  useLayoutEffect(() => {
    const controller = new AbortController();
    void asks.tabId.then((id) => {
      if (controller.signal.aborted) return;
      if (id === undefined) return setPage({ status: 'unavailable' });
      setTabId(id);
      watchPageMentions(id, setPage, { signal: controller.signal, first: asks.page });
    });
    return () => controller.abort();
  }, []);

  // Once the page is known the hold no longer matters: no render for it.
  const pageKnown = page.status !== 'loading';
  useLayoutEffect(() => {
    if (pageKnown) return;
    const timer = setTimeout(() => setHeld(false), HOLD_FIRST_FRAME_MS);
    return () => clearTimeout(timer);
  }, [pageKnown]);
  // The first cards are shown before anything else renders or is asked for: the rest of the
  // entries, the cards' details, the settings watch and the search index come after them.
  const firstShown = useRef<Promise<void>>();
  const settings = usePopupSettings(asks.settings, pageKnown, firstShown);

  const entries = useMemo(
    () =>
      page.status === 'ready' || page.status === 'scanning' ? summarizeMentions(page.mentions) : [],
    [page],
  );
  const lifetime = useRef(new AbortController());
  useEffect(() => () => lifetime.current.abort(), []);
  useLayoutEffect(() => {
    if (entries.length > 0 && performance.getEntriesByName('backstory:first-card').length === 0) {
      performance.mark('backstory:first-card');
    }
    if (entries.length > 0 && !firstShown.current) {
      firstShown.current = whenShown(lifetime.current.signal, { element: ENTRY_TIMING });
      void firstShown.current.then(() => setFirstFrame(false));
    }
  }, [entries]);
  const afterFirstShown = (apply: () => void) =>
    void (firstShown.current ?? Promise.resolve()).then(apply);

  // Asked once the first cards are on screen: the background worker runs in the popup's own
  // process, and its answer (tens of ms of IndexedDB reads and card building) competed for the
  // CPU with the first cards' frame. The answer carries the timelines (as of the page's
  // date).
  const wanted = [...entries.map((e) => e.entityId), ...(focusId ? [focusId] : [])];
  const missing = wanted.filter((id) => !pageCards.cards.has(id));
  const pageDate =
    page.status === 'ready' || page.status === 'scanning' ? page.pageDate : undefined;
  // A newer request supersedes an older one; the fast answer filling the cards in does not
  // cancel its own second half.
  const cardsAsked = useRef(0);
  useEffect(() => () => void (cardsAsked.current = -1), []);
  useLayoutEffect(() => {
    if (missing.length === 0 || cardsAsked.current < 0) return;
    const asked = ++cardsAsked.current;
    const current = () => cardsAsked.current === asked;
    afterFirstShown(() => {
      if (!current()) return;
      // The cards at once, then again with their timelines (which read brief shards).
      let timed = false;
      void requestCards(wanted, pageDate, false, undefined, CARD_RELATED).then((answer) => {
        if (current() && answer && !timed) setPageCards(indexCardsAnswer(answer));
      });
      void requestCards(wanted, pageDate, true, undefined, CARD_RELATED).then((answer) => {
        if (!current() || !answer) return;
        timed = true;
        setPageCards(indexCardsAnswer(answer));
      });
    });
  }, [missing.join(' '), pageDate]);
  const search = useEntitySearch(requestSearch, query);
  // The card picked from search shows at once; its related names and timeline come with its answer.
  const shown = useMemo(
    () =>
      picked && picked.id === focusId && !pageCards.cards.has(picked.id)
        ? withCard(pageCards, picked)
        : pageCards,
    [pageCards, picked, focusId],
  );

  // The background reads its search index once the first cards are on screen and the popup is
  // idle (or at the first keystroke, whichever comes first); the pack's head (its brief index's
  // months, for the brief search's year filter) is read at the first keystroke.
  useEffect(() => {
    if (!pageKnown) return;
    const controller = new AbortController();
    afterPaintWhenIdle(search.preload, controller.signal, { shown: firstShown.current });
    return () => controller.abort();
  }, [pageKnown]);
  const [head, setHead] = useState<CardsHead>();
  const headAsked = useRef(false);
  useLayoutEffect(() => {
    if (query.trim() === '' || headAsked.current) return;
    headAsked.current = true;
    void cardsFiles.head().then(setHead, () => undefined);
  }, [query]);

  const hits = search.hits;
  const foundCards = useMemo(
    () => hits.flatMap((h) => (h.type === 'entity' ? [h.entity] : [])),
    [hits],
  );
  // The brief index need not wait for the card search: its count is in pack.json (the year
  // filter comes with the head's month table).
  const briefIndex = useMemo(
    () =>
      head?.briefIndex ?? {
        count: packInfo.counts.briefs,
        shardSize: BRIEF_SHARD_SIZE,
        months: [],
      },
    [head],
  );
  // The brief index (its head alone is about 0.7 MB to read and decode on this thread) starts
  // loading once the first query's card hits are in, so it never holds them up.
  const briefsStarted = useRef(false);
  briefsStarted.current ||= search.ready || search.failed;
  const briefs = useBriefSearch(
    briefSource,
    briefIndex,
    briefsStarted.current ? query : '',
    foundCards,
    12,
  );
  const site =
    page.status === 'ready' || page.status === 'scanning' ? siteKeyOfUrl(page.url) : undefined;

  const onPickHit = (hit: SearchHit) => {
    if (hit.type === 'sentence') {
      void browser.tabs.create({ url: libraryHref(`article/${hit.article.id}`) });
      return;
    }
    setQuery('');
    setPicked(hit.entity);
    setFocusId(hit.entity.id);
  };
  const onReveal = async (entityId: string) => {
    setRevealNote(undefined);
    const ok = tabId !== undefined && (await revealOnPage(tabId, entityId));
    if (!ok) setRevealNote('That mention is no longer on the page.');
  };

  if (held && page.status === 'loading') return null;
  return (
    <PopupView
      pack={shown}
      packSize={packInfo.counts.entities}
      searchReady={search.ready}
      searchFailed={search.failed}
      page={page}
      entries={entries}
      entryLimit={firstFrame ? FIRST_FRAME_ENTRIES : undefined}
      query={query}
      onQuery={setQuery}
      hits={hits}
      briefs={briefs}
      onPickHit={onPickHit}
      focusId={focusId}
      onFocus={setFocusId}
      expandedId={expandedId}
      onToggle={(id) => setExpandedId((current) => (current === id ? undefined : id))}
      onReveal={(id) => void onReveal(id)}
      onEarlier={(id) => {
        const count = shown.timelines?.[id]?.before.length;
        if (count === undefined) return;
        void requestCards([id], pageDate, true, count + EARLIER_STEP, CARD_RELATED).then(
          (answer) => {
            if (answer) setPageCards((cards) => withTimelines(cards, indexCardsAnswer(answer)));
          },
        );
      }}
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
