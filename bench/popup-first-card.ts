/**
 * Time from opening the popup to its first card, in Chromium on the built
 * extension: a news page is opened and scanned, then `popup.html?tabId=N` is
 * opened again and again; the popup marks `backstory:first-card` when the
 * first page card renders (ms since its navigation started).
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../tests/e2e/harness/build';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { waitForBackstoryHighlights } from '../tests/e2e/harness/highlights';
import { chromeExtDir } from '../tests/e2e/harness/paths';
import { startServer } from '../tests/e2e/harness/server';

export interface FirstCardTiming {
  /** `backstory:first-card` per popup open, ms since navigation start. */
  samples: number[];
  /** `backstory:popup-modules` per open: the popup's modules are loaded and run, before its first render. */
  modules: number[];
  /** DOMContentLoaded of an empty page opened the same way, in the same run: the browser's own cost. */
  emptyPage: number[];
}

/**
 * Opens the popup `opens` times (after one warm-up) on the extension in
 * `builtDir` (default: this checkout's build, rebuilt if stale).
 */
export async function firstCardTimes(
  opens: number,
  log: (line: string) => void,
  builtDir?: string,
): Promise<FirstCardTiming> {
  if (!builtDir) ensureBuilt();
  // A private copy: another build may rewrite the folder while the browser runs.
  const extDir = await mkdtemp(join(tmpdir(), 'backstory-popup-bench-'));
  await cp(builtDir ?? chromeExtDir, extDir, { recursive: true });
  const server = await startServer();
  const session = await launchChromium({ allowOrigin: server.origin, extDir });
  try {
    const page = await session.openPage(server.page('popup-geneva.html'));
    await waitForBackstoryHighlights(page);
    const tabId = await session.tabIdOf(page);
    const samples: number[] = [];
    const modules: number[] = [];
    const emptyPage: number[] = [];
    const empty = server.addPage(
      'empty.html',
      '<!doctype html><html lang="en"><title>empty</title></html>',
    );
    for (let i = 0; i < opens + 1; i++) {
      const popup = await session.openPopup(tabId);
      await popup.waitForSelector('.bs-entry');
      const [mark = Number.NaN, loaded = Number.NaN] = await popup.evaluate(() =>
        ['backstory:first-card', 'backstory:popup-modules'].map(
          (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
        ),
      );
      await popup.close();
      const blank = await session.context.newPage();
      await blank.goto(empty);
      const dcl = await blank.evaluate(
        () =>
          (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
            ?.domContentLoadedEventEnd ?? Number.NaN,
      );
      await blank.close();
      if (i > 0) {
        // the first open warms the browser's caches
        samples.push(mark);
        modules.push(loaded);
        emptyPage.push(dcl);
      }
      const ms = (n: number) => n.toFixed(1);
      log(
        `[bench] popup open ${i}: modules ${ms(loaded)}, first card ${ms(mark)}; empty page ${ms(dcl)} ms`,
      );
    }
    return { samples, modules, emptyPage };
  } finally {
    await session.close();
    await server.close();
    await rm(extDir, { recursive: true, force: true });
  }
}
