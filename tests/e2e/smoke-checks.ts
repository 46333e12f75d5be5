/** What the smoke tests require of the content script and the popup, in both browsers. */
import { expect } from 'vitest';
import { waitForBackstoryHighlights, type Evaluates } from './harness/highlights';

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

/** The page's own `message` listener heard nothing: the extension posts nothing to a page. */
export async function pageHeardNoMessages(page: Evaluates): Promise<void> {
  const messages = await page.evaluate(
    () => (window as unknown as { pageMessages: unknown[] }).pageMessages,
  );
  expect(messages).toEqual([]);
}

/** The popup for that page's tab rendered and lists John Kerry, whom the page mentions. */
export async function popupRendered(popup: Evaluates): Promise<void> {
  await until(
    popup,
    () => (document.getElementById('app')?.textContent ?? '').includes('John Kerry'),
    'the popup to list John Kerry',
  );
  const text = await popup.evaluate(() => document.getElementById('app')?.textContent ?? '');
  expect(text).toContain('Backstory');
}
