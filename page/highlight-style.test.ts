import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_KINDS } from '../core/pack';
import { HIGHLIGHT_RGB, HighlightStyleSheet, highlightStyleCss } from './highlight-style';

describe('highlight styles', () => {
  it('adds nothing for the default, which the content stylesheet draws', () => {
    expect(highlightStyleCss('underline')).toBe('');
  });

  it.each(['background', 'outline'] as const)('%s styles every kind', (style) => {
    const css = highlightStyleCss(style);
    for (const kind of HIGHLIGHT_KINDS) {
      expect(css).toContain(`::highlight(backstory-${kind}) {`);
      expect(css).toContain(HIGHLIGHT_RGB[kind]);
    }
  });

  it('uses the colors of the content stylesheet, which has no :has() rule', () => {
    const css = readFileSync('entrypoints/content/highlights.css', 'utf8');
    for (const kind of HIGHLIGHT_KINDS) {
      const rule = new RegExp(
        `::highlight\\(backstory-${kind}\\) \\{[^}]*rgba\\(([^)]*), [\\d.]+\\)`,
      );
      expect(rule.exec(css)?.[1], kind).toBe(HIGHLIGHT_RGB[kind]);
    }
    expect(css).not.toContain(':has(');
  });
});

describe('HighlightStyleSheet', () => {
  it('adopts a sheet for a non-default style, swaps it, and takes it out again', () => {
    const pageOwn = new CSSStyleSheet();
    document.adoptedStyleSheets = [pageOwn];
    const sheet = new HighlightStyleSheet(document);
    sheet.apply('underline');
    expect(document.adoptedStyleSheets).toEqual([pageOwn]);
    sheet.apply('background');
    expect(document.adoptedStyleSheets).toHaveLength(2);
    const ours = document.adoptedStyleSheets[1]!;
    sheet.apply('outline');
    expect(document.adoptedStyleSheets).toEqual([pageOwn, ours]);
    sheet.remove();
    expect(document.adoptedStyleSheets).toEqual([pageOwn]);
  });
});
