/**
 * The popup's card search as a user meets it, in Chromium on the built
 * extension: time from a key (the input event) to the render that puts that
 * query's hits in the DOM (`ENTITY_HITS_MARK`, components/search/use-entity-search.ts).
 * The search is the background's (`backstory/search`): a key costs one round
 * trip, the search and the reads of the hits' cards there, and the render.
 */
import type { Page } from 'playwright-core';
import { ENTITY_HITS_MARK } from '../components/search/use-entity-search';

/** Typed one letter at a time, as prefixes: `l`, `la`, … `lavrov`. */
export const TYPED_QUERY = 'lavrov';

/**
 * Page-side script (a string, so the bundler adds no helpers): sets the search
 * box to `query` as a typed key would, and returns the ms until the mark of
 * that query's hits (NaN after 5 s).
 */
const KEY_TO_HITS = `(args) => new Promise((resolve) => {
  const [query, mark] = args;
  const input = document.querySelector('.bs-search-input');
  const start = performance.now();
  const done = (t) => { observer.disconnect(); clearTimeout(timer); resolve(t - start); };
  const observer = new PerformanceObserver((list) => {
    const hit = list.getEntries().find((e) => e.name === mark && e.detail === query && e.startTime >= start);
    if (hit) done(hit.startTime);
  });
  observer.observe({ type: 'mark' });
  const timer = setTimeout(() => done(NaN), 5000);
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
})`;

/** Ms from setting the search box to `query` to its hits in the DOM. */
export function keyToHits(popup: Page, query: string): Promise<number> {
  return popup.evaluate(`(${KEY_TO_HITS})(${JSON.stringify([query, ENTITY_HITS_MARK])})`);
}

/** Each prefix of `TYPED_QUERY`, typed in turn: ms per key to its hits. */
export async function typedKeys(popup: Page): Promise<number[]> {
  const times: number[] = [];
  for (let n = 1; n <= TYPED_QUERY.length; n++) {
    times.push(await keyToHits(popup, TYPED_QUERY.slice(0, n)));
  }
  return times;
}
