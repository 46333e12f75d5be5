/**
 * One measured page load in Firefox (puppeteer-core over WebDriver BiDi, which
 * gives no trace or profile): our scan as the content script's slice runner
 * records it (`backstory-task` measures: busy time and longest slice of the
 * first full scan), and the in-page baselines timed in the page.
 */
import type { Page } from 'puppeteer-core';
import type { FirefoxSession } from '../../tests/e2e/harness/firefox';
import { KEEP_NAMES_SHIM, markJsSource } from './chromium-scan';
import { nextFrame, type OpResult } from './in-page';

export interface FirefoxOursRun {
  busyMs: number;
  longestMs: number;
  slices: number;
  /** First scan's start to end (wall), ms. */
  wallMs: number;
}

const QUIET_MS = 400;

/** A tab with the harness's request blocking, showing `url`. */
async function openPage(session: FirefoxSession, url: string, blankUrl: string): Promise<Page> {
  const page = await session.openPage(blankUrl);
  await page.evaluateOnNewDocument(KEEP_NAMES_SHIM);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Loads `url` with the extension and reads the first scan's measure. */
export async function firefoxOurs(
  session: FirefoxSession,
  url: string,
  blankUrl: string,
  timeoutMs = 90_000,
): Promise<FirefoxOursRun> {
  const page = await openPage(session, url, blankUrl);
  try {
    await page.waitForFunction(() => performance.getEntriesByName('backstory-task').length > 0, {
      timeout: timeoutMs,
      polling: 50,
    });
    await new Promise((r) => setTimeout(r, QUIET_MS));
    return await page.evaluate(() => {
      const first = performance.getEntriesByName('backstory-task')[0] as PerformanceMeasure;
      const d = first.detail as { busyMs: number; longestMs: number; slices: number };
      return { busyMs: d.busyMs, longestMs: d.longestMs, slices: d.slices, wallMs: first.duration };
    });
  } finally {
    await page.close();
  }
}

/** Loads `url` without the extension, injects mark.js and runs `ops` in turn. */
export async function firefoxBaseline(
  session: FirefoxSession,
  url: string,
  blankUrl: string,
  ops: readonly ((page: Page) => Promise<OpResult>)[],
): Promise<OpResult[]> {
  const page = await openPage(session, url, blankUrl);
  try {
    await page.evaluate(markJsSource);
    const out: OpResult[] = [];
    for (const op of ops) {
      await page.evaluate(nextFrame);
      out.push(await op(page));
    }
    return out;
  } finally {
    await page.close();
  }
}
