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

/**
 * Whether an element is drawn and visible: false under `display: none` or
 * `content-visibility: hidden` (a closed `<details>`), and when `visibility`
 * hides it. Asked of blocks, never of `display: contents` (which has no box).
 */
export type RenderProbe = (el: Element) => boolean;

/** The browser's own answer (`checkVisibility`), for an element and all its ancestors at once. */
export const checkVisibilityProbe: RenderProbe = (el) =>
  el.checkVisibility({ visibilityProperty: true });

/** Elements that are inline when the style probe cannot tell (no computed display). */
const INLINE_BY_DEFAULT = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i',
  'img', 'ins', 'label', 'mark', 'q', 's', 'small', 'span', 'strike', 'strong', 'sub',
  'sup', 'time', 'tt', 'u', 'var', 'wbr', 'acronym',
]); // prettier-ignore

/** What a bare element (no class, id or style) is assumed to be styled as: its tag's default. */
const TAG_DEFAULT: StyleFacts = { display: '', visibility: 'visible' };

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

/** Closed `<details>` show only their summary; closed dialogs nothing. */
function closedByParent(el: Element): boolean {
  const parent = el.parentElement;
  return (
    parent !== null &&
    parent.localName === 'details' &&
    !parent.hasAttribute('open') &&
    el.localName !== 'summary'
  );
}

/**
 * Classifies one element for the text collector.
 *
 * An element without `class`, `id` or `style` is classified by its tag alone,
 * without asking for its computed style: pages seldom restyle bare elements,
 * and reading computed style is most of the cost of a walk (a miss only means
 * text the reader cannot see takes part in linking; it draws nothing).
 */
export function classifyElement(el: Element, probe: StyleProbe = computedStyleProbe): ElementKind {
  const byMarkup = kindByMarkup(el);
  if (byMarkup) return byMarkup;
  const name = el.localName;
  const bare = !el.hasAttribute('class') && !el.hasAttribute('id') && !el.hasAttribute('style');
  const { display, visibility } = bare ? TAG_DEFAULT : probe(el);
  if (display === 'none') return 'hidden';
  if (visibility === 'hidden' || visibility === 'collapse') return 'skip';
  if (display === '') return INLINE_BY_DEFAULT.has(name) ? 'inline' : 'block';
  if (display === 'contents' || display.startsWith('inline') || display === 'ruby') {
    return 'inline';
  }
  return 'block';
}

/** Whether an element's markup alone keeps its content from being read (`hidden` or `skip`). */
export function hidesByMarkup(el: Element): boolean {
  const kind = kindByMarkup(el);
  return kind === 'hidden' || kind === 'skip';
}

/**
 * The kind an element has by its tag and attributes alone (no style read):
 * `hidden`, `skip` or `break`; undefined when its style decides.
 */
export function kindByMarkup(el: Element): ElementKind | undefined {
  const name = el.localName;
  if (INVISIBLE.has(name) || el.hasAttribute('hidden')) return 'hidden';
  if (name === 'br') return 'break';
  if (NOT_PROSE.has(name) || el.getAttribute('aria-hidden') === 'true' || isEditable(el)) {
    return 'skip';
  }
  if ((name === 'dialog' && !el.hasAttribute('open')) || closedByParent(el)) return 'hidden';
  return undefined;
}
