/**
 * Sweeps the pointer across highlighted lines of a Chromium page while
 * tracing: with the extension (our pointer handler and per-frame hit
 * test) or without it (a bare `caretPositionFromPoint` per move, the floor,
 * and a listener that does nothing, the cost of any listener).
 */
import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../../browser-harness/chromium';
import { attachProbe } from './chromium-probe';
import { handlerTimes, type HandlerTimes } from './hover-trace';
import { highlightLines, HOVER_LISTENERS, nextFrame } from './in-page';
import { mainThreadOf } from './trace-metrics';

export interface Point {
  x: number;
  y: number;
}

export type HoverRun = HandlerTimes;

/** Only what the handler times need: a lighter trace disturbs the handlers less. */
const HOVER_CATEGORIES = ['devtools.timeline', 'blink.user_timing'];
const LINES = 8;
const STEP_PX = 8;

/** Left to right along up to LINES highlighted lines, every STEP_PX pixels. */
export async function hoverPath(page: Page): Promise<Point[]> {
  const width = page.viewportSize()?.width ?? 1280;
  const ys = (await page.evaluate(highlightLines)).slice(0, LINES);
  if (ys.length === 0) throw new Error('no highlighted line in view to hover');
  return ys.flatMap((y) =>
    Array.from({ length: Math.floor((width - 80) / STEP_PX) }, (_, i) => ({
      x: 40 + i * STEP_PX,
      y,
    })),
  );
}

/** Moves the pointer along `path` while tracing; one result per script matcher (by URL). */
export async function sweep(
  page: Page,
  path: readonly Point[],
  matchers: readonly ((url: string) => boolean)[],
): Promise<HoverRun[]> {
  const probe = await attachProbe(page);
  try {
    await page.mouse.move(0, 0);
    await page.evaluate(nextFrame);
    const rec = await probe.record(
      async () => {
        await page.evaluate(() => performance.mark('bench-hover'));
        for (const { x, y } of path) await page.mouse.move(x, y);
        await page.evaluate(nextFrame);
      },
      { categories: HOVER_CATEGORIES, profile: false },
    );
    const thread = mainThreadOf(rec.events, 'bench-hover');
    if (!thread) throw new Error('no bench-hover mark in the trace');
    return matchers.map((isOurs) => handlerTimes(rec.events, thread, isOurs));
  } finally {
    await probe.dispose();
  }
}

/** The same page without the extension, with the baseline listeners: `{ floor, empty }`. */
export async function sweepBaseline(
  base: ChromiumSession,
  url: string,
  path: readonly Point[],
): Promise<Record<keyof typeof HOVER_LISTENERS, HoverRun>> {
  const page = await base.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    for (const script of Object.values(HOVER_LISTENERS)) await page.evaluate(script);
    const [floor, empty] = await sweep(page, path, [
      (u) => u.endsWith('bench-hover-floor.js'),
      (u) => u.endsWith('bench-hover-empty.js'),
    ]);
    return { floor: floor!, empty: empty! };
  } finally {
    await page.close();
  }
}
