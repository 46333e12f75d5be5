/**
 * Launches Firefox ESR (headless by default) through puppeteer-core over WebDriver
 * BiDi and installs one extension as a temporary add-on. The extension's UUID is
 * fixed by a pref, so its pages live at a known `moz-extension://UUID/` origin.
 * Pages opened with `openPage` abort every request not to the loopback server.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { SendToTab } from './mentions';
import { firefoxExtDir, geckoId, requireBuilt } from './paths';
import { onlyTab } from './tabs';

/** The fixed UUID of the extension's moz-extension:// origin in tests. */
export const firefoxExtensionUuid = '6c1f3c2e-5b1a-4c57-9d43-2f0b8a9e7d10';

export interface FirefoxOptions {
  /** Unpacked extension folder; defaults to .output/firefox-mv3. Pass `null` for none. */
  extDir?: string | null;
  /** Allowed origin, e.g. `server.origin`; everything else is aborted. */
  allowOrigin: string;
  headless?: boolean;
}

export interface FirefoxSession {
  readonly browser: Browser;
  /** `moz-extension://UUID` */
  readonly extensionOrigin: string;
  /** Every request that was aborted in pages opened through this session. */
  readonly blocked: string[];
  /** Opens `url` in a new tab with request blocking on, and waits for `load`. */
  openPage(url: string): Promise<Page>;
  /** The `browser.tabs` id of the tab showing `page` (asked from an extension page). */
  tabIdOf(page: Page): Promise<number>;
  /** Opens `popup.html?tabId=N` in a new tab (`page.url()` stays about:blank; see gotoExtensionPage). */
  openPopup(tabId: number): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Prefs for a quiet, offline profile. Firefox MV3 treats host access as optional
 * (granted by the user), but a temporarily installed add-on gets the host access
 * its content scripts ask for, so no pref is needed for that (see README.md).
 */
const prefs = {
  'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: firefoxExtensionUuid }),
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.update.enabled': false,
  'app.update.enabled': false,
};

/** The slice of `browser.tabs` the harness calls from an extension page. */
interface BrowserTabs {
  tabs: {
    query(query: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: object): Promise<unknown>;
  };
}

/**
 * Navigates to a moz-extension:// page. Puppeteer's BiDi navigation tracking never
 * reports these as loaded (and `page.url()` stays `about:blank`), so poll the
 * document itself. A poll can fail while the document is being replaced (an
 * evaluation error Puppeteer's `waitForFunction` does not retry: "Waiting failed"),
 * so a failed poll is retried until the deadline, and the navigation is started
 * again when the tab is still on its old document after a few seconds.
 */
export async function gotoExtensionPage(page: Page, url: string, timeout = 15_000): Promise<void> {
  const navigate = () => void page.goto(url, { timeout }).catch(() => undefined);
  const started = Date.now();
  let renavigated = false;
  let last: string;
  navigate();
  for (;;) {
    try {
      // An evaluation sent while the document is swapped may never answer.
      const at = await Promise.race([
        page.evaluate(() => [location.href, document.readyState]),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('no answer in 2 s')), 2_000),
        ),
      ]);
      if (at[0] === url && at[1] === 'complete') return;
      last = `at ${at[0]} (${at[1]})`;
      if (!renavigated && at[0] !== url && Date.now() - started > timeout / 3) {
        renavigated = true;
        navigate();
      }
    } catch (error) {
      last = `poll failed: ${String(error).split('\n')[0]}`;
    }
    if (Date.now() - started > timeout)
      throw new Error(`${url} did not load within ${timeout} ms; last ${last}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Opens one of the extension's pages (`popup.html`) in a new tab, trying up to three
 * times: Puppeteer's Firefox navigation to extension pages is fragile.
 */
export async function openExtensionPage(session: FirefoxSession, path: string): Promise<Page> {
  for (let attempt = 1; ; attempt++) {
    const page = await session.browser.newPage();
    try {
      await gotoExtensionPage(page, `${session.extensionOrigin}/${path}`);
      return page;
    } catch (error) {
      await page.close();
      if (attempt === 3) throw error;
    }
  }
}

/**
 * Brings `page` to the front and sends messages to the active tab's content
 * script from `extensionPage` (a page of the extension, see gotoExtensionPage).
 */
export async function extensionPageMessenger(extensionPage: Page, page: Page): Promise<SendToTab> {
  await page.bringToFront();
  return (message) =>
    extensionPage.evaluate(async (m) => {
      const api = (globalThis as unknown as { browser: BrowserTabs }).browser;
      const [tab] = await api.tabs.query({ active: true });
      return api.tabs.sendMessage(tab?.id ?? -1, m);
    }, message);
}

/** Starts Firefox with a fresh temporary profile and installs the extension. */
export async function launchFirefox(options: FirefoxOptions): Promise<FirefoxSession> {
  const extDir = options.extDir === undefined ? requireBuilt(firefoxExtDir) : options.extDir;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: options.headless ?? true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs,
  });
  if (extDir) await browser.installExtension(extDir);
  const extensionOrigin = `moz-extension://${firefoxExtensionUuid}`;
  const blocked: string[] = [];

  const allowed = (url: string) =>
    url.startsWith(`${options.allowOrigin}/`) ||
    url.startsWith('moz-extension://') ||
    url.startsWith('data:') ||
    url.startsWith('blob:') ||
    url === 'about:blank';

  return {
    browser,
    extensionOrigin,
    blocked,
    async openPage(url) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        // A request still pending when its page or the browser closes cannot be
        // answered any more; that is not a test failure.
        const ignore = () => undefined;
        if (allowed(request.url())) return void request.continue().catch(ignore);
        blocked.push(request.url());
        return void request.abort('blockedbyclient').catch(ignore);
      });
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async tabIdOf(page) {
      // Tab URLs are hidden without the "tabs" permission, so ask for the active tab.
      const probe = await browser.newPage();
      try {
        await gotoExtensionPage(probe, `${extensionOrigin}/popup.html`);
        await page.bringToFront();
        const ids = await probe.evaluate(async () => {
          const api = (globalThis as unknown as { browser: BrowserTabs }).browser;
          return (await api.tabs.query({ active: true })).map((t) => t.id ?? -1);
        });
        return onlyTab(ids, page.url());
      } finally {
        await probe.close();
      }
    },
    async openPopup(tabId) {
      const page = await browser.newPage();
      await gotoExtensionPage(page, `${extensionOrigin}/popup.html?tabId=${tabId}`);
      return page;
    },
    close: () => browser.close(),
  };
}
