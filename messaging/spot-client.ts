/**
 * The content script's spotter: the background spots the page's text
 * (`backstory/spot`), so no tab holds the alias table. A worker that is
 * starting, or being updated, may not answer at once: each ask is tried again
 * a few times. A text the background cannot spot (no alias table, a text over
 * `MAX_SPOT_CHARS`, no answer after the retries) has no mentions, and the
 * first such failure is reported once.
 */
import type { Mention, SpotOptions } from '../core/spotter';
import { awaited, type SliceTask } from '../page/slice-runner';
import { MAX_SPOT_CHARS, type SpotRequest, type SpotResponse } from './protocol';

/** Waits before each retry, in ms. */
const RETRY_MS = [250, 1000, 4000];

export interface RemoteSpotter {
  /** The linked mentions in `text`, in a slice task (it waits for the answer, using no time). */
  spotSteps(text: string, options?: SpotOptions): SliceTask<Mention[]>;
  /** The same, for a short text (a selection). */
  spot(text: string, options?: SpotOptions): Promise<Mention[]>;
}

export function remoteSpotter(
  send: (request: SpotRequest) => Promise<SpotResponse | undefined>,
  sleep: (ms: number) => Promise<void>,
  report: (message: string, error: unknown) => void = console.error,
): RemoteSpotter {
  let reported = false;
  const unspotted = (why: unknown): Mention[] => {
    if (!reported) report("Backstory: part of this page's text could not be spotted", why);
    reported = true;
    return [];
  };
  async function spot(text: string, options: SpotOptions = {}): Promise<Mention[]> {
    if (text.length > MAX_SPOT_CHARS) {
      return unspotted(new Error(`a text of ${text.length} characters, over ${MAX_SPOT_CHARS}`));
    }
    const request: SpotRequest = {
      type: 'backstory/spot',
      text,
      ...(options.pageDate === undefined ? {} : { pageDate: options.pageDate }),
    };
    let lastError: unknown;
    for (let attempt = 0; attempt <= RETRY_MS.length; attempt++) {
      if (attempt > 0) await sleep(RETRY_MS[attempt - 1]!);
      try {
        const answer = await send(request);
        if (answer?.failed) return unspotted(new Error('the background has no alias table'));
        if (Array.isArray(answer?.mentions)) return answer.mentions;
        lastError = new Error('the background gave no answer to backstory/spot');
      } catch (error) {
        lastError = error;
      }
    }
    return unspotted(lastError);
  }
  return {
    spot,
    *spotSteps(text, options) {
      return yield* awaited(spot(text, options));
    },
  };
}
