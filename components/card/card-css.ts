/**
 * The card's stylesheet as a string, for hosts that must not add styles to
 * the page (the content script puts it inside its shadow root).
 */
import css from './card.css?inline';

export const cardCss: string = css;
