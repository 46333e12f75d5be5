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

/**
 * A live Range over `[start, end)` of `block`'s text. Live (not static) so
 * anyone reading the highlight registry can measure and read it, and so the
 * browser keeps it inside the text while the page edits it.
 */
export function rangeOf(block: TextBlock, start: number, end: number): Range {
  const from = pointAt(block, start, 'start');
  const to = pointAt(block, end, 'end');
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The Text nodes `[start, end)` of `block` touches, in order. */
export function nodesOf(block: TextBlock, start: number, end: number): Text[] {
  const first = pointAt(block, start, 'start').node;
  const last = pointAt(block, end, 'end').node;
  const from = block.nodes.indexOf(first);
  return block.nodes.slice(from, block.nodes.indexOf(last, from) + 1);
}
