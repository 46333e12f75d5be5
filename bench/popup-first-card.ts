/**
 * Time from opening the popup to its first card on screen, in Chromium on the
 * built extension: a news page is opened and scanned, then
 * `popup.html?tabId=N` is opened again and again. After each popup, an empty
 * extension page (one line of text, written into the bench's private copy of
 * the build) is opened the same way: the browser's own cost of showing an
 * extension page on this machine at this moment, our baseline.
 *
 * The popup is opened once the worker's copy of the pack in IndexedDB is
 * complete, as it is for a user some time after install.
 *
 * While the pages are timed, requests are watched, not routed: the harness's
 * `context.route` pauses every request (the popup's own script included)
 * until Playwright's Node process lets it go, a delay no user has, which the
 * empty page (no request) never pays. Any request that is not to the
 * loopback server or the extension fails the run instead.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ensureBuilt } from '../browser-harness/build';
import { launchChromium, type ChromiumSession } from '../browser-harness/chromium';
import { waitForBackstoryHighlights } from '../browser-harness/highlights';
import { isLocalUrl } from '../browser-harness/local-url';
import { waitForPackCopy } from '../browser-harness/pack-copy';
import { chromeExtDir } from '../browser-harness/paths';
import { startServer } from '../browser-harness/server';
import { workerStopper } from '../browser-harness/worker-stopper';
import { ENTRY_TIMING } from '../components/popup/entry-timing';
import { keyToHits, TYPED_QUERY, typedKeys } from './popup-search-keys';

export interface FirstCardTiming {
  /** The first page card painted (Element Timing `renderTime`), ms since navigation start. */
  samples: number[];
  /** `backstory:first-card`: the render that puts the first card in the DOM (before paint). */
  rendered: number[];
  /** `backstory:popup-modules`: the popup's modules are loaded and run, before its first render. */
  modules: number[];
  /** First contentful paint of the empty extension page opened right after, same run. */
  emptyPage: number[];
  /**
   * The floor page, opened after that: one module script that asks the tab for its mentions
   * and writes the first one's name; its paint (Element Timing). What any popup that shows
   * the tab's mentions pays here before its own code: a script file read, the round trip
   * to the tab, a paint.
   */
  floorPage: number[];
  /**
   * The popup opened again and, as soon as its first card is in the DOM, a first key
   * typed: ms to that key's hits, the background reading its search index for the key.
   */
  firstKey: number[];
  /** The same with the worker stopped first (as Chromium stops it after 30 s idle). */
  firstKeyCold: number[];
  /** In each timed popup, after it was left alone: every key of `TYPED_QUERY`, ms to its hits. */
  keys: number[];
}

/** The toolbar popup's size (components/popup/popup.css): both pages are opened at it. */
const POPUP_SIZE = { width: 380, height: 560 };

/** How long a page is left alone after its navigation commits. */
const QUIET_MS = 1500;

/** The empty extension page: one line of text, so it has a first contentful paint. */
const EMPTY_PAGE = '<!doctype html><html lang="en"><title>empty</title><p>Backstory</p></html>';

/** The floor page (see `floorPage`): its script is a file of its own, as extension pages need. */
const FLOOR_PAGE =
  '<!doctype html><html lang="en"><title>floor</title><script type="module" src="bench-floor.js"></script></html>';
const FLOOR_SCRIPT = `const tabId = Number(new URLSearchParams(location.search).get('tabId'));
chrome.tabs.sendMessage(tabId, { type: 'backstory/mentions' }).then((answer) => {
  const p = document.createElement('p');
  p.setAttribute('elementtiming', ${JSON.stringify(ENTRY_TIMING)});
  p.textContent = answer?.mentions?.[0]?.name ?? 'no mention';
  document.body.append(p);
});
`;

/**
 * Page-side script (a string, so the bundler adds no helpers): waits up to
 * 5 s for the first Element Timing entry named `name` (or the first
 * contentful paint when `name` is empty) and returns its time, with the
 * popup's two marks.
 */
const PAINTED = `(name) => new Promise((resolve) => {
  const marks = ['backstory:first-card', 'backstory:popup-modules'].map(
    (m) => performance.getEntriesByName(m)[0]?.startTime ?? NaN);
  const done = (t) => { observer.disconnect(); clearTimeout(timer); resolve([t, ...marks]); };
  const observer = new PerformanceObserver((list) => {
    const hit = list.getEntries().find((e) => name ? e.identifier === name : e.name === 'first-contentful-paint');
    if (hit) done(name ? hit.renderTime || hit.loadTime : hit.startTime);
  });
  const timer = setTimeout(() => done(NaN), 5000);
  observer.observe({ type: name ? 'element' : 'paint', buffered: true });
})`;

async function painted(page: Page, elementName: string): Promise<number[]> {
  return page.evaluate(`(${PAINTED})(${JSON.stringify(elementName)})`);
}

