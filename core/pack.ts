/**
 * The knowledge pack: what the pipeline emits and every extension context reads.
 * Pure types plus tiny helpers; no DOM, no `browser`.
 *
 * The pack is split by consumer (ARCHITECTURE.md §7):
 * - `matcher.json` (MatcherPack): the compact alias table the background spots pages with.
 * - `cards.json` (CardsPack): every entity's card and every article, for the
 *   background worker, the popup and the library.
 * - `search.json`: the prebuilt search index (see core/search.ts).
 */

import type { BriefIndex } from './brief-timeline';

export const PACK_SCHEMA_VERSION = 1;

/** `place`: a place the news is about that is not a country (Gaza Strip, Strait of Hormuz). */
export const ACTOR_KINDS = ['person', 'organization', 'country', 'group', 'place'] as const;
export const EVENT_KINDS = [
  'meeting',
  'call',
  'summit',
  'talks',
  'war',
  'campaign',
  'agreement',
  'plan',
  'event',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type EntityKind = ActorKind | EventKind;

/** The highlight a kind is drawn with: `backstory-<HighlightKind>`. */
export type HighlightKind = ActorKind | 'event';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = [...ACTOR_KINDS, 'event'];

/** Every event kind is drawn as `event`; actors keep their own kind. */
export function highlightKind(kind: EntityKind): HighlightKind {
  return (ACTOR_KINDS as readonly string[]).includes(kind) ? (kind as ActorKind) : 'event';
}

export function isEventKind(kind: EntityKind): kind is EventKind {
  return (EVENT_KINDS as readonly string[]).includes(kind);
}

/** ISO dates (`YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that is known). */
export interface DateSpan {
  start?: string;
  end?: string;
  /** The article's own words the date was resolved from, e.g. "Thursday". */
  text?: string;
}

/** A verbatim sentence of an article that mentions an entity. */
export interface Citation {
  articleId: string;
  sentence: string;
  /** Offsets of the sentence in the article body. */
  start: number;
  end: number;
}

/** A fact in our words, backed by a verbatim quote from one article. */
export interface Fact {
  text: string;
  quote: string;
  articleId: string;
}

/** How many related entities (and sub-stories) a card on a page lists. */
export const CARD_RELATED = 6;

export interface RelatedRef {
  id: string;
  /** How many article sentences name both entities. */
  count: number;
  /** Catalog-declared relation (participant, member…) or co-occurrence. */
  via: 'participant' | 'cooccurrence' | 'catalog';
}

/** A brief as the pack ships it: date, verbatim text, outlets (core/brief.ts). */
export interface PackBrief {
  date: string;
  text: string;
  outlets: { name: string; url?: string }[];
}

/** A role as a brief states it, as of the brief's date. */
export interface DatedRole {
  role: string;
  date: string;
}

export interface EntityCard {
  id: string;
  /** Wikipedia title with underscores (`Vladimir_Putin`), when known. */
  wikipedia?: string;
  /** Roles over time, oldest first, as the briefs state them. */
  roles?: DatedRole[];
  /** Global indices of the briefs that name it, oldest first (core/brief-timeline.ts). */
  briefs?: number[];
  /** First and last date of its briefs. */
  span?: { first: string; last: string };
  /** The story this event is part of, and its sub-stories (entity ids). */
  parent?: string;
  children?: string[];
  kind: EntityKind;
  name: string;
  aliases: string[];
  /** Role or description as of the evidence date. */
  role?: string;
  summary: string;
  dates?: DateSpan;
  places?: string[];
  participants?: string[];
  facts: Fact[];
  citations: Citation[];
  related: RelatedRef[];
  /** ISO date of the newest article this card draws on. */
  asOf: string;
  /** Ids of the articles this card draws on. */
  articles: string[];
}

export interface ArticleRecord {
  id: string;
  title: string;
  source: string;
  url?: string;
  /** ISO date. */
  published: string;
  dateline?: string;
  origin: string;
  body: string;
}

export interface PackStamp {
  schema: number;
  /** Content hash of everything the pack was built from. */
  hash: string;
}

export interface CardsPack extends PackStamp {
  entities: EntityCard[];
  articles: ArticleRecord[];
  /** Where the briefs of Wikipedia's Current events are (core/brief-timeline.ts); none without a corpus. */
  briefIndex?: BriefIndex;
}
