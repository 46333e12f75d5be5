/**
 * The matcher pack: the compact alias table the content script carries.
 *
 * Built once at pack time (`buildMatcherPack`), shipped as JSON, and loaded
 * with `loadMatcherPack`, which only decodes base64 into typed arrays: no trie
 * is rebuilt in the page (`loadMatcherPackSteps` does it in bounded steps).
 * Strings are stored joined by `\n` so that 100k entities cost a few big
 * strings rather than 100k small ones.
 */
import { decodeBytesSteps, decodeInt32Steps, decodeUint32Steps, encodeArray } from './base64';
import { lineReaderSteps } from './line-index';
import type { DateSpan, EntityKind, PackStamp } from './pack';
import { stripMarks } from './normalize';
import { aliasKeys, tokenRuns } from './tokens';
import { drain, type Steps } from './steps';
import { buildTrie, type Trie } from './trie';

export interface AliasInput {
  text: string;
  strength: 'strong' | 'weak';
  /** A generic/recurring event name ("civil war", "G20 summit"): links only with context or a fitting date. */
  generic?: boolean;
  /**
   * A weak surname that no one else in the catalog has and that is no word or first name
   * (`Rowling`, `Fauci`): weak only because the briefs seldom write it alone. A page that writes it
   * again and again, or after a title (`Dr. Fauci`), means them.
   */
  sole?: boolean;
  /** A country's own other name (`America`, `Britain`), not its capital's (`Washington`): in a place use it is still the country. */
  countryName?: boolean;
  /**
   * A description more than a name (`Central Bank` of Iran's, `The Times`, a team's nickname:
   * `Rangers`): it names whoever the page means, so it links only with the page's support, never
   * by how it is used alone.
   */
  description?: boolean;
}

export interface SpotEntityInput {
  id: string;
  name: string;
  kind: EntityKind;
  /** Its Wikipedia title, with underscores (`Vladimir_Putin`), when known. */
  wikipedia?: string;
  aliases: AliasInput[];
  dates?: DateSpan;
  /** Words that tie a generic alias to this entity when near it ("Syria", "Syrian"). */
  cues?: string[];
  /** Ids of related entities (participants, catalog relations, co-occurrence). */
  related: string[];
}

/** Alias flag bits. */
export const ALIAS_STRONG = 1;
export const ALIAS_GENERIC = 2;
/** Up to five capitals and digits (`US`, `U.S.`, `G20`): a word when shouted (`ABOUT US`). */
export const ALIAS_ACRONYM = 4;
/** A weak surname only one person in the catalog has (`AliasInput.sole`). */
export const ALIAS_SOLE_SURNAME = 8;
/** A country's own other name (`AliasInput.countryName`). */
export const ALIAS_COUNTRY_NAME = 16;
/** A description more than a name (`AliasInput.description`). */
export const ALIAS_DESCRIPTION = 32;

function isAcronym(text: string): boolean {
  const letters = text.replace(/[^\p{L}\p{N}]/gu, '');
  return (
    letters.length <= 5 && letters !== letters.toLowerCase() && letters === letters.toUpperCase()
  );
}

/** What the linker needs beyond names for the few entities with dates or cues. */
export interface EntityContext {
  dates?: DateSpan;
  cues?: string[];
}

/** Bumped whenever the compiled layout changes; older packs are refused with a clear message. */
export const MATCHER_FORMAT_VERSION = 3;

export interface MatcherPack extends PackStamp {
  format: 'backstory-matcher';
  formatVersion: number;
  /** `\n`-joined entity ids, names, and the kind names `kindIndex` points into. */
  entityIds: string;
  entityNames: string;
  kinds: EntityKind[];
  kindIndex: string;
  /**
   * Wikipedia titles, by entity index, only where the title is not the name
   * with underscores (`Vladimir Putin` → `Vladimir_Putin` is implied), and
   * the entities with none: a bit per entity (base64), `''` when all have one.
   * See `wikipediaTitle`.
   */
  wikipedia: Record<string, string>;
  noWikipedia: string;
  /** Related entity indices (symmetric): CSR over entities, base64 Uint32/Int32. */
  relatedStart: string;
  related: string;
  /** Dates and cues, keyed by entity index. */
  context: Record<string, EntityContext>;
  /** `\n`-joined alias texts; per alias its entity index and flags (base64). */
  aliasTexts: string;
  aliasEntity: string;
  aliasFlags: string;
  /**
   * Every character an alias starts with (with its uppercase and undecorated
   * forms), and the first words of aliases that start in lowercase: the
   * matcher jumps from one possible start to the next instead of hashing
   * every word (see matcher.ts).
   */
  startChars: string;
  lowerStarts: string[];
  /** The trie's typed arrays in base64 (see trie.ts). */
  trie: Record<Exclude<keyof Trie, 'vocabText' | 'rootCount'>, string> & {
    vocabText: string;
    rootCount: number;
  };
}

