/** Test helpers: a spotter over the seed catalog, and compact views of mentions. */
import { buildMatcherPack, type MatcherPack, type SpotEntityInput } from '../matcher-pack';
import { createSpotter, type Mention, type SpotOptions, type Spotter } from '../spotter';
import { SEED_ENTITIES } from './seed-entities';

/** Builds a pack and round-trips it through JSON, as the extension loads it. */
export function packFor(entities: SpotEntityInput[] = SEED_ENTITIES): MatcherPack {
  return JSON.parse(JSON.stringify(buildMatcherPack(entities, { schema: 1, hash: 'test' })));
}

export const seedSpotter: Spotter = createSpotter(packFor());

/** `[start, text, entityId]` for each mention. */
export function spans(
  text: string,
  options?: SpotOptions,
  spotter = seedSpotter,
): [number, string, string][] {
  return spotter.spot(text, options).map((m: Mention) => [m.start, m.text, m.entityId]);
}
