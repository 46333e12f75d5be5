/**
 * A spotter whose pack is loaded on first use, for the content script: the
 * first `spotSteps` loads it in its own steps (so the load runs in the slices
 * of the first scan, not in the task that injects the script), and a `spot`
 * that comes first (a selection) loads it at once, finishing any load already
 * under way rather than starting another.
 */
import type { MatcherPack } from './matcher-pack';
import { createSpotterSteps, type Spotter } from './spotter';
import { drain, type Steps } from './steps';

export type LazySpotter = Pick<Spotter, 'spot' | 'spotSteps'> & {
  /** Whether the pack is loaded. */
  readonly loaded: boolean;
};

/**
 * A spotter over `pack` that decodes it on first use (see above), and lets go of it then. `pack`
 * may be a function that gives it then (the content script receives it after it starts).
 */
export function lazySpotter(pack: MatcherPack | (() => MatcherPack)): LazySpotter {
  /** The encoded pack, until it is decoded (its base64 text is megabytes at 100k aliases). */
  let encoded: MatcherPack | (() => MatcherPack) | undefined = pack;
  let spotter: Spotter | undefined;
  /** The load under way, shared by every caller until it ends. */
  let loading: Steps<Spotter> | undefined;
  /** Runs one step of the shared load; the spotter once it is done. */
  const advance = (): Spotter | undefined => {
    if (spotter) return spotter; // another caller finished the load
    if (!loading) {
      const source = encoded!;
      loading = createSpotterSteps(typeof source === 'function' ? source() : source);
      encoded = undefined;
    }
    try {
      const step = loading.next();
      if (step.done) {
        spotter = step.value;
        loading = undefined;
      }
    } catch (error) {
      // A broken pack throws again on the next use.
      loading = undefined;
      encoded = () => {
        throw error;
      };
      throw error;
    }
    return spotter;
  };
  function* load(): Steps<Spotter> {
    while (!advance()) yield;
    return spotter!;
  }
  return {
    get loaded() {
      return spotter !== undefined;
    },
    spot: (text, options) => (spotter ?? drain(load())).spot(text, options),
    *spotSteps(text, options) {
      return yield* (spotter ?? (yield* load())).spotSteps(text, options);
    },
  };
}
