/**
 * A text range as a Floating UI virtual element: the card follows the range's
 * boxes (and picks the line under the pointer for a wrapped mention), and
 * Floating UI watches the scroll containers around the range's element.
 */
import type { VirtualElement } from '@floating-ui/dom';

export function rangeReference(range: Range): VirtualElement {
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: range.startContainer.parentElement ?? undefined,
  };
}
