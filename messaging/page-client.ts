/**
 * The popup's side of the content-script contract: asks a tab for its
 * mentions (`backstory/mentions`), asks again while the page is still being
 * scanned, and asks it to reveal an entity (`backstory/reveal`).
 */
import { browser } from 'wxt/browser';
import type { PageState } from './page-state';
import type {
  BackgroundRequest,
  CardsRequest,
  CardsResponse,
  MentionsResponse,
  RevealResponse,
  SearchRequest,
  SearchResponse,
  SpotRequest,
  SpotResponse,
} from './protocol';

function isMentionsResponse(value: unknown): value is MentionsResponse {
  const v = value as Partial<MentionsResponse> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    (v.status === 'scanning' || v.status === 'ready') &&
    Array.isArray(v.mentions)
  );
}

/** One ask; `unavailable` when no content script answers. */
export async function requestMentions(tabId: number): Promise<PageState> {
  try {
    const response: unknown = await browser.tabs.sendMessage(tabId, { type: 'backstory/mentions' });
    if (!isMentionsResponse(response)) return { status: 'unavailable' };
    const { status, url, mentions, pageDate } = response;
    return {
      status,
      url: url ?? '',
      mentions,
      ...(typeof pageDate === 'string' && { pageDate }),
    };
  } catch {
    return { status: 'unavailable' };
  }
}

/**
 * Reports the tab's page state, asking again every `intervalMs` while the
 * page is still being scanned. A tab that does not answer is asked `retries`
 * more times (its content script may still be starting) before it is
 * reported `unavailable`. `first`, when given, is the answer to an ask
 * already sent (`requestMentions(tabId)`), taken as the first one. Stops
 * when `signal` aborts.
 */
export function watchPageMentions(
  tabId: number,
  onState: (state: PageState) => void,
  {
    signal,
    intervalMs = 250,
    retries = 2,
    first,
  }: { signal: AbortSignal; intervalMs?: number; retries?: number; first?: Promise<PageState> },
): void {
  let misses = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sent = first;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  const ask = async () => {
    const answer = sent ?? requestMentions(tabId);
    sent = undefined;
    const state = await answer;
    if (signal.aborted) return;
    const retry = state.status === 'unavailable' && ++misses <= retries;
    if (!retry) onState(state);
    if (retry || state.status === 'scanning') timer = setTimeout(ask, intervalMs);
  };
  void ask();
}

/** Asks the tab to scroll to and flash the entity's first mention. */
export async function revealOnPage(tabId: number, entityId: string): Promise<boolean> {
  try {
    const response = (await browser.tabs.sendMessage(tabId, {
      type: 'backstory/reveal',
      entityId,
    })) as RevealResponse | undefined;
    return response?.ok === true;
  } catch {
    return false;
  }
}

/** Sends `request` to the background; its answer when `valid` says it is one, else undefined. */
async function askBackground<T>(
  request: BackgroundRequest,
  valid: (answer: T | undefined) => boolean,
): Promise<T | undefined> {
  try {
    const answer = (await browser.runtime.sendMessage(request)) as T | undefined;
    return valid(answer) ? answer : undefined;
  } catch {
    return undefined;
  }
}

/** Asks the background for some cards (`backstory/cards`); undefined if it cannot answer. */
export function requestCards(
  ids: string[],
  asOf?: string,
  timelines = true,
  /** Briefs up to `asOf` per timeline, when the reader asked for earlier ones. */
  before?: number,
  /** How many related entities of each card to name (all when undefined). */
  named?: number,
): Promise<CardsResponse | undefined> {
  const request: CardsRequest = {
    type: 'backstory/cards',
    ids,
    ...(asOf && { asOf }),
    ...(!timelines && { timelines: false }),
    ...(before !== undefined && { before }),
    ...(named !== undefined && { named }),
  };
  return askBackground<CardsResponse>(request, (a) => Array.isArray(a?.cards));
}

/** The card search (`backstory/search`) from the background; undefined when it cannot answer. */
export function requestSearch(query: string, limit?: number): Promise<SearchResponse | undefined> {
  const request: SearchRequest = {
    type: 'backstory/search',
    query,
    ...(limit !== undefined && { limit }),
  };
  return askBackground<SearchResponse>(request, (a) => Array.isArray(a?.hits));
}

/** The background's spotting of `text` (`backstory/spot`); undefined when it cannot answer. */
export function requestSpot(text: string, pageDate?: string): Promise<SpotResponse | undefined> {
  const request: SpotRequest = {
    type: 'backstory/spot',
    text,
    ...(pageDate !== undefined && { pageDate }),
  };
  return askBackground<SpotResponse>(request, (a) => Array.isArray(a?.mentions));
}
