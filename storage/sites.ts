/**
 * Site keys for the per-site switch: the hostname a page is remembered by.
 * `https://www.Example.com/a` and `example.com.` are the same site.
 */

/** Schemes where the content script runs (and a site switch means something). */
const WEB_SCHEMES = new Set(['http:', 'https:']);

/** Normalizes a hostname: lower case, no trailing dot, no leading `www.`. */
export function normalizeHostname(hostname: string): string {
  return hostname
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

/**
 * The site key of a page URL, or undefined for pages the extension cannot
 * run on (browser pages, the web store's `chrome://`, `about:`, `file://`…).
 */
export function siteKeyOfUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!WEB_SCHEMES.has(parsed.protocol) || parsed.hostname === '') return undefined;
  return normalizeHostname(parsed.hostname);
}
