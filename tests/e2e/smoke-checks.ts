/** What the smoke tests require of the content script and the popup, in both browsers. */
import { expect } from 'vitest';
import { waitForBackstoryHighlights, type Evaluates } from '../../browser-harness/highlights';

/** Polls `probe` in the page until it returns true, or fails after `timeoutMs`. */
async function until(page: Evaluates, probe: () => boolean, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(probe))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The content script ran on smoke-kerry.html: it highlighted Kerry (headline or text) as a person. */
export async function contentScriptRan(page: Evaluates): Promise<void> {
  const highlights = await waitForBackstoryHighlights(page);
  const people = highlights.find((h) => h.name === 'backstory-person');
  expect(people?.texts).toEqual(expect.arrayContaining([expect.stringMatching(/Kerry$/)]));
}

/**
 * The page saw nothing of us: its own `message` listener heard nothing, and its
 * performance timeline, which analytics scripts read and send home, holds no
 * mark or measure of ours.
 */
export async function pageSawNothing(page: Evaluates): Promise<void> {
  const seen = await page.evaluate(() => ({
    messages: (window as unknown as { pageMessages: unknown[] }).pageMessages,
    timeline: performance
      .getEntries()
      .filter((e) => e.entryType === 'mark' || e.entryType === 'measure')
      .map((e) => e.name),
  }));
  expect(seen).toEqual({ messages: [], timeline: [] });
}

/**
 * The popup for that page's tab rendered and lists John Kerry, whom the page
 * mentions, then his role: the cards' details are asked for only once the
 * first cards are shown (entrypoints/popup/after-paint.ts), which each browser
 * tells in its own way.
 */
export async function popupRendered(popup: Evaluates): Promise<void> {
  await until(
    popup,
    () => (document.getElementById('app')?.textContent ?? '').includes('John Kerry'),
    'the popup to list John Kerry',
  );
  await until(
    popup,
    () => (document.getElementById('app')?.textContent ?? '').includes('Secretary of State'),
    'the popup to show Kerry’s role, from the cards’ details',
  );
  const text = await popup.evaluate(() => document.getElementById('app')?.textContent ?? '');
  expect(text).toContain('Backstory');
}

/**
 * The popup's search finds Lavrov: its index loads in the popup, and the hit's
 * card comes from the background (the popup holds no cards pack).
 */
export async function popupSearches(popup: Evaluates): Promise<void> {
  await popup.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('.bs-search-input')!;
    input.value = 'lavrov';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await until(
    popup,
    () =>
      document.querySelector(
        '.bs-search-results[aria-busy="false"] .bs-hit[data-hit="e:sergey-lavrov"]',
      ) !== null,
    'the popup to find Lavrov',
  );
  const first = await popup.evaluate(() => document.querySelector('.bs-hit')?.textContent ?? '');
  expect(first).toContain('Sergey Lavrov');
}
