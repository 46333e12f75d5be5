// The trap pages (tests/fixtures/traps/, one ambiguity each: Georgia, Jordan,
// Turkey, Chad, Niger, Paris, Washington, Amazon, Apple, May, Bush, Clinton,
// Kennedy, Johnson, Kerry, the Democrats, the Supreme Court, a title that
// changed hands) in Chromium and Firefox, with the full background: each name
// links to the entity a reader means, or to none where the page cannot tell.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, tabMessenger, type ChromiumSession } from '../../browser-harness/chromium';
import {
  extensionPageMessenger,
  launchFirefox,
  openExtensionPage,
  type FirefoxSession,
} from '../../browser-harness/firefox';
import type { Evaluates } from '../../browser-harness/highlights';
import { readyMentions, type SendToTab } from '../../browser-harness/mentions';
import { repoRoot } from '../../browser-harness/paths';
import { startServer, type StaticServer } from '../../browser-harness/server';
import type { PageMention } from '../../messaging/protocol';
import { failedTrapChecks, TRAP_PAGES, type TrapMention } from '../fixtures/traps/traps';

interface DrawnRange {
  start: number;
  end: number;
  text: string;
}

/**
 * Runs in the page: the body's text (its text nodes, in order, white space
 * collapsed) and every backstory-* highlight range as offsets into it, in
 * document order.
 */
function drawnRanges(): { text: string; ranges: DrawnRange[] } {
  const offsets = new Map<Node, number>();
  let text = '';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    offsets.set(node, text.length);
    text += node.nodeValue ?? '';
  }
  const ranges: DrawnRange[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('backstory-')) return;
    for (const range of highlight) {
      if (!(range instanceof Range)) continue;
      const from = offsets.get(range.startContainer);
      const to = offsets.get(range.endContainer);
      if (from === undefined || to === undefined) continue;
      ranges.push({
        start: from + range.startOffset,
        end: to + range.endOffset,
        text: String(range),
      });
    }
  });
  ranges.sort((a, b) => a.start - b.start);
  // White space as it renders: each run is one space (the source wraps its lines).
  const at: number[] = [];
  let shown = '';
  for (let i = 0; i < text.length; i++) {
    at.push(shown.length);
    const space = /\s/.test(text[i]!);
    if (!space) shown += text[i];
    else if (!shown.endsWith(' ')) shown += ' ';
  }
  at.push(shown.length);
  return {
    text: shown,
    ranges: ranges.map((r) => ({ ...r, start: at[r.start]!, end: at[r.end]! })),
  };
}

/** The setting that draws every mention, not the first per section (storage/settings.ts). */
const DRAW_ALL = { settings: { density: 'all' } };

/**
 * The page's mentions placed on its text: the answer lists them in document
 * order, and with every mention drawn the nth mention is the nth range.
 */
function placeMentions(mentions: PageMention[], ranges: DrawnRange[]): TrapMention[] {
  expect(ranges.map((r) => r.text)).toEqual(mentions.map((m) => m.text));
  return mentions.map((m, i) => ({
    start: ranges[i]!.start,
    end: ranges[i]!.end,
    key: m.wikipedia ?? `id:${m.entityId}`,
  }));
}

const html = (file: string) => readFileSync(join(repoRoot, 'tests/fixtures/traps', file), 'utf8');

let server: StaticServer;
const urls = new Map<string, string>();

beforeAll(async () => {
  server = await startServer();
  for (const page of TRAP_PAGES) urls.set(page.file, server.addPage(page.file, html(page.file)));
});
afterAll(async () => {
  await server?.close();
});

/**
 * Opens one trap page in a browser and returns the checks it fails. One test
 * per page: the pages together took 45 s of a 60 s test timeout in Chromium,
 * and a loaded run went over it.
 */
async function checkPage(
  trapPage: (typeof TRAP_PAGES)[number],
  open: (url: string) => Promise<{ page: Evaluates; send: SendToTab; close: () => Promise<void> }>,
): Promise<string[]> {
  const { page, send, close } = await open(urls.get(trapPage.file)!);
  try {
    const answer = await readyMentions(send);
    const { text, ranges } = await page.evaluate(drawnRanges);
    return failedTrapChecks(trapPage, text, placeMentions(answer.mentions, ranges));
  } finally {
    await close();
  }
}

describe('trap pages in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ allowOrigin: server.origin });
    const worker = await session.worker();
    await worker.evaluate(
      (items) =>
        (
          globalThis as unknown as {
            chrome: { storage: { local: { set(o: object): Promise<void> } } };
          }
        ).chrome.storage.local.set(items),
      DRAW_ALL,
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(TRAP_PAGES)(
    '$file: links every ambiguous name to the entity meant, or to none',
    async (trapPage) => {
      const failures = await checkPage(trapPage, async (url) => {
        const page = await session.context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        return { page, send: await tabMessenger(session, page), close: () => page.close() };
      });
      expect(failures).toEqual([]);
    },
  );
});

describe('trap pages in Firefox', () => {
  let session: FirefoxSession;
  let probe: Awaited<ReturnType<typeof openExtensionPage>>;
  beforeAll(async () => {
    session = await launchFirefox({ allowOrigin: server.origin });
    probe = await openExtensionPage(session, 'popup.html');
    await probe.evaluate(
      (items) =>
        (
          globalThis as unknown as {
            browser: { storage: { local: { set(o: object): Promise<void> } } };
          }
        ).browser.storage.local.set(items),
      DRAW_ALL,
    );
  });
  afterAll(async () => {
    await probe?.close();
    await session?.close();
  });

  it.each(TRAP_PAGES)(
    '$file: links every ambiguous name to the entity meant, or to none',
    async (trapPage) => {
      const failures = await checkPage(trapPage, async (url) => {
        const page = await session.openPage(url);
        return {
          page,
          send: await extensionPageMessenger(probe, page),
          close: () => page.close(),
        };
      });
      expect(failures).toEqual([]);
    },
  );
});
