/**
 * How the text collector treats an element: part of the running text
 * (`inline`), a boundary around its content (`block`), a line break
 * (`break`), or not read at all (`skip` as a boundary, `hidden` without one).
 *
 * Skipped: script, style, code, inputs and other non-prose elements, editable
 * regions, hidden and `aria-hidden` content, and our own `<backstory-ui>`.
 */

export type ElementKind = 'inline' | 'block' | 'break' | 'skip' | 'hidden';

/** The two computed style values the classifier reads. */
export interface StyleFacts {
  display: string;
  visibility: string;
}
/** Reads `display` and `visibility` of an element (computed style in a browser). */
export type StyleProbe = (el: Element) => StyleFacts;

/** The host element of the extension's UI. */
export const UI_HOST_NAME = 'backstory-ui';

/** Never shown as text: skipped without ending the surrounding text. */
const INVISIBLE = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'rt',
  'rp',
]);

/** Shown, but not prose we link: skipped, and they end the surrounding text. */
const NOT_PROSE = new Set([
  'code',
  'pre',
  'kbd',
  'samp',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'button',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  UI_HOST_NAME,
]);

/** Elements that are inline when the style probe cannot tell (no computed display). */
const INLINE_BY_DEFAULT = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i',
  'img', 'ins', 'label', 'mark', 'q', 's', 'small', 'span', 'strike', 'strong', 'sub',
  'sup', 'time', 'tt', 'u', 'var', 'wbr', 'acronym',
]); // prettier-ignore

/** Computed style, as a browser renders it. */
export const computedStyleProbe: StyleProbe = (el) => {
  const style = getComputedStyle(el);
  return { display: style.display, visibility: style.visibility };
};

/** The root of an editable region (its descendants are never visited). */
function isEditable(el: Element): boolean {
  const attr = el.getAttribute('contenteditable');
  return attr !== null && attr.toLowerCase() !== 'false';
}

/** Classifies one element for the text collector. */
export function classifyElement(el: Element, probe: StyleProbe = computedStyleProbe): ElementKind {
  const name = el.localName;
  if (INVISIBLE.has(name) || el.hasAttribute('hidden')) return 'hidden';
  if (name === 'br') return 'break';
  if (NOT_PROSE.has(name) || el.getAttribute('aria-hidden') === 'true' || isEditable(el)) {
    return 'skip';
  }
  const { display, visibility } = probe(el);
  if (display === 'none') return 'hidden';
  if (visibility === 'hidden' || visibility === 'collapse') return 'skip';
  if (display === '') return INLINE_BY_DEFAULT.has(name) ? 'inline' : 'block';
  if (display === 'contents' || display.startsWith('inline') || display === 'ruby') {
    return 'inline';
  }
  return 'block';
}
