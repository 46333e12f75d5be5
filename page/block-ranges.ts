/**
 * Maps offsets in a block's text back to DOM positions and ranges. A range
 * may span several Text nodes (`<b>John</b> Kerry`); its ends are placed inside
 * the nodes that hold the first and last characters, never in a neighbour.
 */
import type { TextBlock } from './text-blocks';

export interface DomPoint {
  node: Text;
  offset: number;
}

/** Index of the node holding `offset` (the last node whose start is ≤ offset). */
function nodeIndexAt(block: TextBlock, offset: number): number {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (block.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The DOM point of `offset` in `block`. At a boundary between two nodes,
 * `start` affinity picks the next node's start and `end` the previous node's end.
 */
export function pointAt(block: TextBlock, offset: number, affinity: 'start' | 'end'): DomPoint {
  const i = nodeIndexAt(block, affinity === 'end' && offset > 0 ? offset - 1 : offset);
  return { node: block.nodes[i]!, offset: offset - block.starts[i]! };
}

/** The range of `[start, end)` of `block`'s text. */
export function rangeOf(block: TextBlock, start: number, end: number): AbstractRange {
  const from = pointAt(block, start, 'start');
  const to = pointAt(block, end, 'end');
  if (typeof StaticRange === 'function') {
    return new StaticRange({
      startContainer: from.node,
      startOffset: from.offset,
      endContainer: to.node,
      endOffset: to.offset,
    });
  }
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

const lengthOf = (node: Node) => (node as CharacterData).length ?? node.childNodes.length;

/**
 * A live Range over the same text as `range` (for rects and scrolling). Text
 * that changed since the range was made (a rescan is then on its way) clamps
 * the offsets instead of throwing.
 */
export function liveRange(range: AbstractRange): Range {
  if (range instanceof Range) return range;
  const live = range.startContainer.ownerDocument!.createRange();
  live.setStart(range.startContainer, Math.min(range.startOffset, lengthOf(range.startContainer)));
  live.setEnd(range.endContainer, Math.min(range.endOffset, lengthOf(range.endContainer)));
  return live;
}

/** The Text nodes `[start, end)` of `block` touches, in order. */
export function nodesOf(block: TextBlock, start: number, end: number): Text[] {
  const first = pointAt(block, start, 'start').node;
  const last = pointAt(block, end, 'end').node;
  const from = block.nodes.indexOf(first);
  return block.nodes.slice(from, block.nodes.indexOf(last, from) + 1);
}
