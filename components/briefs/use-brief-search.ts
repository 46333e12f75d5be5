/**
 * The brief search as a hook, for the popup and the library: loads the brief
 * index's head on the first non-empty query (never before) and each postings
 * group when a query word first needs it, runs the query with the
 * year and card filters on every keystroke, groups the hits under the cards
 * the query found, and reads the hits' texts from their shards.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { groupBriefHits, rankEntities, type BriefGroup } from '../../core/brief-groups';
import {
  briefGroupsOf,
  createBriefSearcher,
  type BriefHit,
  type BriefSearcher,
} from '../../core/brief-search';
import { loadBriefPostings, type BriefPostings } from '../../core/brief-search-index';
import { BRIEF_SHARD_SIZE, type BriefIndex, type BriefShard } from '../../core/brief-timeline';
import { yearRanges, type YearRange } from '../../core/brief-years';
import type { EntityCard, PackBrief } from '../../core/pack';
import { BriefTexts } from './brief-texts';

/** Where the brief files come from (messaging/pack-files.ts in the extension). */
export interface BriefSource {
  /** `brief-search/head.bin`. */
  loadHead: () => Promise<Uint8Array>;
  /** `brief-search/<letter>.bin`. */
  loadGroup: (group: string) => Promise<Uint8Array>;
  loadShard: (n: number) => Promise<BriefShard>;
}

export interface BriefSearchState {
  /** False until the index (and the postings the query needs) is loaded. */
  ready: boolean;
  /** The index could not be read, or is not the pack's (another brief count). */
  failed: boolean;
  groups: BriefGroup[];
  /** Hits in all groups. */
  total: number;
  years: YearRange[];
  year?: string;
  setYear: (year: string | undefined) => void;
  /** The card whose briefs the search is limited to. */
  entity?: EntityCard;
  setEntity: (entity: EntityCard | undefined) => void;
  /** Cards to limit the search to: the ones the query found that have briefs. */
  entityChoices: EntityCard[];
  /** A hit's brief, once its shard is read. */
  briefOf: (index: number) => PackBrief | undefined;
}

/** Brief index load time (head and the first query's letters), as a performance measure of this name. */
export const BRIEF_INDEX_MEASURE = 'backstory:brief-index';

export function useBriefSearch(
  source: BriefSource,
  briefIndex: BriefIndex | undefined,
  query: string,
  /** The cards the main search found for `query`, in its order. */
  found: readonly EntityCard[],
  limit = 20,
): BriefSearchState {
  const [index, setIndex] = useState<{ postings: BriefPostings; searcher: BriefSearcher }>();
  const [groupsIn, setGroupsIn] = useState(0);
  const [failed, setFailed] = useState(false);
  const [year, setYear] = useState<string>();
  const [entity, setEntity] = useState<EntityCard>();
  const [, setLoadedTexts] = useState(0);
  const loading = useRef(false);
  const shardSize = briefIndex?.shardSize ?? BRIEF_SHARD_SIZE;
  const texts = useMemo(() => new BriefTexts(source.loadShard, shardSize), [source, shardSize]);
  const active = query.trim() !== '' && briefIndex !== undefined && briefIndex.count > 0;

  // Each letter's postings file is read once, the first query's at once with the head.
  const groupFiles = useRef(new Map<string, Promise<Uint8Array>>());
  const readGroup = (group: string) => {
    let file = groupFiles.current.get(group);
    if (!file) groupFiles.current.set(group, (file = source.loadGroup(group)));
    return file;
  };
  // A layout effect: the reads start in the keystroke's own task, not a frame later.
  useLayoutEffect(() => {
    if (!active || loading.current) return;
    loading.current = true;
    const start = performance.now();
    const first = briefGroupsOf(query);
    const files = first.map(readGroup);
    void source
      .loadHead()
      .then(async (bytes) => {
        const postings = loadBriefPostings(bytes);
        if (postings.count !== briefIndex?.count) throw new Error('brief index: not this pack’s');
        (await Promise.all(files)).forEach((file, k) => postings.addGroup(first[k]!, file));
        setIndex({ postings, searcher: createBriefSearcher(postings) });
        performance.measure(BRIEF_INDEX_MEASURE, { start, end: performance.now() });
      })
      .catch(() => setFailed(true));
  }, [active]);

  const missing = index && active ? index.searcher.needs(query) : [];
  useLayoutEffect(() => {
    if (!index) return;
    for (const group of missing) {
      void readGroup(group)
        .then((bytes) => {
          if (index.postings.hasGroup(group)) return;
          index.postings.addGroup(group, bytes);
          setGroupsIn((n) => n + 1);
        })
        .catch(() => setFailed(true));
    }
  }, [index, missing.join(' ')]);
  const searcher = index?.searcher;
  const ready = searcher !== undefined && missing.length === 0;

  const years = useMemo(() => (briefIndex ? yearRanges(briefIndex) : []), [briefIndex]);
  const ranked = useMemo(() => rankEntities(found, query), [found, query]);
  // While a word's postings are on their way, the last results stay.
  const shownHits = useRef<BriefHit[]>([]);
  const hits = useMemo(() => {
    if (!searcher || !active) return [];
    if (!ready) return shownHits.current;
    const range = years.find((y) => y.year === year);
    return searcher.search(query, {
      limit,
      range: range && [range.start, range.end],
      within: entity?.briefs ?? undefined,
    });
  }, [searcher, ready, groupsIn, active, query, year, entity, years, limit]);
  shownHits.current = hits;

  useEffect(() => {
    let live = true;
    void texts.need(hits.map((h) => h.index)).then(() => live && setLoadedTexts((n) => n + 1));
    return () => {
      live = false;
    };
  }, [hits, texts]);

  const groups = useMemo(
    () => groupBriefHits(hits, entity ? [entity] : ranked),
    [hits, entity, ranked],
  );
  const entityChoices = ranked.filter((e) => (e.briefs?.length ?? 0) > 0).slice(0, 8);
  return {
    ready,
    failed,
    groups,
    total: hits.length,
    years,
    year,
    setYear,
    entity,
    setEntity,
    entityChoices:
      entity && !entityChoices.some((e) => e.id === entity.id)
        ? [entity, ...entityChoices]
        : entityChoices,
    briefOf: (index) => texts.get(index),
  };
}
