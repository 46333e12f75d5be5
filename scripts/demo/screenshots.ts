/** Headless demo: three screenshots — the page with highlights, a hover card, the popup. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../browser-harness/chromium';
import { waitForBackstoryHighlights } from '../../browser-harness/highlights';
import { cardIsLoaded, cardIsOpen, firstMentionPoint, popupState } from './page-probes';

/** Polls `check` until it holds, or throws `message` after `ms`. */
async function waitFor(check: () => Promise<boolean>, message: string, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(message);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Moves the pointer onto the first mention and waits for the card. Returns the mention's text. */
export async function hoverFirstMention(page: Page): Promise<string> {
  const point = await page.evaluate(firstMentionPoint);
  if (!point) throw new Error('no highlighted mention to hover');
  await page.mouse.move(point.x - 30, point.y + 30);
  await page.mouse.move(point.x, point.y, { steps: 5 });
  await waitFor(() => page.evaluate(cardIsOpen), `no card opened over "${point.text}"`);
  return point.text;
}

/** Waits until the popup's size and text have not changed for 600 ms. */
async function popupSettled(popup: Page): Promise<{ width: number; height: number }> {
  let last = '';
  let since = Date.now();
  for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
    const state = await popup.evaluate(popupState);
    const key = JSON.stringify(state);
    if (key !== last) [last, since] = [key, Date.now()];
    else if (Date.now() - since > 600 && state.text.trim()) return state;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the popup did not settle');
}

export interface Shots {
  page: string;
  card: string;
  popup: string;
  hovered: string;
}

/** Opens `url` with the built extension and writes page.png, card.png and popup.png into `out`. */
export async function takeScreenshots(url: string, origin: string, out: string): Promise<Shots> {
  await mkdir(out, { recursive: true });
  const shots = {
    page: join(out, 'page.png'),
    card: join(out, 'card.png'),
    popup: join(out, 'popup.png'),
  };
  const session = await launchChromium({
    allowOrigin: origin,
    viewport: { width: 1280, height: 860 },
  });
  try {
    const page = await session.openPage(url);
    await waitForBackstoryHighlights(page);
    await page.screenshot({ path: shots.page });

    const hovered = await hoverFirstMention(page);
    // The card opens with its name at once, and its role and briefs when the background answers
    // (a fresh profile's worker is still copying the pack, and has just read the alias table).
    await waitFor(() => page.evaluate(cardIsLoaded), `the card for "${hovered}" did not load`);
    await page.screenshot({ path: shots.card });

    const popup = await session.openPopup(await session.tabIdOf(page));
    await popup.setViewportSize({ width: 800, height: 600 });
    // The cards' roles and latest briefs come from the background after the names are on screen
    // (a fresh profile's worker is still copying the pack then): wait for them, then for quiet.
    await popup.waitForSelector('.bs-entry-latest', { timeout: 10_000 }).catch(() => undefined);
    const size = await popupSettled(popup);
    // Chrome sizes a toolbar popup to its content, at most 800 × 600.
    await popup.setViewportSize({
      width: Math.min(size.width, 800),
      height: Math.min(size.height, 600),
    });
    await popup.screenshot({ path: shots.popup });
    return { ...shots, hovered };
  } finally {
    await session.close();
  }
}
