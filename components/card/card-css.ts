/**
 * The card's stylesheet as a string, the base (../base.css) first, for hosts
 * that must not add styles to the page (the content script puts it inside its
 * shadow root).
 */
import baseCss from '../base.css?inline';
import css from './card.css?inline';

export const cardCss: string = `${baseCss}\n${css}`;
