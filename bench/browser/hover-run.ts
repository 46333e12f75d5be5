/**
 * Sweeps the pointer across highlighted lines of a Chromium page while tracing
 * and profiling: with the extension (our pointer handler and per-frame hit
 * test) or without it (a bare `caretPositionFromPoint` per move, the floor).
 */
import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../../tests/e2e/harness/chromium';
import { attachProbe } from './chromium-probe';
import { handlerTimes, type HandlerTimes } from './hover-trace';
import { highlightLines, installCaretListener, nextFrame } from './in-page';
import { mainThreadOf, profileSpans, spanMs } from './trace-metrics';

export interface Point {
  x: number;
  y: number;
}

export interface HoverRun extends HandlerTimes {
  /** All main-thread time of the scripts measured during the sweep (CPU profile), ms. */
  profiledMs: number;
}

const LINES = 12;
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

/** Moves the pointer along `path` while recording; `isOurs` picks the handlers by script URL. */
export async function sweep(
  page: Page,
  path: readonly Point[],
  isOurs: (url: string) => boolean,
  profilePrefix: string,
): Promise<HoverRun> {
  const probe = await attachProbe(page);
  try {
    await page.mouse.move(0, 0);
    await page.evaluate(nextFrame);
    const rec = await probe.record(async () => {
      await page.evaluate(() => performance.mark('bench-hover'));
      for (const { x, y } of path) await page.mouse.move(x, y);
      await page.evaluate(nextFrame);
    });
    const thread = mainThreadOf(rec.events, 'bench-hover');
    if (!thread) throw new Error('no bench-hover mark in the trace');
    const times = handlerTimes(rec.events, thread, isOurs);
    return { ...times, profiledMs: spanMs(profileSpans(rec.profile, profilePrefix)) };
  } finally {
    await probe.dispose();
  }
}

/** The same page without the extension, with the floor's listener installed. */
export async function sweepBaseline(
  base: ChromiumSession,
  url: string,
  path: readonly Point[],
): Promise<HoverRun> {
  const page = await base.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(installCaretListener);
    return await sweep(page, path, () => true, '\u0000none');
  } finally {
    await page.close();
  }
}
