/**
 * Which drawn mention is under a point: the caret position under the pointer
 * names a Text node, the index gives the few mentions in it, and the one whose
 * client rects contain the point wins (a caret lands next to the nearest
 * character even over blank space, so the rects decide).
 */
import type { DrawnMention, MentionIndex } from './mention-index';

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** The node under the point (caretPositionFromPoint, caretRangeFromPoint as fallback). */
export function caretNodeAt(doc: Document, x: number, y: number): Node | null {
  const d = doc as unknown as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    return d.caretPositionFromPoint.call(doc, x, y)?.offsetNode ?? null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    return d.caretRangeFromPoint.call(doc, x, y)?.startContainer ?? null;
  }
  return null;
}

/** True when (x, y) lies in one of `rects` (edges included). */
export function pointInRects(rects: ArrayLike<DOMRectReadOnly>, x: number, y: number): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/** The drawn mention under (x, y), or null. */
export function mentionAtPoint(
  index: MentionIndex,
  doc: Document,
  x: number,
  y: number,
): DrawnMention | null {
  const node = caretNodeAt(doc, x, y);
  if (!node) return null;
  for (const d of index.inNode(node)) {
    if (pointInRects(d.range.getClientRects(), x, y)) return d;
  }
  return null;
}
