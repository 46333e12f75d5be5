/**
 * What the popup asks for before it renders anything: the tab's mentions
 * (the first cards need only them), the settings, and a wake-up for the
 * background, which answers the cards' details a moment later.
 */
import type { PageState } from '../../messaging/page-state';
import type { Settings } from '../../storage/settings';

export interface FirstAsks {
  /** The tab whose page the popup shows: `?tabId=N`, else the active tab. */
  tabId: Promise<number | undefined>;
  /** That tab's answer to `backstory/mentions` (`unavailable` when there is no tab). */
  page: Promise<PageState>;
  settings: Promise<Settings>;
}

/** The extension calls the first asks make (messaging/ and storage/ in the popup). */
export interface FirstAsksApi {
  activeTabId(): Promise<number | undefined>;
  requestMentions(tabId: number): Promise<PageState>;
  loadSettings(): Promise<Settings>;
  /** Starts the background worker if it sleeps (its answer is not awaited). */
  wakeBackground(): void;
}

/** The tab id of `?tabId=N` (a positive integer), or undefined. */
export function tabIdParam(search: string): number | undefined {
  const param = Number(new URLSearchParams(search).get('tabId'));
  return Number.isInteger(param) && param > 0 ? param : undefined;
}

/**
 * Sends the first asks, the page's mentions first: with `?tabId=N` in
 * `search` the message leaves before this returns; otherwise once the
 * active tab is known.
 */
export function startFirstAsks(search: string, api: FirstAsksApi): FirstAsks {
  const param = tabIdParam(search);
  const tabId = param === undefined ? api.activeTabId() : Promise.resolve(param);
  const page =
    param === undefined
      ? tabId.then((id): Promise<PageState> | PageState =>
          id === undefined ? { status: 'unavailable' } : api.requestMentions(id),
        )
      : api.requestMentions(param);
  const settings = api.loadSettings();
  api.wakeBackground();
  return { tabId, page, settings };
}