/** The title the pack implies for a name: its spaces as underscores. */
const titleFromName = (name: string): string => name.replace(/ /g, '_');

/** `MatcherPack.wikipedia` and `noWikipedia`: the titles the names do not imply, and who has none. */
function wikipediaFields(
  entities: SpotEntityInput[],
): Pick<MatcherPack, 'wikipedia' | 'noWikipedia'> {
  const wikipedia: Record<string, string> = {};
  const none = new Uint8Array((entities.length + 7) >> 3);
  let anyNone = false;
  entities.forEach((e, i) => {
    const title = e.wikipedia?.trim().replace(/ /g, '_') ?? '';
    if (title === '') {
      none[i >> 3] = none[i >> 3]! | (1 << (i & 7));
      anyNone = true;
    } else if (title !== titleFromName(e.name)) wikipedia[i] = title;
  });
  return { wikipedia, noWikipedia: anyNone ? encodeArray(none) : '' };
}

/**
 * An entity's Wikipedia title from the pack's exceptions, its `noWikipedia`
 * bits (decoded) and its name, or undefined when it has none.
 */
export function wikipediaTitle(
  exceptions: Record<string, string>,
  none: Uint8Array,
  entity: number,
  name: string,
): string | undefined {
  if (((none[entity >> 3] ?? 0) >> (entity & 7)) & 1) return undefined;
  return exceptions[entity] ?? titleFromName(name);
}

function checkLine(what: string, value: string): string {
  if (value.includes('\n') || value.trim() === '') {
    throw new Error(`${what} "${value}": must be non-empty and on one line`);
  }
  return value;
}

const LEADING_ARTICLE = /^(?:the|a|an)\s+(?=\S)/;

/** Words that prefix Arabic surnames and are often dropped: `al-Assad` / `Assad`. */
const ARTICLE_WORDS = '(?:al|el|Al|El)';
const ARTICLE_PREFIX = new RegExp(`(^|\\s)${ARTICLE_WORDS}[-\\u2010\\u2011 ](?=\\p{Lu})`, 'u');
/**
 * The article alone, as a word: the pack keeps a name without it when a space follows it (`Al
 * Jazeera` as `Jazeera`), so the linker does not take it for an unknown name before one.
 */
export const STRIPPED_ARTICLE = new RegExp(`^${ARTICLE_WORDS}$`);

/**
 * Compiles the entities' aliases into a JSON-serializable matcher pack.
 * Throws (naming the entity and alias) on duplicate ids, unknown related ids
 * and aliases that cannot be one name.
 */
