/**
 * The matcher pack: the compact alias table the content script carries.
 *
 * Built once at pack time (`buildMatcherPack`), shipped as JSON, and loaded
 * with `loadMatcherPack`, which only decodes base64 into typed arrays: no trie
 * is rebuilt in the page. Strings are stored joined by `\n` so that 100k
 * entities cost a few big strings rather than 100k small ones.
 */
import { decodeBytes, decodeInt32, decodeUint32, encodeArray } from './base64';
import type { DateSpan, EntityKind, PackStamp } from './pack';
import { aliasKeys } from './tokens';
import { buildTrie, type Trie } from './trie';

export interface AliasInput {
  text: string;
  strength: 'strong' | 'weak';
  /** A generic/recurring event name ("civil war", "G20 summit"): links only with context or a fitting date. */
  generic?: boolean;
}

export interface SpotEntityInput {
  id: string;
  name: string;
  kind: EntityKind;
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

/** What the linker needs beyond names for the few entities with dates or cues. */
export interface EntityContext {
  dates?: DateSpan;
  cues?: string[];
}

export interface MatcherPack extends PackStamp {
  format: 'backstory-matcher';
  /** `\n`-joined entity ids, names, and the kind names `kindIndex` points into. */
  entityIds: string;
  entityNames: string;
  kinds: EntityKind[];
  kindIndex: string;
  /** Related entity indices (symmetric): CSR over entities, base64 Uint32/Int32. */
  relatedStart: string;
  related: string;
  /** Dates and cues, keyed by entity index. */
  context: Record<string, EntityContext>;
  /** `\n`-joined alias texts; per alias its entity index and flags (base64). */
  aliasTexts: string;
  aliasEntity: string;
  aliasFlags: string;
  trie: Record<Exclude<keyof Trie, 'vocabText'>, string> & { vocabText: string };
}

function checkLine(what: string, value: string): string {
  if (value.includes('\n') || value.trim() === '') {
    throw new Error(`${what} "${value}": must be non-empty and on one line`);
  }
  return value;
}

/** Words that prefix Arabic surnames and are often dropped: `al-Assad` / `Assad`. */
const ARTICLE_PREFIX = /(^|\s)(?:al|el|Al|El)[-\u2010\u2011 ](?=\p{Lu})/u;

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
      flags.push(flag);
    };
    for (const alias of e.aliases) {
      const flag =
        (alias.strength === 'strong' ? ALIAS_STRONG : 0) | (alias.generic ? ALIAS_GENERIC : 0);
      try {
        add(alias.text, flag);
        const bare = alias.text.replace(ARTICLE_PREFIX, '$1');
        if (bare !== alias.text && /\s/.test(alias.text.trim())) add(bare, flag);
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
    entityIds: entities.map((e) => e.id).join('\n'),
    entityNames: entities.map((e) => e.name).join('\n'),
    kinds,
    kindIndex: encodeArray(Uint8Array.from(entities, (e) => kinds.indexOf(e.kind))),
    relatedStart: encodeArray(relatedStart),
    related: encodeArray(Int32Array.from(relatedList)),
    context,
    aliasTexts: texts.join('\n'),
    aliasEntity: encodeArray(Int32Array.from(owner)),
    aliasFlags: encodeArray(Uint8Array.from(flags)),
    trie: {
      vocabText: trie.vocabText,
      vocabStart: encodeArray(trie.vocabStart),
      vocabHash: encodeArray(trie.vocabHash),
      vocabTable: encodeArray(trie.vocabTable),
      rootChild: encodeArray(trie.rootChild),
      childStart: encodeArray(trie.childStart),
      childToken: encodeArray(trie.childToken),
      childNode: encodeArray(trie.childNode),
      termStart: encodeArray(trie.termStart),
      termAlias: encodeArray(trie.termAlias),
    },
  };
}

/** The pack decoded for matching: typed arrays plus lazily sliced strings. */
export interface LoadedPack {
  trie: Trie;
  entityCount: number;
  aliasEntity: Int32Array;
  aliasFlags: Uint8Array;
  relatedStart: Uint32Array;
  related: Int32Array;
  context: Record<string, EntityContext>;
  entityId(entity: number): string;
  entityName(entity: number): string;
  entityKind(entity: number): EntityKind;
  aliasText(alias: number): string;
}

function lineOffsets(text: string): Uint32Array {
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  starts.push(text.length + 1);
  return Uint32Array.from(starts);
}

function lineReader(text: string): (i: number) => string {
  const offsets = lineOffsets(text);
  return (i) => text.slice(offsets[i]!, offsets[i + 1]! - 1);
}

/** Decodes a matcher pack (from JSON) for `createSpotter`. */
export function loadMatcherPack(pack: MatcherPack): LoadedPack {
  if (pack.format !== 'backstory-matcher') throw new Error('not a backstory matcher pack');
  const t = pack.trie;
  const kindIndex = decodeBytes(pack.kindIndex);
  const entityCount = kindIndex.length;
  return {
    trie: {
      vocabText: t.vocabText,
      vocabStart: decodeUint32(t.vocabStart),
      vocabHash: decodeInt32(t.vocabHash),
      vocabTable: decodeInt32(t.vocabTable),
      rootChild: decodeInt32(t.rootChild),
      childStart: decodeUint32(t.childStart),
      childToken: decodeInt32(t.childToken),
      childNode: decodeInt32(t.childNode),
      termStart: decodeUint32(t.termStart),
      termAlias: decodeInt32(t.termAlias),
    },
    entityCount,
    aliasEntity: decodeInt32(pack.aliasEntity),
    aliasFlags: decodeBytes(pack.aliasFlags),
    relatedStart: decodeUint32(pack.relatedStart),
    related: decodeInt32(pack.related),
    context: pack.context,
    entityId: entityCount ? lineReader(pack.entityIds) : () => '',
    entityName: entityCount ? lineReader(pack.entityNames) : () => '',
    entityKind: (i) => pack.kinds[kindIndex[i]!]!,
    aliasText: pack.aliasTexts ? lineReader(pack.aliasTexts) : () => '',
  };
}
