/**
 * A card floating next to what it explains: a non-modal dialog labelled by
 * the card's name, positioned with Floating UI, themed light or dark. Escape
 * closes it; it takes focus when opened from the keyboard.
 */
import type { ReferenceElement } from '@floating-ui/dom';
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { useFloating } from './use-floating';

export interface CardPopoverProps {
  reference: ReferenceElement;
  /** Where the pointer was (picks the line of a wrapped mention). */
  point?: { x: number; y: number };
  theme: 'light' | 'dark';
  /** Id of the element that names the dialog. */
  labelledBy: string;
  /** Move focus into the dialog when it opens (keyboard users). */
  autoFocus?: boolean;
  onClose: () => void;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
  /** Shows a back button (to the previous card) when given. */
  onBack?: () => void;
  children: ComponentChildren;
}

/** The floating dialog around a card body. */
export function CardPopover(props: CardPopoverProps) {
  const ref = useFloating<HTMLDivElement>(props.reference, { point: props.point });
  useEffect(() => {
    if (props.autoFocus) ref.current?.focus({ preventScroll: true });
  }, [props.autoFocus, props.labelledBy]);
  return (
    <div
      ref={ref}
      class={`bs-popover bs-theme-${props.theme}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby={props.labelledBy}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        props.onClose();
      }}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      {props.onBack && (
        <button type="button" class="bs-popover-back" onClick={props.onBack}>
          ← Back
        </button>
      )}
      {props.children}
    </div>
  );
}
