/**
 * The drawn mentions with their ranges, indexed by Text node and by the
 * element that holds each of their Text nodes, so hit-testing looks at the
 * few mentions under the pointer, never at all.
 */
import { highlightKind, type HighlightKind } from '../core/pack';
import { drain, inSteps, type Steps } from '../core/steps';
import { nodesOf, rangeOf } from './block-ranges';
import type { BlockMention } from './spot-blocks';
import type { TextBlock } from './text-blocks';

export interface DrawnMention {
  /** Position in document order among the drawn mentions. */
  order: number;
  linked: BlockMention;
  kind: HighlightKind;
  range: Range;
}

/**
 * The live Range of each stretch of a block's text, made once: a view rebuilt
 * after a change elsewhere on the page, or after the page was linked again,
 * reuses the ranges it already drew (so the painter keeps them drawn).
 */
const ranges = new WeakMap<TextBlock, Map<string, Range>>();
function rangeFor({ block, start, end }: BlockMention): Range {
  let ofBlock = ranges.get(block);
  if (!ofBlock) ranges.set(block, (ofBlock = new Map()));
  const key = `${start}:${end}`;
  let range = ofBlock.get(key);
  if (!range) ofBlock.set(key, (range = rangeOf(block, start, end)));
  return range;
}

/** Appends `d` to the list of `key`, once. */
function add<K>(map: Map<K, DrawnMention[]>, key: K, d: DrawnMention): void {
  const list = map.get(key);
  if (!list) map.set(key, [d]);
  else if (list[list.length - 1] !== d) list.push(d);
}

/** Mentions indexed between two yields (each may make a Range). */
export const MENTIONS_PER_STEP = 128;

export class MentionIndex {
  readonly list: DrawnMention[] = [];
  private readonly byNode = new Map<Text, DrawnMention[]>();
  private readonly byElement = new Map<Element, DrawnMention[]>();

  /** Indexes `drawn` (in document order) at once. */
  constructor(drawn: readonly BlockMention[] = []) {
    drain(this.addSteps(drawn));
  }

  /** An index of `drawn`, built in steps of `MENTIONS_PER_STEP` mentions. */
  static *build(drawn: readonly BlockMention[]): Steps<MentionIndex> {
    const index = new MentionIndex();
    yield* index.addSteps(drawn);
    return index;
  }

  private addSteps(drawn: readonly BlockMention[]): Steps<void> {
    return inSteps(drawn.length, MENTIONS_PER_STEP, (from, to) => {
      for (let i = from; i < to; i++) this.add(drawn[i]!);
    });
  }

  private add(linked: BlockMention): void {
    const d: DrawnMention = {
      order: this.list.length,
      linked,
      kind: highlightKind(linked.mention.kind),
      range: rangeFor(linked),
    };
    this.list.push(d);
    for (const node of nodesOf(linked.block, linked.start, linked.end)) {
      add(this.byNode, node, d);
      if (node.parentElement) add(this.byElement, node.parentElement, d);
    }
  }

  /** The mentions that touch `node`. */
  inNode(node: Node): readonly DrawnMention[] {
    return this.byNode.get(node as Text) ?? [];
  }

  /** The mentions with text in a Text node that is a child of `el`, in document order. */
  inElement(el: Element): readonly DrawnMention[] {
    return this.byElement.get(el) ?? [];
  }

  /** Ranges per kind, for the kinds `show` accepts. */
  rangesByKind(show: (kind: HighlightKind) => boolean): Map<HighlightKind, AbstractRange[]> {
    const out = new Map<HighlightKind, AbstractRange[]>();
    for (const d of this.list) {
      if (!show(d.kind)) continue;
      const list = out.get(d.kind);
      if (list) list.push(d.range);
      else out.set(d.kind, [d.range]);
    }
    return out;
  }
}
