/**
 * One measured page load in Firefox (puppeteer-core over WebDriver BiDi, which
 * gives no trace or profile): our scan as the content script's slice runner
 * records it (`backstory-task` measures: busy time and longest slice of the
 * first full scan), and the in-page baselines timed in the page.
 */
import type { Page } from 'puppeteer-core';
import type { FirefoxSession } from '../../browser-harness/firefox';
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

/** A tab with the harness's request blocking, reused from load to load. */
export async function firefoxTab(session: FirefoxSession, blankUrl: string): Promise<Page> {
  const tab = await session.openPage(blankUrl);
  await tab.evaluateOnNewDocument(KEEP_NAMES_SHIM);
  return tab;
}

/** Loads `url` in `tab` (with the extension) and reads the first scan's measure. */
export async function firefoxOurs(
  tab: Page,
  url: string,
  timeoutMs = 90_000,
): Promise<FirefoxOursRun> {
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction(() => performance.getEntriesByName('backstory-task').length > 0, {
    timeout: timeoutMs,
    polling: 50,
  });
  await new Promise((r) => setTimeout(r, QUIET_MS));
  return tab.evaluate(() => {
    const first = performance.getEntriesByName('backstory-task')[0] as PerformanceMeasure;
    const d = first.detail as { busyMs: number; longestMs: number; slices: number };
    return { busyMs: d.busyMs, longestMs: d.longestMs, slices: d.slices, wallMs: first.duration };
  });
}

/** Loads `url` in `tab` (without the extension), injects mark.js and runs `ops` in turn. */
export async function firefoxBaseline(
  tab: Page,
  url: string,
  ops: readonly ((page: Page) => Promise<OpResult>)[],
): Promise<OpResult[]> {
  await tab.goto(url, { waitUntil: 'load' });
  await tab.evaluate(markJsSource);
  const out: OpResult[] = [];
  for (const op of ops) {
    await tab.evaluate(nextFrame);
    out.push(await op(tab));
  }
  return out;
}