export function buildMatcherPack(entities: SpotEntityInput[], stamp: PackStamp): MatcherPack {
  const index = new Map<string, number>();
  entities.forEach((e, i) => {
    if (index.has(e.id)) throw new Error(`entity "${e.id}": duplicate id`);
    index.set(checkLine('entity id', e.id), i);
    checkLine(`entity "${e.id}" name`, e.name);
  });
  const kinds = [...new Set(entities.map((e) => e.kind))];
  const related: Set<number>[] = entities.map(() => new Set());
  const context: Record<string, EntityContext> = {};
  const texts: string[] = [];
  const keys: string[][] = [];
  const owner: number[] = [];
  const flags: number[] = [];

  entities.forEach((e, i) => {
    for (const id of e.related) {
      const j = index.get(id);
      if (j === undefined) throw new Error(`entity "${e.id}": unknown related id "${id}"`);
      if (j === i) continue;
      related[i]!.add(j);
      related[j]!.add(i);
    }
    if (e.dates || e.cues?.length) {
      context[i] = {
        ...(e.dates ? { dates: e.dates } : {}),
        ...(e.cues?.length ? { cues: e.cues } : {}),
      };
    }
    const seen = new Map<string, number>();
    const add = (text: string, flag: number): void => {
      const seq = aliasKeys(text);
      const key = seq.join(' ');
      const prior = seen.get(key);
      if (prior !== undefined) {
        flags[prior] = flags[prior]! | (flag & ALIAS_STRONG);
        return;
      }
      seen.set(key, texts.length);
      texts.push(checkLine(`entity "${e.id}" alias`, text));
      keys.push(seq);
      owner.push(i);
      flags.push(flag | (isAcronym(text) ? ALIAS_ACRONYM : 0));
    };
    for (const alias of e.aliases) {
      const flag =
        (alias.strength === 'strong' ? ALIAS_STRONG : 0) |
        (alias.generic ? ALIAS_GENERIC : 0) |
        (alias.sole && alias.strength === 'weak' ? ALIAS_SOLE_SURNAME : 0) |
        (alias.countryName ? ALIAS_COUNTRY_NAME : 0) |
        (alias.description ? ALIAS_DESCRIPTION : 0);
      try {
        // A lowercase leading article is not part of the name: `the regime`
        // matches (and highlights) `regime`, so common words never start a match.
        const text = alias.text.trim().replace(LEADING_ARTICLE, '');
        const bare = text.replace(ARTICLE_PREFIX, '$1');
        // A leading `al-` is left to the matcher (it extends a match over it);
        // an inner one is optional (`Bashar al-Assad` / `Bashar Assad`).
        if (bare === text || !ARTICLE_PREFIX.test(text.split(/\s/)[0] + ' X')) add(text, flag);
        if (bare !== text) add(bare, flag);
      } catch (error) {
        throw new Error(`entity "${e.id}": ${(error as Error).message}`, { cause: error });
      }
    }
  });

  const relatedStart = new Uint32Array(entities.length + 1);
  const relatedList: number[] = [];
  related.forEach((set, i) => {
    relatedList.push(...[...set].sort((a, b) => a - b));
    relatedStart[i + 1] = relatedList.length;
  });
  const trie = buildTrie(keys);
  return {
    schema: stamp.schema,
    hash: stamp.hash,
    format: 'backstory-matcher',
    formatVersion: MATCHER_FORMAT_VERSION,
    entityIds: entities.map((e) => e.id).join('\n'),
    entityNames: entities.map((e) => e.name).join('\n'),
    kinds,
    kindIndex: encodeArray(Uint8Array.from(entities, (e) => kinds.indexOf(e.kind))),
    ...wikipediaFields(entities),
    relatedStart: encodeArray(relatedStart),
    related: encodeArray(Int32Array.from(relatedList)),
    context,
    startChars: startChars(texts),
    lowerStarts: lowerStarts(texts),
    aliasTexts: texts.join('\n'),
    aliasEntity: encodeArray(Int32Array.from(owner)),
    aliasFlags: encodeArray(Uint8Array.from(flags)),
    trie: {
      vocabText: trie.vocabText,
      vocabStart: encodeArray(trie.vocabStart),
      vocabTable: encodeArray(trie.vocabTable),
      rootCount: trie.rootCount,
      rootFilter: encodeArray(trie.rootFilter),
      childStart: encodeArray(trie.childStart),
      childToken: encodeArray(trie.childToken),
      childNode: encodeArray(trie.childNode),
      nodeAlias: encodeArray(trie.nodeAlias),
      termList: encodeArray(trie.termList),
    },
  };
}

/**
 * The ASCII characters a match can start with: the alias's first character,
 * plus its uppercase when it is a lowercase letter (`civil war` / `Civil War`).
 * A capitalized alias starts only with its own capital (`PUTIN`, `Putin`).
 */
function startChars(aliases: string[]): string {
  const set = new Set<string>();
  for (const alias of aliases) {
    const first = alias.charAt(0);
    for (const c of new Set([first, stripMarks(first)])) {
      set.add(c);
      if (c !== c.toUpperCase()) set.add(c.toUpperCase());
    }
  }
  return [...set].sort().join('');
}

/** The first words of aliases that start with a lowercase letter (`civil war`). */
function lowerStarts(aliases: string[]): string[] {
  const words = new Set<string>();
  for (const alias of aliases) {
    const first = alias.charAt(0);
    if (first === first.toUpperCase()) continue;
    const run = tokenRuns(alias)[0];
    if (run?.[0]) words.add(alias.slice(run[0].start, run[0].end));
  }
  return [...words].sort();
}

/** The pack decoded for matching: typed arrays plus lazily sliced strings. */
export interface LoadedPack {
  trie: Trie;
  /** Finds possible match starts: capitals, digits, other scripts (see `startChars`). */
  startPattern: RegExp;
  /** Finds the first words of lowercase aliases, or undefined when there are none. */
  lowerPattern: RegExp | undefined;
  entityCount: number;
  /** Filled as aliases are met: each alias's words for the case check (match-checks.ts). */
  caseForms: Map<number, string[]>;
  aliasEntity: Int32Array;
  aliasFlags: Uint8Array;
  relatedStart: Uint32Array;
  related: Int32Array;
  context: Record<string, EntityContext>;
  entityId(entity: number): string;
  entityName(entity: number): string;
  entityKind(entity: number): EntityKind;
  /** Its Wikipedia title with underscores, or undefined when the catalog has none. */
  entityWikipedia(entity: number): string | undefined;
  aliasText(alias: number): string;
}

