/**
 * The highlight style setting (underline, background, outline). The default,
 * underline, is drawn by the content script's stylesheet alone; the others add
 * one constructed stylesheet to `document.adoptedStyleSheets` (no node enters
 * the page, and the default adds nothing at all).
 *
 * (A selector keyed on our host's attribute, `:root:has(> backstory-ui[…])`,
 * did the same without adopting a sheet, but it made every change to a large
 * page restyle the whole document: the hostile fixture fell from ~9 to ~1
 * frame per second.)
 */
import { HIGHLIGHT_KINDS, type HighlightKind } from '../core/pack';
import { highlightName } from './highlight-painter';

export type HighlightStyleName = 'underline' | 'background' | 'outline';

/** Each kind's color as `r, g, b` (the stylesheet uses the same, see the test). */
export const HIGHLIGHT_RGB: Record<HighlightKind, string> = {
  person: '47, 129, 247',
  organization: '163, 113, 247',
  country: '45, 164, 78',
  group: '212, 167, 44',
  place: '27, 149, 160',
  event: '240, 86, 59',
};

/** The rules a non-default style adds (empty for the default). */
export function highlightStyleCss(style: HighlightStyleName): string {
  if (style === 'underline') return '';
  return HIGHLIGHT_KINDS.map((kind) => {
    const rgb = HIGHLIGHT_RGB[kind];
    const body =
      style === 'background'
        ? `background-color: rgba(${rgb}, 0.3); text-decoration: none;`
        : `background-color: transparent; text-decoration: underline overline 1.5px rgba(${rgb}, 0.9);`;
    return `::highlight(${highlightName(kind)}) { ${body} }`;
  }).join('\n');
}

/** Keeps the document's adopted sheet in step with the chosen style. */
export class HighlightStyleSheet {
  private sheet: CSSStyleSheet | undefined;

  constructor(private readonly doc: Document) {}

  /**
   * Adopts (or drops) our sheet for `style`. Where a content script may not
   * adopt sheets into the page (an engine's isolation rules), the default
   * style stays: that is all this can fail to do.
   */
  apply(style: HighlightStyleName): void {
    const css = highlightStyleCss(style);
    try {
      const others = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
      if (!css) {
        if (this.sheet) this.doc.adoptedStyleSheets = others;
        return;
      }
      this.sheet ??= new CSSStyleSheet();
      this.sheet.replaceSync(css);
      this.doc.adoptedStyleSheets = [...others, this.sheet];
    } catch {
      this.sheet = undefined;
    }
  }

  /** Takes our sheet out of the document. */
  remove(): void {
    this.apply('underline');
  }
}
