/**
 * Sweeps saved pages in Firefox: each page is loaded in a Firefox with the
 * extension and, at the same time, in one without it; their DOM, layout and
 * requests are compared. A difference is confirmed by a second pair of loads.
 * Firefox gives no CPU profile over BiDi, so our time is not measured here.
 */
import type { ConsoleMessage } from 'puppeteer-core';
import {
  extensionPageMessenger,
  gotoExtensionPage,
  type FirefoxSession,
} from '../../../browser-harness/firefox';
import { pollMentions } from '../../../browser-harness/mentions';
import { snapshotPage } from './dom-snapshot';
import type { SweepRow } from './report';
import { commonLines, diffLayout, diffSnapshots, type SnapshotDiff } from './snapshot-diff';

export interface FirefoxSweeper {
  sweep(name: string, url: string): Promise<SweepRow>;
  close(): Promise<void>;
}

const SETTLE_MS = 250;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const show = (d: SnapshotDiff) => [
  ...d.added.map((l) => `+ ${l}`),
  ...d.removed.map((l) => `- ${l}`),
];

/** A reused tab that records every request URL and errors mentioning moz-extension://. */
async function watchedTab(session: FirefoxSession, blankUrl: string) {
  const page = await session.openPage(blankUrl);
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => void requests.push(r.url()));
  page.on('pageerror', (e) => {
    const text = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
    if (text.includes('moz-extension://')) errors.push(`exception: ${text.split('\n')[0]}`);
  });
  page.on('console', (m: ConsoleMessage) => {
    const where = [m.location().url ?? '', ...m.stackTrace().map((f) => f.url ?? '')];
    if (m.type() === 'error' && where.some((u) => u.startsWith('moz-extension://'))) {
      errors.push(`console.error: ${m.text()}`);
    }
  });
  return { page, requests, errors };
}

/** Loads `url`, runs `after`, snapshots; returns the snapshot, the URLs requested and `after`'s value. */
async function load<T>(
  tab: Awaited<ReturnType<typeof watchedTab>>,
  url: string,
  after: () => Promise<T>,
) {
  tab.requests.length = 0;
  try {
    await tab.page.goto(url, { waitUntil: 'load' });
  } catch (error) {
    // A navigation the previous page still had running can abort ours: try once more.
    if (!String(error).includes('NS_BINDING_ABORTED')) throw error;
    tab.requests.length = 0;
    await tab.page.goto(url, { waitUntil: 'load' });
  }
  const value = await after();
  return { snap: await tab.page.evaluate(snapshotPage), requests: new Set(tab.requests), value };
}

/** One reused tab in each Firefox, plus an extension page to ask the content script. */
export async function createFirefoxSweeper(
  ext: FirefoxSession,
  base: FirefoxSession,
  blankUrl: string,
): Promise<FirefoxSweeper> {
  const probe = await ext.browser.newPage();
  await gotoExtensionPage(probe, `${ext.extensionOrigin}/popup.html`);
  const ours = await watchedTab(ext, blankUrl);
  const theirs = await watchedTab(base, blankUrl);

  /** One load with the extension, one without, snapshotted at the same moment. */
  const attempt = async (url: string) => {
    ours.errors.length = 0;
    let snapNow = () => {};
    const snapSignal = new Promise<void>((r) => (snapNow = r));
    const baseline = load(theirs, url, () => snapSignal);
    const mine = load(ours, url, async () => {
      const answer = await pollMentions(await extensionPageMessenger(probe, ours.page));
      await sleep(SETTLE_MS);
      snapNow();
      return answer;
    });
    const [base, snap] = await Promise.all([baseline, mine]);
    return {
      answer: snap.value,
      errors: [...snap.value.problems, ...ours.errors],
      // Firefox does not say which script started a request: count those the
      // baseline did not make.
      requests: [...snap.requests].filter((u) => !base.requests.has(u)),
      dom: show(diffSnapshots(snap.snap.dom, base.snap.dom)),
      layout: show(diffLayout(snap.snap.layout, base.snap.layout)),
    };
  };

  return {
    async sweep(name, url) {
      const first = await attempt(url);
      let { dom, layout, requests, errors } = first;
      if (dom.length + layout.length + requests.length) {
        // Pages with their own scripts vary from load to load: a change counts
        // only if a second pair of loads shows it again.
        const second = await attempt(url);
        dom = commonLines(dom, second.dom);
        layout = commonLines(layout, second.layout);
        requests = commonLines(requests, second.requests);
        errors = [...errors, ...second.errors];
      }
      return {
        page: name,
        browser: 'firefox',
        mentions: first.answer.mentions.length,
        entities: new Set(first.answer.mentions.map((m) => m.entityId)).size,
        ms: null,
        longestMs: null,
        wallMs: null,
        longestWallMs: null,
        errors,
        requests,
        domChanges: dom,
        layoutChanges: layout,
      };
    },
    async close() {
      await Promise.all([probe.close(), ours.page.close(), theirs.page.close()]);
    },
  };
}
