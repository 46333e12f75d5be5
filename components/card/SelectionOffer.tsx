/** A small button next to a selection that names an entity: opens its card. */
import type { ReferenceElement } from '@floating-ui/dom';
import { useFloating } from './use-floating';

export interface SelectionOfferProps {
  reference: ReferenceElement;
  theme: 'light' | 'dark';
  name: string;
  onOpen: () => void;
}

export function SelectionOffer({ reference, theme, name, onOpen }: SelectionOfferProps) {
  const ref = useFloating<HTMLDivElement>(reference);
  return (
    <div ref={ref} class={`bs-offer bs-theme-${theme}`}>
      <button type="button" class="bs-offer-button" onClick={onOpen}>
        Backstory: {name}
      </button>
    </div>
  );
}
