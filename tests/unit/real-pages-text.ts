/**
 * Visible text of a saved page, as the content script would read it: body
 * text only, without script, style, code, form fields, hidden and
 * aria-hidden content. Whitespace inside text collapses to one space, as it
 * renders; block elements end a line.
 */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'CODE',
  'PRE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'BUTTON',
]);
const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P SECTION TABLE TD TH TR UL'.split(
    ' ',
  ),
);

/** The page's visible text, one string (lines for blocks, spaces collapsed). */
export function pageText(doc: Document): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') {
      return;
    }
    const block = BLOCK.has(tag);
    if (block) parts.push('\n');
    for (const child of Array.from(el.childNodes)) visit(child);
    if (block) parts.push('\n');
  };
  if (doc.body) visit(doc.body);
  return parts
    .join('')
    .replace(/[ \t\f\r]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}

/** The page's publication date from common meta tags (ISO date), if any. */
export function pageDate(doc: Document): string | undefined {
  for (const selector of [
    'meta[property="article:published_time"]',
    'meta[name="pubdate"]',
    'meta[name="date"]',
    'meta[itemprop="datePublished"]',
    'time[datetime]',
  ]) {
    const el = doc.querySelector(selector);
    const value = el?.getAttribute('content') ?? el?.getAttribute('datetime');
    if (value && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  }
  return undefined;
}

/**
 * The HTML without what never shows and what a DOM would try to load
 * (scripts, styles, frames, stylesheet links): quieter and faster to parse.
 */
export function inertHtml(html: string): string {
  return html
    .replace(/<(script|style|iframe|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(link|iframe|img|source|video|audio|embed)\b[^>]*>/gi, '');
}

/** Anything that parses HTML into a document: the DOM's DOMParser, or happy-dom's. */
export interface HtmlParser {
  parseFromString(html: string, type: 'text/html'): unknown;
}

/** A saved page's document, visible text and date, read as the content script reads them. */
export function readSavedPage(
  parser: HtmlParser,
  html: string,
): { doc: Document; text: string; date: string | undefined } {
  const doc = parser.parseFromString(inertHtml(html), 'text/html') as Document;
  return { doc, text: pageText(doc), date: pageDate(doc) };
}
