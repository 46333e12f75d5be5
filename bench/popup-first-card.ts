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
  /** DOMContentLoaded end per open: the browser's share (process, fetch, parse, module run). */
  domReady: number[];
}

export async function firstCardTimes(
  opens: number,
  log: (line: string) => void,
): Promise<FirstCardTiming> {
  ensureBuilt();
  // A private copy: another build may rewrite .output/ while the browser runs.
  const extDir = await mkdtemp(join(tmpdir(), 'backstory-popup-bench-'));
  await cp(chromeExtDir, extDir, { recursive: true });
  const server = await startServer();
  const session = await launchChromium({ allowOrigin: server.origin, extDir });
  try {
    const page = await session.openPage(server.page('popup-geneva.html'));
    await waitForBackstoryHighlights(page);
    const tabId = await session.tabIdOf(page);
    const samples: number[] = [];
    const domReady: number[] = [];
    for (let i = 0; i < opens + 1; i++) {
      const popup = await session.openPopup(tabId);
      await popup.waitForSelector('.bs-entry');
      const [mark, dcl] = await popup.evaluate(() => [
        performance.getEntriesByName('backstory:first-card')[0]?.startTime ?? Number.NaN,
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
          ?.domContentLoadedEventEnd ?? Number.NaN,
      ]);
      await popup.close();
      if (i > 0) {
        // the first open warms the browser's caches
        samples.push(mark);
        domReady.push(dcl);
      }
      log(
        `[bench] popup open ${i}: DOM ready ${dcl.toFixed(1)} ms, first card ${mark.toFixed(1)} ms`,
      );
    }
    return { samples, domReady };
  } finally {
    await session.close();
    await server.close();
    await rm(extDir, { recursive: true, force: true });
  }
}
