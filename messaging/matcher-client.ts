/**
 * Asks the background for the alias table (`backstory/matcher`). A worker that is starting, or
 * being updated, may not answer at once: the ask is tried again a few times, then fails with the
 * last error.
 */
import type { MatcherPack } from '../core/matcher-pack';
import type { MatcherRequest, MatcherResponse } from './protocol';

/** Waits before each retry, in ms. */
const RETRY_MS = [250, 1000, 4000];

export async function askMatcher(
  send: (request: MatcherRequest) => Promise<MatcherResponse>,
  sleep: (ms: number) => Promise<void>,
): Promise<MatcherPack> {
  let lastError: unknown;
  for (let attempt = 0; attempt <= RETRY_MS.length; attempt++) {
    if (attempt > 0) await sleep(RETRY_MS[attempt - 1]!);
    try {
      const pack = await send({ type: 'backstory/matcher' });
      if (typeof pack === 'object' && pack !== null && typeof pack.formatVersion === 'number')
        return pack;
      lastError = new Error('Backstory: the background answered no alias table');
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
