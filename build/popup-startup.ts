/**
 * Build plugin for the popup's startup (used by wxt.config.ts): the popup
 * loads one chunk of its own, not the five it shared with the library and
 * settings pages.
 *
 * Each request an extension page makes is a round trip through the browser
 * process while it is still busy opening the page (and, in the bench,
 * through Playwright's request routing): in traces of the bench, the popup's
 * seven requests (five chunks, two stylesheets) came back 60–130 ms after
 * they were sent, and its code could not start before the last one. So the
 * HTML pages' shared code is copied into each page's own chunk (Rolldown's
 * `experimentalInlineCommonChunks`, which needs `es` output without kept
 * entry signatures); the popup loads its chunk and Rolldown's small runtime
 * (the registry that runs each copied module once per page). Chunks loaded on
 * demand (the search index) stay apart. Only the HTML
 * pages' build is touched: the background and content scripts are single
 * IIFE files already. The popup's CSS is in its chunk too (entrypoints/popup/popup-styles.ts).
 */
import type { Plugin } from 'vite';

/** True for the build of the extension's HTML pages (its inputs are .html files). */
export function isHtmlPagesInput(input: unknown): boolean {
  const inputs =
    typeof input === 'string'
      ? [input]
      : Array.isArray(input)
        ? input
        : typeof input === 'object' && input !== null
          ? Object.values(input)
          : [];
  return inputs.length > 0 && inputs.every((i) => typeof i === 'string' && i.endsWith('.html'));
}

/** The Vite plugin: in the HTML pages' build, each page's shared code in its own chunk. */
export function popupStartupBuild(): Plugin {
  // Set by each build's input options, read by its output options.
  let htmlPages = false;
  return {
    name: 'backstory:popup-startup',
    apply: 'build',
    options(options) {
      htmlPages = isHtmlPagesInput(options.input);
      return htmlPages ? { ...options, preserveEntrySignatures: false } : null;
    },
    outputOptions(output) {
      if (!htmlPages) return null;
      return {
        ...output,
        codeSplitting: { experimentalInlineCommonChunks: { maxSize: Infinity } },
      };
    },
  };
}
