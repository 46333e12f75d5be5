/**
 * Sweeps saved pages in Chromium: each page is loaded in a tab of the browser
 * with the extension (watched over CDP) and, at the same time, in a tab of a
 * browser without it (the baseline); both are snapshotted at the same moment
 * and compared. A difference is confirmed by a second pair of loads.
 */
import type { Page, Request } from 'playwright-core';
import { tabMessenger, type ChromiumSession } from '../../../browser-harness/chromium';
import { scriptTime } from '../../../browser-harness/cpu-profile';
import { pollMentions } from '../../../browser-harness/mentions';
import { createTaskTracer } from '../../../browser-harness/task-trace';
import { snapshotPage } from './dom-snapshot';
import { watchExtension } from './extension-watch';
import { cumulativeLayoutShift } from './layout-shift';
import type { SweepRow } from './report';
import { commonLines, diffLayout, diffSnapshots, type SnapshotDiff } from './snapshot-diff';

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
/** The same, for a third pair of loads when the first two differ. */
const LATE_SETTLE_MS = 3000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const show = (d: SnapshotDiff) => [
  ...d.added.map((l) => `+ ${l}`),
  ...d.removed.map((l) => `- ${l}`),
];

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
  const tracer = await createTaskTracer(ext.context);
  await ours.goto(blankUrl);
  // The tab keeps its id from page to page: one messenger (asking for the id brings the tab to
  // the front and asks the service worker, work that would otherwise fall in each profile).
  const send = await tabMessenger(ext, ours);
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

  /** One load with the extension, one without, snapshotted at the same moment. */
  const attempt = async (url: string, settleMs = SETTLE_MS) => {
    await Promise.all([ours.goto(blankUrl), theirs.goto(blankUrl)]);
    watch.take();
    workerRequests.length = 0;
    await tracer.start();
    await watch.startProfile();
    let snapNow = () => {};
    const baseline = loadAndSnapshot(theirs, url, new Promise<void>((r) => (snapNow = r)));
    await ours.goto(url, { waitUntil: 'load' });
    const answer = await pollMentions(send);
    await sleep(settleMs);
    snapNow();
    const [snap, cls, base] = await Promise.all([
      ours.evaluate(snapshotPage),
      ours.evaluate(cumulativeLayoutShift),
      baseline,
    ]);
    const profile = await watch.stopProfile();
    const time = scriptTime(profile, prefix, await tracer.stop());
    const seen = watch.take();
    return {
      answer,
      time,
      errors: [...answer.problems, ...seen.errors],
      requests: [...seen.requests, ...workerRequests],
      dom: show(diffSnapshots(snap.dom, base.snap.dom)),
      layout: show(diffLayout(snap.layout, base.snap.layout)),
      cls: { ours: cls, base: base.cls },
    };
  };

  return {
    async sweep(name, url) {
      const first = await attempt(url);
      let { dom, layout, errors, requests } = first;
      if (dom.length + layout.length) {
        // Pages with their own scripts vary from load to load: a change counts
        // only if a second pair of loads shows it again.
        const second = await attempt(url);
        dom = commonLines(dom, second.dom);
        layout = commonLines(layout, second.layout);
        errors = [...errors, ...second.errors];
        requests = [...requests, ...second.requests];
      }
      if (dom.length + layout.length) {
        // Timers of the page (an ad slot removed when unfilled) may fire on either
        // side of the snapshot; a change of ours is still there once they all did.
        const late = await attempt(url, LATE_SETTLE_MS);
        dom = commonLines(dom, late.dom);
        layout = commonLines(layout, late.layout);
        errors = [...errors, ...late.errors];
        requests = [...requests, ...late.requests];
      }
      return {
        page: name,
        browser: 'chromium',
        mentions: first.answer.mentions.length,
        entities: new Set(first.answer.mentions.map((m) => m.entityId)).size,
        ms: first.time.totalMs,
        wallMs: first.time.totalWallMs,
        longestMs: first.time.longestMs,
        longestWallMs: first.time.longestWallMs,
        errors,
        requests,
        domChanges: dom,
        layoutChanges: layout,
        cls: first.cls,
      };
    },
    async close() {
      ext.context.off('request', onRequest);
      await Promise.all([watch.dispose(), tracer.dispose()]);
      await Promise.all([ours.close(), theirs.close()]);
    },
  };
}