const escapeClass = (c: string): string => (/[\\\]^-]/.test(c) ? `\\${c}` : c);
const escapeWord = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Above this many lowercase first words, match their first letters instead. */
const MAX_LOWER_WORDS = 64;

/**
 * The patterns for possible match starts. Lowercase letters are left out of
 * `startPattern` (they would hit inside every word); Latin letters with
 * diacritics are always in (they fold to plain ones).
 */
function startPatterns(
  chars: string,
  lower: string[],
): { startPattern: RegExp; lowerPattern: RegExp | undefined } {
  const starts = [...chars].filter((c) => c === c.toUpperCase()).map(escapeClass);
  const startPattern = new RegExp(`[${starts.join('')}\\u00c0-\\u00de\\u0100-\\u024f]`, 'g');
  if (lower.length === 0) return { startPattern, lowerPattern: undefined };
  const body =
    lower.length > MAX_LOWER_WORDS
      ? `[${[...new Set(lower.map((w) => w.charAt(0)))].map(escapeClass).join('')}]`
      : `(?:${lower.map(escapeWord).join('|')})`;
  return { startPattern, lowerPattern: new RegExp(body, 'g') };
}

/**
 * Decodes a matcher pack (from JSON) for `createSpotter`, in steps: each
 * array is decoded `DECODE_STEP_CHARS` base64 characters per step and each
 * string of lines indexed `LINE_STEP_CHARS` characters per step, so a
 * 100k-alias pack (megabytes of base64) loads without one long step.
 */
export function* loadMatcherPackSteps(pack: MatcherPack): Steps<LoadedPack> {
  if (pack.format !== 'backstory-matcher') throw new Error('not a backstory matcher pack');
  if (pack.formatVersion !== MATCHER_FORMAT_VERSION) {
    throw new Error(
      `matcher pack format ${pack.formatVersion ?? 1}, this code reads ${MATCHER_FORMAT_VERSION}: rebuild it (npm run data)`,
    );
  }
  const t = pack.trie;
  const kindIndex = yield* decodeBytesSteps(pack.kindIndex);
  const entityCount = kindIndex.length;
  const kinds = pack.kinds;
  const trie: Trie = {
    vocabText: t.vocabText,
    vocabStart: yield* decodeUint32Steps(t.vocabStart),
    vocabTable: yield* decodeInt32Steps(t.vocabTable),
    rootCount: t.rootCount,
    rootFilter: yield* decodeUint32Steps(t.rootFilter),
    childStart: yield* decodeUint32Steps(t.childStart),
    childToken: yield* decodeInt32Steps(t.childToken),
    childNode: yield* decodeInt32Steps(t.childNode),
    nodeAlias: yield* decodeInt32Steps(t.nodeAlias),
    termList: yield* decodeInt32Steps(t.termList),
  };
  const aliasEntity = yield* decodeInt32Steps(pack.aliasEntity);
  const aliasFlags = yield* decodeBytesSteps(pack.aliasFlags);
  const relatedStart = yield* decodeUint32Steps(pack.relatedStart);
  const related = yield* decodeInt32Steps(pack.related);
  const noWikipedia = yield* decodeBytesSteps(pack.noWikipedia);
  const none = () => '';
  // The closures below keep only what they read: the pack's base64 fields can go once decoded.
  const wikipedia = pack.wikipedia;
  const entityId = entityCount ? yield* lineReaderSteps(pack.entityIds, entityCount) : none;
  const entityName = entityCount ? yield* lineReaderSteps(pack.entityNames, entityCount) : none;
  const aliasText = aliasEntity.length
    ? yield* lineReaderSteps(pack.aliasTexts, aliasEntity.length)
    : none;
  return {
    trie,
    ...startPatterns(pack.startChars, pack.lowerStarts),
    entityCount,
    caseForms: new Map(),
    aliasEntity,
    aliasFlags,
    relatedStart,
    related,
    context: pack.context,
    entityId,
    entityName,
    entityKind: (i) => kinds[kindIndex[i]!]!,
    entityWikipedia: (i) => wikipediaTitle(wikipedia, noWikipedia, i, entityName(i)),
    aliasText,
  };
}

/** Decodes a matcher pack (from JSON) for `createSpotter`, at once. */
export const loadMatcherPack = (pack: MatcherPack): LoadedPack => drain(loadMatcherPackSteps(pack));
