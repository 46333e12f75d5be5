/**
 * Which drawn mention is under a point: the caret position under the pointer
 * names a Text node and an offset in it, the index gives the mentions in that
 * node, and of those that hold the offset, the one whose client rects contain
 * the point wins (a caret lands next to the nearest character even over blank
 * space, so the rects decide). Measuring the rects of every mention in a long
 * text node was most of a hover's cost: the offset leaves one, two at most.
 * When the pointer event's target is known, the caret lookup (most of what is
 * left) is skipped unless the target holds many mentions.
 */
import type { DrawnMention, MentionIndex } from './mention-index';

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** A caret position: a node and an offset in it. */
export interface Caret {
  node: Node;
  offset: number;
}

/** The caret under the point (caretPositionFromPoint, caretRangeFromPoint as fallback). */
export function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as unknown as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const caret = d.caretPositionFromPoint.call(doc, x, y);
    return caret ? { node: caret.offsetNode, offset: caret.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint.call(doc, x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/**
 * True when `range` may cover the character under a caret at `offset` in
 * `node`: the caret sits on either side of that character, so the offset lies
 * within the range's part of the node, ends included.
 */
function holdsCaret(range: Range, node: Node, offset: number): boolean {
  const start = range.startContainer === node ? range.startOffset : 0;
  const end = range.endContainer === node ? range.endOffset : Infinity;
  return offset >= start && offset <= end;
}

/** True when (x, y) lies in one of `rects` (edges included). */
export function pointInRects(rects: ArrayLike<DOMRectReadOnly>, x: number, y: number): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/**
 * Mentions under the pointer's target this many or fewer are measured at
 * once: a range's client rects cost about a tenth of a caret lookup.
 */
export const DIRECT_MAX = 6;

/**
 * The drawn mention under (x, y), or null. `target` is the element the
 * pointer event went to, if known: the text under the pointer is its own, so
 * only mentions with text in it can be there (none: no caret lookup at all;
 * a few: their rects decide without one).
 */
export function mentionAtPoint(
  index: MentionIndex,
  doc: Document,
  x: number,
  y: number,
  target: Element | null = null,
): DrawnMention | null {
  if (target) {
    const near = index.inElement(target);
    if (near.length === 0) return null;
    if (near.length <= DIRECT_MAX) {
      return near.find((d) => pointInRects(d.range.getClientRects(), x, y)) ?? null;
    }
  }
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  for (const d of index.inNode(caret.node)) {
    if (!holdsCaret(d.range, caret.node, caret.offset)) continue;
    if (pointInRects(d.range.getClientRects(), x, y)) return d;
  }
  return null;
}