/**
 * Opens an extension page at the popup's size and leaves it alone while it starts: nothing is
 * evaluated in it (Playwright's helper scripts and selector engine would
 * compete with it) until `QUIET_MS` later; its timings are read afterwards
 * from the buffered performance entries.
 */
async function quietOpen(session: ChromiumSession, path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(POPUP_SIZE);
  await page.goto(`chrome-extension://${session.extensionId}/${path}`, { waitUntil: 'commit' });
  await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
  return page;
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
  await writeFile(join(extDir, 'bench-empty.html'), EMPTY_PAGE);
  await writeFile(join(extDir, 'bench-floor.html'), FLOOR_PAGE);
  await writeFile(join(extDir, 'bench-floor.js'), FLOOR_SCRIPT);
  const server = await startServer();
  const session = await launchChromium({ allowOrigin: server.origin, extDir });
  const offLimits: string[] = [];
  try {
    const page = await session.openPage(server.page('popup-geneva.html'));
    await waitForBackstoryHighlights(page);
    const tabId = await session.tabIdOf(page);
    // The worker copies the pack into IndexedDB once after install (25–35 s here), writing all
    // the while: the popup is timed as it opens from then on, not while that copy competes.
    const copyPage = await session.context.newPage();
    await copyPage.goto(`chrome-extension://${session.extensionId}/bench-empty.html`);
    const fillSeconds = await waitForPackCopy(copyPage);
    const stopper = await workerStopper(copyPage);
    log(`[bench] the pack copy was complete ${fillSeconds.toFixed(1)} s after its wait began`);
    await session.context.unrouteAll();
    session.context.on('request', (request) => {
      const url = request.url();
      if (!isLocalUrl(url, server.origin)) offLimits.push(url);
    });
    const timing: FirstCardTiming = {
      samples: [],
      rendered: [],
      modules: [],
      emptyPage: [],
      floorPage: [],
      firstKey: [],
      firstKeyCold: [],
      keys: [],
    };
    for (let i = 0; i < opens + 1; i++) {
      const popup = await quietOpen(session, `popup.html?tabId=${tabId}`);
      const [paint = NaN, mark = NaN, loaded = NaN] = await painted(popup, ENTRY_TIMING);
      await popup.close();
      const blank = await quietOpen(session, 'bench-empty.html');
      const [fcp = NaN] = await painted(blank, '');
      await blank.close();
      const floor = await quietOpen(session, `bench-floor.html?tabId=${tabId}`);
      const [floorPaint = NaN] = await painted(floor, ENTRY_TIMING);
      await floor.close();
      if (i > 0) {
        // the first open warms the browser's caches
        timing.samples.push(paint);
        timing.rendered.push(mark);
        timing.modules.push(loaded);
        timing.emptyPage.push(fcp);
        timing.floorPage.push(floorPaint);
      }
      const ms = (n: number) => n.toFixed(1);
      log(
        `[bench] popup open ${i}: modules ${ms(loaded)}, first card rendered ${ms(mark)}, painted ${ms(paint)}; empty extension page painted ${ms(fcp)}, floor page ${ms(floorPaint)} ms`,
      );
    }
    /** A popup opened and, as soon as its first card is in the DOM, a first key typed. */
    const keyAtFirstCard = async () => {
      const early = await session.context.newPage();
      await early.setViewportSize(POPUP_SIZE);
      await early.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`, {
        waitUntil: 'commit',
      });
      await early.waitForSelector('.bs-entry');
      const ms = await keyToHits(early, TYPED_QUERY.slice(0, 1));
      await early.close();
      await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
      return ms;
    };
    // The search is timed after every first card: a popup that searched leaves work behind
    // in the extension's process as it closes (its heap to free), which the next popup's start
    // would pay; each page here is left a moment after the one before it closed.
    for (let i = 0; i < opens; i++) {
      const popup = await quietOpen(session, `popup.html?tabId=${tabId}`);
      const keys = await typedKeys(popup);
      await popup.close();
      await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
      const firstKey = await keyAtFirstCard();
      await stopper.stop();
      const firstKeyCold = await keyAtFirstCard();
      timing.firstKeyCold.push(firstKeyCold);
      timing.firstKey.push(firstKey);
      timing.keys.push(...keys);
      const ms = (n: number) => n.toFixed(1);
      log(
        `[bench] popup search ${i}: keys of "${TYPED_QUERY}" ${keys.map(ms).join(' ')} ms; first key at the first card ${ms(firstKey)} ms, worker stopped before ${ms(firstKeyCold)} ms`,
      );
    }
    if (offLimits.length > 0 || session.blocked.length > 0) {
      throw new Error(`requests off the machine: ${[...session.blocked, ...offLimits].join(', ')}`);
    }
    return timing;
  } finally {
    await session.close();
    await server.close();
    await rm(extDir, { recursive: true, force: true });
  }
}
