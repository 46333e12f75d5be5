/**
 * Sweeps saved pages in Chromium: each page is loaded in a tab of the browser
 * with the extension (watched over CDP) and, at the same time, in a tab of a
 * browser without it (the baseline); both are snapshotted at the same moment
 * and compared.
 */
import type { Page, Request } from 'playwright-core';
import type { ChromiumSession } from '../harness/chromium';
import { scriptTime } from './cpu-profile';
import { snapshotPage, type PageSnapshot } from './dom-snapshot';
import { watchExtension } from './extension-watch';
import { cumulativeLayoutShift } from './layout-shift';
import { askMentions } from './mentions';
import type { SweepRow } from './report';
import { diffSnapshots, unstableLines, type SnapshotDiff } from './snapshot-diff';

/** A sweep row; `ms` is the CPU profile's samples with our frames on the stack. */
export interface PageResult extends SweepRow {
  /** Cumulative layout shift with and without the extension. */
  cls: { ours: number; base: number };
}

export interface ChromiumSweeper {
  sweep(name: string, url: string): Promise<PageResult>;
  close(): Promise<void>;
}

/** Time the page gets after the content script says it is ready. */
const SETTLE_MS = 250;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const show = (d: SnapshotDiff) => [
  ...d.added.map((l) => `+ ${l}`),
  ...d.removed.map((l) => `- ${l}`),
];
const size = (d: SnapshotDiff) => d.added.length + d.removed.length;

/** Loads `url` in `page` and snapshots it once `when` resolves. */
async function loadAndSnapshot(page: Page, url: string, when: Promise<unknown>) {
  await page.goto(url, { waitUntil: 'load' });
  await when;
  return {
    snap: await page.evaluate(snapshotPage),
    cls: await page.evaluate(cumulativeLayoutShift),
  };
}

/** One tab in each browser, reused page after page. `blankUrl` is on the test server. */
export async function createChromiumSweeper(
  ext: ChromiumSession,
  base: ChromiumSession,
  blankUrl: string,
): Promise<ChromiumSweeper> {
  const ours = await ext.context.newPage();
  const theirs = await base.context.newPage();
  const watch = await watchExtension(ours, ext.extensionId);
  await ours.goto(blankUrl);
  const prefix = `chrome-extension://${ext.extensionId}/`;
  // Requests of the extension's service worker (Playwright reports them on the context).
  const workerRequests: string[] = [];
  const onRequest = (request: Request) => {
    const worker = request.serviceWorker();
    if (worker?.url().startsWith(prefix) && !request.url().startsWith(prefix)) {
      workerRequests.push(request.url());
    }
  };
  ext.context.on('request', onRequest);

  return {
    async sweep(name, url) {
      await Promise.all([ours.goto(blankUrl), theirs.goto(blankUrl)]);
      watch.take();
      workerRequests.length = 0;
      await watch.startProfile();
      let snapNow = () => {};
      const baseline = loadAndSnapshot(theirs, url, new Promise<void>((r) => (snapNow = r)));
      await ours.goto(url, { waitUntil: 'load' });
      const loaded = Date.now();
      const answer = await askMentions(ext, ours);
      await sleep(SETTLE_MS);
      snapNow();
      const elapsed = Date.now() - loaded;
      const [snap, cls, first] = await Promise.all([
        ours.evaluate(snapshotPage),
        ours.evaluate(cumulativeLayoutShift),
        baseline,
      ]);
      const time = scriptTime(await watch.stopProfile(), prefix);
      const seen = watch.take();

      let dom = diffSnapshots(snap.dom, first.snap.dom);
      let layout = diffSnapshots(snap.layout, first.snap.layout);
      if (size(dom) + size(layout)) {
        // Maybe the page changes by itself: load the baseline again and ignore what differs.
        const again: PageSnapshot = (await loadAndSnapshot(theirs, url, sleep(elapsed))).snap;
        dom = diffSnapshots(snap.dom, first.snap.dom, unstableLines(first.snap.dom, again.dom));
        layout = diffSnapshots(
          snap.layout,
          first.snap.layout,
          unstableLines(first.snap.layout, again.layout),
        );
      }
      return {
        page: name,
        browser: 'chromium',
        mentions: answer.mentions.length,
        entities: new Set(answer.mentions.map((m) => m.entityId)).size,
        ms: time.totalMs,
        longestMs: time.longestMs,
        errors: [...answer.problems, ...seen.errors],
        requests: [...seen.requests, ...workerRequests],
        domChanges: show(dom),
        layoutChanges: show(layout),
        cls: { ours: cls, base: first.cls },
      };
    },
    async close() {
      ext.context.off('request', onRequest);
      await watch.dispose();
      await Promise.all([ours.close(), theirs.close()]);
    },
  };
}
