/**
 * Keeps a floating element next to a reference (an element or a virtual one,
 * such as a text range) with Floating UI: below it, flipped above at the
 * viewport's edge, shifted to stay inside, on the line the pointer is on.
 * Once placed it keeps its side while it still fits there: a card that grew
 * or was clamped to the room on one side never jumps to the other.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  inline,
  offset,
  shift,
  size,
  type Placement,
  type ReferenceElement,
} from '@floating-ui/dom';
import { useLayoutEffect, useRef } from 'preact/hooks';

export interface FloatingOptions {
  /** Where the pointer was, to pick the line of a multi-line reference. */
  point?: { x: number; y: number };
}

/** Returns a ref for the floating element; it is positioned (fixed) while mounted. */
export function useFloating<T extends HTMLElement>(
  reference: ReferenceElement | null,
  options: FloatingOptions = {},
) {
  const floating = useRef<T>(null);
  const { point } = options;
  useLayoutEffect(() => {
    const el = floating.current;
    if (!reference || !el) return;
    let side: Placement = 'bottom-start';
    const update = () =>
      computePosition(reference, el, {
        strategy: 'fixed',
        placement: side,
        middleware: [
          inline(point),
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply: ({ availableHeight }) => {
              el.style.maxHeight = `${Math.max(160, Math.floor(availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y, placement }) => {
        Object.assign(el.style, { left: `${x}px`, top: `${y}px` });
        el.dataset.placement = placement;
        side = placement;
      });
    return autoUpdate(reference, el, update, { animationFrame: false });
  }, [reference, point?.x, point?.y]);
  return floating;
}
