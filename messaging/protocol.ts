/**
 * Every message between extension contexts, typed in one place.
 *
 * Content script contract (outside checks rely on it; keep exactly):
 * - `browser.tabs.sendMessage(tabId, { type: 'backstory/mentions' })` answers
 *   `MentionsResponse`: every linked mention on the page, whether or not the
 *   density setting draws it. No wrapper envelope.
 * - `browser.tabs.sendMessage(tabId, { type: 'backstory/reveal', entityId })`
 *   scrolls to and flashes that entity's first mention; answers `{ ok }`.
 */
import type { EntityCard, EntityKind } from '../core/pack';

export interface PageMention {
  entityId: string;
  name: string;
  kind: EntityKind;
  /** The text as written on the page. */
  text: string;
  /** The linking rule that made it (see core/linker). */
  rule: string;
}

export interface MentionsRequest {
  type: 'backstory/mentions';
}
export interface MentionsResponse {
  status: 'scanning' | 'ready';
  url: string;
  mentions: PageMention[];
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
}
export interface CardsResponse {
  cards: EntityCard[];
}

export type ContentRequest = MentionsRequest | RevealRequest;
export type BackgroundRequest = CardsRequest;

export function isContentRequest(message: unknown): message is ContentRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as { type?: unknown; entityId?: unknown };
  return (
    m.type === 'backstory/mentions' ||
    (m.type === 'backstory/reveal' && typeof m.entityId === 'string')
  );
}

export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as { type?: unknown; ids?: unknown };
  return (
    m.type === 'backstory/cards' &&
    Array.isArray(m.ids) &&
    m.ids.every((id) => typeof id === 'string')
  );
}
