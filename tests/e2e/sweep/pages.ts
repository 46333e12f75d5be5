/** Which saved pages the sweep loads. */
import { readdirSync } from 'node:fs';
import { realPagesDir } from '../../../browser-harness/paths';

/** Every saved real page, by file name. */
export function allRealPages(): string[] {
  return readdirSync(realPagesDir)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** `n` items spread evenly over `list` (all of it when n ≥ length). */
export function spread<T>(list: readonly T[], n: number): T[] {
  if (n >= list.length) return [...list];
  return Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)] as T);
}

/**
 * The smaller Firefox set: pages that mention actors of the bundled article,
 * a Japanese page, and one of the largest pages.
 */
export const firefoxPages = [
  'abcnews.go.com.html',
  'www.nytimes.com--recent.html',
  'www.westernjournalism.com.html',
  'www.bloomberg.com.html',
  'www.rawstory.com.html',
  'www.aol.com.html',
  'www.itmedia.co.jp.html',
  'www.reddit.com--image.html',
];
