/**
 * Every message between extension contexts, typed in one place.
 *
 * Content script contract (outside checks rely on it; keep exactly):
 * - `browser.tabs.sendMessage(tabId, { type: 'backstory/mentions' })` answers
 *   `MentionsResponse`: every linked mention on the page, whether or not the
 *   density setting draws it (and also while highlighting is off for the
 *   site), in document order. No wrapper envelope. `status` is `scanning`
 *   until the first scan ends and whenever changes to the page are waiting to
 *   be read; `ready` otherwise (a page that changes forever may rarely settle).
 *   The content script answers from the moment it starts.
 * - `browser.tabs.sendMessage(tabId, { type: 'backstory/reveal', entityId })`
 *   scrolls to and flashes (highlight `backstory-focus`, about 2 s) that
 *   entity's first mention; answers `{ ok }` (`ok: false` when the entity is
 *   not on the page).
 * - The background forwards keyboard commands to the active tab as
 *   `{ type: 'backstory/command', command }` (no answer).
 *
 * The content script asks the background to spot the page's text
 * (`backstory/spot`): the alias table lives in the background alone, decoded
 * once while it lives, not in every tab.
 */
import type { Timeline } from '../core/brief-timeline';
import type { ArticleRecord, EntityCard, EntityKind, PackBrief } from '../core/pack';
import type { SearchHit } from '../core/search-hits';
import type { Mention } from '../core/spotter';

export interface PageMention {
  entityId: string;
  name: string;
  kind: EntityKind;
  /** The entity's Wikipedia title with underscores (`Vladimir_Putin`), when the catalog knows it. */
  wikipedia?: string;
  /** The text as written on the page. */
  text: string;
  /** The linking rule that made it (see core/linker). */
  rule: string;
  /** True when the mention is in a heading (the popup ranks headline mentions first). */
  heading?: boolean;
}

export interface MentionsRequest {
  type: 'backstory/mentions';
}
/** `mentions` are in document order (the popup reads first position from it). */
export interface MentionsResponse {
  status: 'scanning' | 'ready';
  url: string;
  mentions: PageMention[];
  /** The page's ISO date (or its month or year) once the scan has read it. */
  pageDate?: string;
}

export interface RevealRequest {
  type: 'backstory/reveal';
  entityId: string;
}
export interface RevealResponse {
  ok: boolean;
}

/** Content script or popup → background: cards by id (with their related cards' names). */
export interface CardsRequest {
  type: 'backstory/cards';
  ids: string[];
  /** The ISO date the cards' timelines are as of (the page's date); today when missing. */
  asOf?: string;
  /** `false`: the cards alone, at once, without reading brief shards for their timelines. */
  timelines?: boolean;
  /** How many briefs up to `asOf` each timeline shows (the reader asked for earlier ones); default 6, at most 200. */
  before?: number;
  /**
   * How many of each card's related entities, and of its sub-stories, to name
   * (the first ones that have a name; a card lists CARD_RELATED); all by default.
   */
  named?: number;
}
export interface CardsResponse {
  cards: EntityCard[];
  /** Name and kind of every entity the cards relate to, by id. */
  names: Record<string, { name: string; kind: EntityKind }>;
  /** Where each article the cards cite came from, by article id (no body). */
  sources: Record<string, Pick<ArticleRecord, 'title' | 'source' | 'published' | 'url'>>;
  /** Each card's briefs as of `asOf`, by card id (cards without briefs have none). */
  timelines?: Record<string, Timeline>;
  /** The briefs the timelines name, by global brief index. */
  briefs?: Record<number, PackBrief>;
}

/**
 * Popup → background: the card search (actors, events, their facts and the
 * articles' sentences) over the index the background holds while it lives
 * (`search.json`), with the hits' cards; an empty query only loads the index.
 */
export interface SearchRequest {
  type: 'backstory/search';
  query: string;
  /** Most hits (default 12, at most MAX_SEARCH_LIMIT). */
  limit?: number;
}
export interface SearchResponse {
  /** Best first; a hit whose card or article cannot be read is left out. */
  hits: SearchHit[];
  /** The index could not be read or is not this pack's: no hits will come. */
  failed?: true;
}
/** The most hits one search answer carries. */
export const MAX_SEARCH_LIMIT = 50;
/** The longest query read; the rest is ignored. */
export const MAX_SEARCH_QUERY = 200;

/**
 * Content script → background: the linked mentions in a chunk of the page's text (the spotter over
 * `matcher.json`); the names of entities linked elsewhere on the page come in front of it, as
 * paragraphs of their own (page/spot-blocks.ts).
 */
export interface SpotRequest {
  type: 'backstory/spot';
  text: string;
  /** The page's ISO date (or its month or year), for recurring event names. */
  pageDate?: string;
}
export interface SpotResponse {
  /** In text order, non-overlapping; offsets are UTF-16 offsets into `text`. */
  mentions: Mention[];
  /** The alias table could not be read: nothing will be spotted. */
  failed?: true;
}
/** The longest text one spot request may carry (a longer block is left unspotted). */
export const MAX_SPOT_CHARS = 1_000_000;

/** The keyboard commands declared in wxt.config.ts. */
export const COMMANDS = ['next-mention', 'previous-mention', 'toggle-highlights'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Background → content script of the active tab: a keyboard command was pressed. */
export interface CommandRequest {
  type: 'backstory/command';
  command: CommandName;
}

export type ContentRequest = MentionsRequest | RevealRequest | CommandRequest;
export type BackgroundRequest = CardsRequest | SpotRequest | SearchRequest;

export function isContentRequest(message: unknown): message is ContentRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as { type?: unknown; entityId?: unknown; command?: unknown };
  return (
    m.type === 'backstory/mentions' ||
    (m.type === 'backstory/reveal' && typeof m.entityId === 'string') ||
    (m.type === 'backstory/command' && (COMMANDS as readonly unknown[]).includes(m.command))
  );
}

/** An ISO date, or its month or year when only that is known. */
const ISO_DAY = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as {
    type?: unknown;
    ids?: unknown;
    asOf?: unknown;
    timelines?: unknown;
    before?: unknown;
    named?: unknown;
    query?: unknown;
    limit?: unknown;
    text?: unknown;
    pageDate?: unknown;
  };
  if (m.type === 'backstory/spot') {
    return (
      typeof m.text === 'string' &&
      m.text.length <= MAX_SPOT_CHARS &&
      (m.pageDate === undefined || (typeof m.pageDate === 'string' && ISO_DAY.test(m.pageDate)))
    );
  }
  if (m.type === 'backstory/search') {
    return (
      typeof m.query === 'string' &&
      (m.limit === undefined ||
        (Number.isInteger(m.limit) &&
          (m.limit as number) > 0 &&
          (m.limit as number) <= MAX_SEARCH_LIMIT))
    );
  }
  return (
    m.type === 'backstory/cards' &&
    Array.isArray(m.ids) &&
    m.ids.every((id) => typeof id === 'string') &&
    (m.asOf === undefined || (typeof m.asOf === 'string' && ISO_DAY.test(m.asOf))) &&
    (m.timelines === undefined || typeof m.timelines === 'boolean') &&
    (m.before === undefined || (Number.isInteger(m.before) && (m.before as number) > 0)) &&
    (m.named === undefined || (Number.isInteger(m.named) && (m.named as number) >= 0))
  );
}
