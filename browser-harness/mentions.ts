/**
 * Asks a tab's content script for its mentions (`backstory/mentions`, see
 * messaging/protocol.ts) until it says it is ready: the one poller of the
 * sweep, the e2e tests and the benches, in Chromium (`tabMessenger`) and in
 * Firefox (`extensionPageMessenger`).
 */
import type { MentionsResponse, PageMention } from '../messaging/protocol';

/** Sends one message to a tab's content script and resolves with its answer. */
export type SendToTab = (message: object) => Promise<unknown>;

export interface MentionsAnswer {
  mentions: PageMention[];
  /** The URL the content script answered for ('' without a ready answer). */
  url: string;
  /** Why there is no ready answer, if there is none. */
  problems: string[];
}

const POLL_MS = 150;

/**
 * Asks every 150 ms until the content script answers `ready`, or gives up
 * after `timeoutMs`. Right after `load` the content script may not be
 * injected yet (it runs at document_idle): a failed send is asked again too.
 */
export async function pollMentions(send: SendToTab, timeoutMs = 15_000): Promise<MentionsAnswer> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const answer = (await send({ type: 'backstory/mentions' })) as MentionsResponse | undefined;
      if (answer?.status === 'ready')
        return { mentions: answer.mentions, url: answer.url, problems: [] };
      last = `status ${answer?.status ?? 'none'}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  return {
    mentions: [],
    url: '',
    problems: [`no ready answer to backstory/mentions after ${timeoutMs} ms (${last})`],
  };
}

/** `pollMentions` that throws, with why, when there is no ready answer in time. */
export async function readyMentions(send: SendToTab, timeoutMs = 15_000): Promise<MentionsAnswer> {
  const answer = await pollMentions(send, timeoutMs);
  if (answer.problems.length > 0) throw new Error(answer.problems.join('; '));
  return answer;
}
