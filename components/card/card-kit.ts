/**
 * The card UI's code, shipped in the page kit (entrypoints/page-kit.ts), a
 * script of its own, so that the content script's injection task does not
 * compile it: Preact, Floating UI and the card components are needed only when
 * a card first opens.
 */
import { h, render } from 'preact';
import { cardCss } from './card-css';
import { CardLayer, type CardLayerProps } from './CardLayer';

export interface CardKit {
  /** The card's style sheet, for the shadow root. */
  readonly css: string;
  /** Renders the card layer into `container`, or empties it (`null`). */
  paint(container: Element, props: CardLayerProps | null): void;
}

export const cardKit: CardKit = {
  css: cardCss,
  paint: (container, props) => render(props ? h(CardLayer, props) : null, container),
};
