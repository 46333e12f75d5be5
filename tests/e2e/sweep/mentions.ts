/**
 * Asks a tab's content script for its mentions (`backstory/mentions`, see
 * messaging/protocol.ts) from the service worker, until it says it is ready.
 */
import type { Page } from 'playwright-core';
import type { MentionsResponse, PageMention } from '../../../messaging/protocol';
import type { ChromiumSession } from '../harness/chromium';

/** The slice of `chrome.tabs` used to ask the content script. */
interface ChromeMessaging {
  tabs: { sendMessage(tabId: number, message: object): Promise<unknown> };
}

export interface MentionsAnswer {
  mentions: PageMention[];
  /** Why there is no ready answer, if there is none. */
  problems: string[];
}

/** Polls until the content script answers `ready`, or gives up after `timeoutMs`. */
export async function askMentions(
  session: ChromiumSession,
  page: Page,
  timeoutMs = 15_000,
): Promise<MentionsAnswer> {
  const tabId = await session.tabIdOf(page);
  const worker = await session.worker();
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const reply = await worker.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeMessaging };
      try {
        return {
          ok: true,
          value: await chrome.tabs.sendMessage(id, { type: 'backstory/mentions' }),
        };
      } catch (error) {
        return { ok: false, value: String(error) };
      }
    }, tabId);
    const answer = reply.value as MentionsResponse | undefined;
    if (reply.ok && answer?.status === 'ready') return { mentions: answer.mentions, problems: [] };
    last = reply.ok ? `status ${answer?.status ?? 'none'}` : String(reply.value);
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    mentions: [],
    problems: [`no ready answer to backstory/mentions after ${timeoutMs} ms (${last})`],
  };
}
