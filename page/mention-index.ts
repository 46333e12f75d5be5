/**
 * The drawn mentions with their ranges, indexed by Text node so hit-testing
 * looks at the few mentions in the node under the pointer, never at all.
 */
import { highlightKind, type HighlightKind } from '../core/pack';
import { nodesOf, rangeOf } from './block-ranges';
import type { BlockMention } from './spot-blocks';

export interface DrawnMention {
  /** Position in document order among the drawn mentions. */
  order: number;
  linked: BlockMention;
  kind: HighlightKind;
  range: Range;
}

/**
 * The live Range of each mention, made once: a view rebuilt after a change
 * elsewhere on the page reuses the ranges of the mentions it already drew.
 */
const ranges = new WeakMap<BlockMention, Range>();
function rangeFor(linked: BlockMention): Range {
  let range = ranges.get(linked);
  if (!range) ranges.set(linked, (range = rangeOf(linked.block, linked.start, linked.end)));
  return range;
}

export class MentionIndex {
  readonly list: DrawnMention[];
  private readonly byNode = new Map<Text, DrawnMention[]>();

  /** Indexes `drawn` (in document order). */
  constructor(drawn: readonly BlockMention[]) {
    this.list = drawn.map((linked, order) => ({
      order,
      linked,
      kind: highlightKind(linked.mention.kind),
      range: rangeFor(linked),
    }));
    for (const d of this.list) {
      for (const node of nodesOf(d.linked.block, d.linked.start, d.linked.end)) {
        const list = this.byNode.get(node);
        if (list) list.push(d);
        else this.byNode.set(node, [d]);
      }
    }
  }

  /** The mentions that touch `node`. */
  inNode(node: Node): readonly DrawnMention[] {
    return this.byNode.get(node as Text) ?? [];
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
