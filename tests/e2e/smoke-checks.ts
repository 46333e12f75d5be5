/** What the smoke tests require of the content script and the popup, in both browsers. */
import { expect } from 'vitest';
import type { Evaluates } from './harness/highlights';

/** Polls `probe` in the page until it returns true, or fails after `timeoutMs`. */
async function until(page: Evaluates, probe: () => boolean, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(probe))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The content script ran on the page (smoke-kerry.html): it drew a `backstory-*` highlight. */
export async function contentScriptRan(page: Evaluates): Promise<void> {
  await until(
    page,
    () => [...CSS.highlights.keys()].some((name) => String(name).startsWith('backstory-')),
    'the content script',
  );
}

/** The popup mounted its Preact app and shows the product name. */
export async function popupRendered(popup: Evaluates): Promise<void> {
  await until(popup, () => (document.getElementById('app')?.childElementCount ?? 0) > 0, 'popup');
  const text = await popup.evaluate(() => document.getElementById('app')?.textContent ?? '');
  expect(text).toContain('Backstory');
}
