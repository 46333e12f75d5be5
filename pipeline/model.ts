/** The pipeline's in-memory data between stages (Node only, never shipped). */
import type { ArticleRecord, DatedRole, DateSpan, EntityKind, Fact } from '../core/pack';
import type { AliasInput } from '../core/matcher-pack';
import type { SameThingEntry } from './schemas';

/** A data file as read from disk; `path` is how problems name it. */
export interface SourceFile {
  path: string;
  text: string;
}

/** A validated article: the pack record plus where it came from. */
export interface Article extends ArticleRecord {
  file: string;
  /** Offsets in `body` of the source-credit line, which is not cited. */
  attribution?: { start: number; end: number };
}

/** A validated catalog entry. */
export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: AliasInput[];
  role?: string;
  summary: string;
  dates?: DateSpan;
  places?: string[];
  participants: string[];
  related: string[];
  cues: string[];
  facts: Fact[];
  file: string;
  wikipedia?: string;
  /** From the corpus (generated, or merged into a catalog entry by its Wikipedia title). */
  background?: EntityBackground;
}

/** What the corpus says of an entity: its briefs (indices into the briefs list), roles, span and stories. */
export interface EntityBackground {
  briefs: number[];
  roles: DatedRole[];
  span: { first: string; last: string };
  /** Entities its briefs name too, with how many briefs name both (one way: the other's own list may differ). */
  related: { id: string; count: number }[];
  /** Entities whose briefs mostly name it too: they support its weak names on a page (`Tbilisi` for `Georgia`). */
  ties?: string[];
  parent?: string;
  children: string[];
}

/** Everything the later stages need, all checked. */
export interface ValidData {
  /** Sorted by id. */
  articles: Article[];
  /** Sorted by id. */
  entities: Entity[];
  /** Titles that name one thing (`catalog/same-thing.yaml`), in file order. */
  sameThing: SameThingEntry[];
  /** Content hash of every input file. */
  hash: string;
}
