/**
 * Launches Debian's Chromium (headless by default) with one unpacked extension,
 * through playwright-core. Every request that is not to the loopback test server
 * or to an extension page is aborted and recorded in `blocked`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { isLocalUrl } from './local-url';
import type { SendToTab } from './mentions';
import { chromeExtDir, requireBuilt } from './paths';
import { onlyTab } from './tabs';

export interface ChromiumOptions {
  /** Unpacked extension folder; defaults to .output/chrome-mv3. Pass `null` for none. */
  extDir?: string | null;
  /** Allowed origin, e.g. `server.origin`; everything else is aborted. */
  allowOrigin: string;
  headless?: boolean;
  /** Viewport of new pages; Playwright's default is 1280×720. */
  viewport?: { width: number; height: number };
}

export interface ChromiumSession {
  readonly context: BrowserContext;
  /** The extension's id, or '' when launched without one. */
  readonly extensionId: string;
  /** Every request that was aborted (not loopback, not an extension page). */
  readonly blocked: string[];
  /** The extension's service worker (restarted if Chromium stopped it). */
  worker(): Promise<Worker>;
  /** Opens `url` in a new tab and waits for `load`. */
  openPage(url: string): Promise<Page>;
  /** The `chrome.tabs` id of the tab showing `page`. */
  tabIdOf(page: Page): Promise<number>;
  /** Opens `popup.html?tabId=N` in a new tab (as the toolbar popup would show for tab N). */
  openPopup(tabId: number): Promise<Page>;
  close(): Promise<void>;
}

/** The slice of `chrome.tabs` the harness calls inside the service worker. */
interface ChromeTabs {
  tabs: {
    query(query: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: object): Promise<unknown>;
  };
}

/** Chromium's flags for a session with `extDir` loaded (or none). */
export const chromiumArgs = (extDir: string | null): string[] => [
  '--no-sandbox',
  ...(extDir ? [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`] : []),
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts Chromium with a fresh temporary profile. */
export async function launchChromium(options: ChromiumOptions): Promise<ChromiumSession> {
  const extDir = options.extDir === undefined ? requireBuilt(chromeExtDir) : options.extDir;
  const userDataDir = await mkdtemp(join(tmpdir(), 'backstory-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: options.headless ?? true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(extDir),
    viewport: options.viewport ?? { width: 1280, height: 720 },
  });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocalUrl(url, options.allowOrigin)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });

  const findWorker = () =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  let extensionId = '';
  if (extDir) {
    const first =
      findWorker() ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(first.url()).host;
  }

  const worker = async (): Promise<Worker> => {
    if (!extDir) throw new Error('launched without an extension');
    return findWorker() ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  };

  return {
    context,
    extensionId,
    blocked,
    worker,
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async tabIdOf(page) {
      // Tab URLs are hidden without the "tabs" permission, so ask for the active tab.
      await page.bringToFront();
      const sw = await worker();
      const ids = await sw.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: ChromeTabs };
        return (await chrome.tabs.query({ active: true })).map((t) => t.id ?? -1);
      });
      return onlyTab(ids, page.url());
    },
    async openPopup(tabId) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return page;
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Sends messages to the content script of `page`'s tab from the extension's service worker,
 * found again for each message (Chromium may have stopped and restarted it). A tab keeps its
 * id across navigations, so a tab reused page after page needs one messenger.
 */
export async function tabMessenger(session: ChromiumSession, page: Page): Promise<SendToTab> {
  const tabId = await session.tabIdOf(page);
  return async (message) =>
    (await session.worker()).evaluate(
      ([id, m]) => (globalThis as unknown as { chrome: ChromeTabs }).chrome.tabs.sendMessage(id, m),
      [tabId, message] as const,
    );
}
