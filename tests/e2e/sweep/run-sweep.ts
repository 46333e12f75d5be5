/**
 * Runs the robustness sweep: every listed saved page in Chromium (and a few in
 * Firefox) with the built extension against a baseline without it.
 */
import { launchChromium } from '../harness/chromium';
import { launchFirefox } from '../harness/firefox';
import { startServer } from '../harness/server';
import { createChromiumSweeper } from './chromium-page';
import { createFirefoxSweeper } from './firefox-page';
import type { SweepRow } from './report';

export interface SweepOptions {
  /** File names in ../shared/fixtures/real-pages/. */
  chromiumPages: string[];
  firefoxPages: string[];
  /** Chromium extension folder (default: the build); for testing the sweep itself. */
  chromiumExtDir?: string;
  /** Called with each row as soon as it is done. */
  onRow?: (row: SweepRow) => void;
}

/** A row for a page whose sweep itself crashed (timeout, browser gone). */
function crashed(page: string, browser: SweepRow['browser'], error: unknown): SweepRow {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return {
    page,
    browser,
    mentions: 0,
    entities: 0,
    ms: null,
    longestMs: null,
    errors: [`sweep failed: ${message}`],
    requests: [],
    domChanges: [],
    layoutChanges: [],
  };
}

/** Sweeps the pages and returns one row per page and browser. */
export async function runSweep(options: SweepOptions): Promise<SweepRow[]> {
  const rows: SweepRow[] = [];
  const add = (row: SweepRow) => {
    rows.push(row);
    options.onRow?.(row);
  };
  const server = await startServer();
  const blankUrl = server.addPage('blank.html', '<!doctype html><title>blank</title>');
  const allowOrigin = server.origin;
  try {
    if (options.chromiumPages.length) {
      const ext = await launchChromium({
        allowOrigin,
        ...(options.chromiumExtDir ? { extDir: options.chromiumExtDir } : {}),
      });
      const base = await launchChromium({ allowOrigin, extDir: null });
      const sweeper = await createChromiumSweeper(ext, base, blankUrl);
      try {
        for (const page of options.chromiumPages) {
          add(
            await sweeper
              .sweep(page, server.real(page))
              .catch((e: unknown) => crashed(page, 'chromium', e)),
          );
        }
      } finally {
        await sweeper.close().catch(() => undefined);
        await Promise.all([ext.close(), base.close()]);
      }
    }
    if (options.firefoxPages.length) {
      const ext = await launchFirefox({ allowOrigin });
      const base = await launchFirefox({ allowOrigin, extDir: null });
      const sweeper = await createFirefoxSweeper(ext, base, blankUrl);
      try {
        for (const page of options.firefoxPages) {
          add(
            await sweeper
              .sweep(page, server.real(page))
              .catch((e: unknown) => crashed(page, 'firefox', e)),
          );
        }
      } finally {
        await sweeper.close().catch(() => undefined);
        await Promise.all([ext.close(), base.close()]);
      }
    }
  } finally {
    await server.close();
  }
  return rows;
}
