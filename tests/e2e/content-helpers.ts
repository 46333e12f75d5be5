/**
 * Helpers for the content script e2e tests: send the content script a message
 * from the service worker, read its slice stats from its isolated world over
 * CDP, serialize the page's DOM without our host, the seed article's page, and
 * pointing at a highlighted mention.
 */
import { expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { tabMessenger, type ChromiumSession } from '../../browser-harness/chromium';
import { repoRoot } from '../../browser-harness/paths';
import type { SliceStats } from '../../page/slice-runner';
import { loadFirstArticle } from '../../scripts/demo/article';
import { renderNewsPage } from '../../scripts/demo/news-page';

/** Sends `message` to the content script of `page`'s tab and returns the answer. */
export async function sendToTab<T>(
  session: ChromiumSession,
  page: Page,
  message: object,
): Promise<T> {
  return (await (
    await tabMessenger(session, page)
  )(message)) as T;
}

/**
 * The content script's slice stats, read in its isolated world; with
 * `reset`, its longest slice is set back to 0 first (to measure a window).
 */
export async function sliceStats(
  page: Page,
  extensionId: string,
  reset = false,
): Promise<SliceStats> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === `chrome-extension://${extensionId}`) contexts.push(context.id);
  });
  await cdp.send('Runtime.enable');
  try {
    for (const contextId of contexts) {
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: `(() => {
          const stats = globalThis.backstoryStats;
          if (stats && ${reset}) stats.longestMs = 0;
          return stats;
        })()`,
        contextId,
        returnByValue: true,
      });
      if (result.value) return result.value as SliceStats;
    }
    throw new Error('no content script stats in this page');
  } finally {
    await cdp.detach();
  }
}

/** Runs in the page: the document serialized, without `<backstory-ui>`. */
export function serializeWithoutUi(): string {
  const clone = document.documentElement.cloneNode(true) as Element;
  clone.querySelectorAll('backstory-ui').forEach((el) => el.remove());
  return `${document.doctype ? new XMLSerializer().serializeToString(document.doctype) : ''}${clone.outerHTML}`;
}

/** The demo's news page for the bundled seed article (as `npm run demo` serves it). */
export function seedPageHtml(): string {
  return renderNewsPage(loadFirstArticle(join(repoRoot, 'data/articles')));
}

/**
 * A page whose names sit in blocks under ancestors that hide them in every way
 * the text collector checks (markup, and `checkVisibility` for CSS), and a few
 * that only look hidden: what the reader sees is exactly `HIDDEN_PAGE_SEEN`.
 */
export const HIDDEN_PAGE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Hidden ancestors</title>
<style>.gone{display:none} .ghost{visibility:hidden} .seen{visibility:visible}
.folded{content-visibility:hidden}</style></head><body><main>
<p>John Kerry spoke to reporters.</p>
<div class="gone"><div><p>Sergey Lavrov spoke to reporters.</p></div></div>
<div aria-hidden="true"><div><p>John Kirby spoke to reporters.</p></div></div>
<div hidden><section><p>Vladimir Putin spoke to reporters.</p></section></div>
<div class="ghost"><p class="seen">Barack Obama spoke to reporters.</p>
<p>Bashar al-Assad spoke to reporters.</p></div>
<div contenteditable="False"><div><p>The Russian Foreign Ministry spoke to reporters.</p></div></div>
<div contenteditable="TRUE"><div><p>The US State Department spoke to reporters.</p></div></div>
<div class="folded"><div><p>Syria was discussed.</p></div></div>
<details><summary>China was discussed.</summary>
<div class="menu"><p class="item">Russia was discussed.</p></div></details>
<dialog><div><p>The Cold War was discussed.</p></div></dialog>
</main></body></html>`;
/**
 * Runs in the page: the box of the block in `HIDDEN_PAGE_HTML`'s closed
 * `<details>`, which Chromium lays out when asked (0 × 0 after a script read
 * a style inside it first).
 */
export function closedDetailsBox(): { width: number; height: number } {
  const box = document.querySelector('details .menu')!.getBoundingClientRect();
  return { width: box.width, height: box.height };
}
/** The entities of `HIDDEN_PAGE_HTML` a reader can see. */
export const HIDDEN_PAGE_SEEN = ['barack-obama', 'china', 'john-kerry', 'russian-foreign-ministry'];

/** Runs in the page: the viewport center of the first `backstory-*` range reading `text`. */
export function mentionPoint(text: string): { x: number; y: number } | null {
  for (const [name, highlight] of CSS.highlights) {
    if (!String(name).startsWith('backstory-')) continue;
    for (const range of highlight) {
      if (!(range instanceof Range) || range.toString() !== text) continue;
      const rect = range.getClientRects()[0];
      if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return null;
}

/** Scrolls the first highlighted `text` into view and rests the pointer on it. */
export async function hoverMention(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    for (const [, highlight] of CSS.highlights) {
      for (const range of highlight) {
        if (range instanceof Range && range.toString() === t) {
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          return;
        }
      }
    }
  }, text);
  const point = await page.evaluate(mentionPoint, text);
  if (!point) throw new Error(`no highlighted "${text}" to hover`);
  await page.mouse.move(point.x - 40, point.y + 60);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

/** The ids of the curated catalog (data/catalog/*.yaml): what the real pages' labels are about. */
export const CURATED_IDS: ReadonlySet<string> = new Set(
  readdirSync(join(repoRoot, 'data', 'catalog'))
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) =>
      (
        parse(readFileSync(join(repoRoot, 'data', 'catalog', name), 'utf8')) as { id: string }[]
      ).map((entry) => entry.id),
    ),
);

/**
 * Checks the entities a page's mentions link: every expected one, and no
 * other curated entity outside `maybe`. The labels (tests/fixtures/
 * real-pages.expected.ts) are of the curated catalog; links to entities
 * generated from the corpus are judged by eval/link-sample.
 */
export function expectEntities(
  mentions: readonly { entityId: string }[],
  expected: { entities: readonly string[]; maybe?: readonly string[] },
): void {
  const found = [...new Set(mentions.map((m) => m.entityId))].filter((id) => CURATED_IDS.has(id));
  const maybe = expected.maybe ?? [];
  expect(
    expected.entities.filter((id) => !found.includes(id)),
    'missing',
  ).toEqual([]);
  expect(
    found.filter((id) => !expected.entities.includes(id) && !maybe.includes(id)),
    'false',
  ).toEqual([]);
}
