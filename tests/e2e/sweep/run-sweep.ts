/**
 * Runs the robustness sweep: saved pages in Chromium (and a few in Firefox)
 * with the built extension against a baseline without it.
 */
import { launchChromium, type ChromiumSession } from '../../../browser-harness/chromium';
import { launchFirefox, type FirefoxSession } from '../../../browser-harness/firefox';
import { startServer } from '../../../browser-harness/server';
import { createChromiumSweeper, type ChromiumSweeper } from './chromium-page';
import { createFirefoxSweeper, type FirefoxSweeper } from './firefox-page';
import type { SweepRow } from './report';

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
    wallMs: null,
    longestWallMs: null,
    errors: [`sweep failed: ${message}`],
    requests: [],
    domChanges: [],
    layoutChanges: [],
  };
}

export interface SweepSession {
  /** Sweeps a page of tests/fixtures/real-pages/ in Chromium (browsers start on first use). */
  chromium(page: string): Promise<SweepRow>;
  /** The same in Firefox. */
  firefox(page: string): Promise<SweepRow>;
  close(): Promise<void>;
}

/** Starts the test server; browsers start when first needed. */
export async function openSweep(
  options: { chromiumExtDir?: string; firefoxExtDir?: string } = {},
): Promise<SweepSession> {
  const server = await startServer();
  const blankUrl = server.addPage('blank.html', '<!doctype html><title>blank</title>');
  const allowOrigin = server.origin;
  const chromiumDir = options.chromiumExtDir ? { extDir: options.chromiumExtDir } : {};
  const firefoxDir = options.firefoxExtDir ? { extDir: options.firefoxExtDir } : {};
  let chromium: Promise<{ sweeper: ChromiumSweeper; sessions: ChromiumSession[] }> | undefined;
  let firefox: Promise<{ sweeper: FirefoxSweeper; sessions: FirefoxSession[] }> | undefined;

  // Each pair of browsers starts at once (a Firefox takes 5-6 s to start here, a Chromium 2 s).
  const startChromium = async () => {
    const [ext, base] = await Promise.all([
      launchChromium({ allowOrigin, ...chromiumDir }),
      launchChromium({ allowOrigin, extDir: null }),
    ]);
    return { sweeper: await createChromiumSweeper(ext, base, blankUrl), sessions: [ext, base] };
  };
  const startFirefox = async () => {
    const [ext, base] = await Promise.all([
      launchFirefox({ allowOrigin, ...firefoxDir }),
      launchFirefox({ allowOrigin, extDir: null }),
    ]);
    return { sweeper: await createFirefoxSweeper(ext, base, blankUrl), sessions: [ext, base] };
  };

  return {
    async chromium(page) {
      chromium ??= startChromium();
      const { sweeper } = await chromium;
      return sweeper
        .sweep(page, server.real(page))
        .catch((e: unknown) => crashed(page, 'chromium', e));
    },
    async firefox(page) {
      firefox ??= startFirefox();
      const { sweeper } = await firefox;
      return sweeper
        .sweep(page, server.real(page))
        .catch((e: unknown) => crashed(page, 'firefox', e));
    },
    async close() {
      for (const started of [chromium, firefox]) {
        const running = await started?.catch(() => undefined);
        if (!running) continue;
        await running.sweeper.close().catch(() => undefined);
        await Promise.all(running.sessions.map((s) => s.close().catch(() => undefined)));
      }
      await server.close();
    },
  };
}

export interface SweepOptions {
  /** File names in tests/fixtures/real-pages/. */
  chromiumPages: string[];
  firefoxPages: string[];
  /** Extension folders (default: the builds); for testing the sweep itself. */
  chromiumExtDir?: string;
  firefoxExtDir?: string;
  /** Called with each row as soon as it is done. */
  onRow?: (row: SweepRow) => void;
}

/** Sweeps the pages and returns one row per page and browser. */
export async function runSweep(options: SweepOptions): Promise<SweepRow[]> {
  const session = await openSweep(options);
  const rows: SweepRow[] = [];
  try {
    for (const [pages, sweep] of [
      [options.chromiumPages, session.chromium],
      [options.firefoxPages, session.firefox],
    ] as const) {
      for (const page of pages) {
        const row = await sweep(page);
        rows.push(row);
        options.onRow?.(row);
      }
    }
  } finally {
    await session.close();
  }
  return rows;
}
