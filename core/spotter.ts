/**
 * The spotter: matcher + linker in one call, over a loaded matcher pack.
 * This is what the content script and the pipeline use.
 */
import type { EntityKind } from './pack';
import type { LinkRule } from './link-rules';
import { type Link, linkSteps, LINK_STEP_MATCHES } from './linker';
import { findMatchSteps } from './matcher';
import { type LoadedPack, loadMatcherPackSteps, type MatcherPack } from './matcher-pack';
import { drain, inSteps, type Steps } from './steps';

export interface Mention {
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  entityId: string;
  name: string;
  kind: EntityKind;
  /** The entity's Wikipedia title with underscores (`Vladimir_Putin`), when known. */
  wikipedia?: string;
  /** The matched text as written. */
  text: string;
  /** The alias that matched, as the catalog writes it. */
  alias: string;
  /** Why it linked (see `LINK_RULE_EXPLANATIONS`). */
  rule: LinkRule;
  /** 0..1. */
  confidence: number;
}

export interface SpotOptions {
  /** The page's publication date (ISO), for recurring event names. */
  pageDate?: string;
}

export interface Spotter {
  /** Every linked mention in `text`, in order, non-overlapping. */
  spot(text: string, options?: SpotOptions): Mention[];
  /**
   * `spot` in steps, for a thread that must stay responsive: yields after
   * each bounded piece of work (`MATCH_STEP_CHARS` characters matched,
   * `LINK_STEP_MATCHES` matches linked) and returns what `spot` returns.
   */
  spotSteps(text: string, options?: SpotOptions): Steps<Mention[]>;
  readonly entityCount: number;
}

/** Loads a matcher pack (decoding only, no rebuilding) into a spotter. */
export const createSpotter = (pack: MatcherPack): Spotter => drain(createSpotterSteps(pack));

/**
 * `createSpotter` in steps (`loadMatcherPackSteps`): for a thread that must
 * stay responsive while a large pack loads.
 */
export function* createSpotterSteps(pack: MatcherPack): Steps<Spotter> {
  return spotterOver(yield* loadMatcherPackSteps(pack));
}

function spotterOver(loaded: LoadedPack): Spotter {
  // Strings of the entities and aliases met so far: one copy each, not one per mention.
  type EntityStrings = [string, string, string, string | undefined];
  const strings = new Map<number, EntityStrings>();
  const entityStrings = (entity: number): EntityStrings => {
    let known = strings.get(entity);
    if (!known) {
      known = [
        loaded.entityId(entity),
        loaded.entityName(entity),
        loaded.entityKind(entity),
        loaded.entityWikipedia(entity),
      ];
      strings.set(entity, known);
    }
    return known;
  };
  const aliasTexts = new Map<number, string>();
  const aliasText = (alias: number): string => {
    let known = aliasTexts.get(alias);
    if (known === undefined) aliasTexts.set(alias, (known = loaded.aliasText(alias)));
    return known;
  };
  function* spotSteps(text: string, options: SpotOptions = {}): Steps<Mention[]> {
    const matches = yield* findMatchSteps(loaded, text);
    yield;
    const links = yield* linkSteps(loaded, text, matches, options);
    const mentions: Mention[] = [];
    const mention = ({ match, entity, alias, rule, confidence }: Link): Mention => {
      const [entityId, name, kind, wikipedia] = entityStrings(entity);
      return {
        start: match.start,
        end: match.end,
        entityId,
        name,
        kind: kind as EntityKind,
        wikipedia, // always set (maybe undefined): one object shape for every mention
        text: text.slice(match.start, match.end),
        alias: aliasText(alias),
        rule,
        confidence,
      };
    };
    yield* inSteps(links.length, LINK_STEP_MATCHES, (from, to) => {
      for (let i = from; i < to; i++) mentions.push(mention(links[i]!));
    });
    return mentions;
  }
  return {
    entityCount: loaded.entityCount,
    spot: (text, options) => drain(spotSteps(text, options)),
    spotSteps,
  };
}
