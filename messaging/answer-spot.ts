/**
 * The background's answer to `backstory/spot`: the linked mentions in a chunk
 * of a page's text, by the spotter over the alias table it reads and decodes
 * once while it lives (`matcher.json`). The tabs then hold no alias table: a
 * page's text comes here in chunks, and only its mentions go back.
 */
import { createSpotter, type Spotter } from '../core/spotter';
import type { MatcherPack } from '../core/matcher-pack';
import { readOnce } from './pack-reader';
import type { SpotResponse } from './protocol';

export type SpotAnswerer = (text: string, pageDate?: string) => Promise<SpotResponse>;

/**
 * Returns an answerer over the alias table `loadPack` reads, on the first request. A read that
 * fails is tried again by the next request; a table that cannot be decoded (another format, a
 * corrupt file) answers `failed` while the worker lives, and says why once.
 */
export function spotAnswerer(
  loadPack: () => Promise<MatcherPack>,
  report: (message: string, error: unknown) => void = console.error,
): SpotAnswerer {
  const load = readOnce(() =>
    loadPack().then((pack): Spotter | undefined => {
      try {
        return createSpotter(pack);
      } catch (error) {
        report('Backstory: the alias table cannot be decoded; nothing is highlighted', error);
        return undefined;
      }
    }),
  );
  return async (text, pageDate) => {
    const loaded = await load().catch(() => undefined);
    if (!loaded) return { mentions: [], failed: true };
    return { mentions: loaded.spot(text, pageDate === undefined ? {} : { pageDate }) };
  };
}
