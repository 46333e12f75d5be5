// The content script's main paths in Firefox: the seed article's mentions and
// highlights, a hover card in <backstory-ui>'s open shadow root, the reveal
// message, and saved real pages with the expected entities and a DOM
// serialization identical to a Firefox without the extension.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MentionsResponse, RevealResponse } from '../../messaging/protocol';
import { REAL_PAGES } from '../fixtures/real-pages.expected';
import {
  expectEntities,
  HIDDEN_PAGE_HTML,
  HIDDEN_PAGE_SEEN,
  mentionPoint,
  seedPageHtml,
  serializeWithoutUi,
} from './content-helpers';
import { gotoExtensionPage, launchFirefox, type FirefoxSession } from './harness/firefox';
import { readBackstoryHighlights } from './harness/highlights';
import { startServer, type StaticServer } from './harness/server';

let server: StaticServer;
let session: FirefoxSession;
let base: FirefoxSession;
let seedUrl: string;

beforeAll(async () => {
  server = await startServer();
  seedUrl = server.addPage('seed.html', seedPageHtml());
  [session, base] = await Promise.all([
    launchFirefox({ allowOrigin: server.origin }),
    launchFirefox({ allowOrigin: server.origin, extDir: null }),
  ]);
});
afterAll(async () => {
  await Promise.all([session?.close(), base?.close()]);
  await server?.close();
});

/** One extension page, opened once (puppeteer's Firefox navigation to extension pages is fragile). */
let probe: Page | undefined;
async function extensionPage(): Promise<Page> {
  if (probe) return probe;
  for (let attempt = 1; ; attempt++) {
    const page = await session.browser.newPage();
    try {
      await gotoExtensionPage(page, `${session.extensionOrigin}/popup.html`);
      return (probe = page);
    } catch (error) {
      await page.close();
      if (attempt === 3) throw error;
    }
  }
}

interface BrowserApi {
  browser: {
    tabs: {
      query(q: object): Promise<{ id?: number }[]>;
      sendMessage(id: number, m: object): Promise<unknown>;
    };
  };
}

/** Sends `message` to `page`'s content script from the extension page. */
async function sendToTab<T>(page: Page, message: object): Promise<T> {
  const ext = await extensionPage();
  await page.bringToFront();
  return (await ext.evaluate(async (m) => {
    const { browser } = globalThis as unknown as BrowserApi;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return browser.tabs.sendMessage(tab!.id!, m);
  }, message)) as T;
}

/**
 * Asks until the content script says it is ready. Right after `load` it may
 * not be injected yet (it runs at document_idle): "Receiving end does not
 * exist" is asked again too, until the deadline.
 */
async function readyMentions(page: Page): Promise<MentionsResponse> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const answer = await sendToTab<MentionsResponse>(page, { type: 'backstory/mentions' }).catch(
      (error: unknown) => {
        if (Date.now() > deadline) throw error;
        return undefined;
      },
    );
    if (answer && (answer.status === 'ready' || Date.now() > deadline)) return answer;
    await new Promise((r) => setTimeout(r, 200));
  }
}

const dialogName = (page: Page) =>
  page.evaluate(
    () =>
      document.querySelector('backstory-ui')?.shadowRoot?.querySelector('[role="dialog"] h2')
        ?.textContent ?? null,
  );

describe('content script in Firefox', () => {
  it('highlights the seed article, answers its mentions and opens a hover card', async () => {
    const page = await session.openPage(seedUrl);
    const answer = await readyMentions(page);
    expect(answer.status).toBe('ready');
    const ids = new Set(answer.mentions.map((m) => m.entityId));
    for (const id of [
      'john-kerry',
      'sergey-lavrov',
      'vladimir-putin',
      'bashar-al-assad',
      'syria',
    ]) {
      expect(ids, id).toContain(id);
    }
    const person = (await readBackstoryHighlights(page)).find((h) => h.name === 'backstory-person');
    expect(person?.texts).toEqual(expect.arrayContaining(['Kerry', 'Lavrov', 'Vladimir Putin']));

    const point = await page.evaluate(mentionPoint, 'Lavrov');
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x - 30, point!.y + 50);
    await page.mouse.move(point!.x, point!.y, { steps: 4 });
    await expect.poll(() => dialogName(page), { timeout: 5000 }).toBe('Sergey Lavrov');
    expect(
      await page.evaluate(() => document.querySelector('backstory-ui')?.shadowRoot?.mode),
    ).toBe('open');

    const reply = await sendToTab<RevealResponse>(page, {
      type: 'backstory/reveal',
      entityId: 'bashar-al-assad',
    });
    expect(reply).toEqual({ ok: true });
    await page.close();
  });

  it('reads no block an ancestor hides, and every block the reader sees', async () => {
    const page = await session.openPage(server.addPage('hidden.html', HIDDEN_PAGE_HTML));
    const answer = await readyMentions(page);
    expect([...new Set(answer.mentions.map((m) => m.entityId))].sort()).toEqual(HIDDEN_PAGE_SEEN);
    await page.close();
  });

  it('draws text the page adds, and stops drawing text it removes', async () => {
    const page = await session.openPage(seedUrl);
    await readyMentions(page);
    const people = async () =>
      (await readBackstoryHighlights(page)).find((h) => h.name === 'backstory-person')?.texts ?? [];
    const before = (await people()).length;
    await page.evaluate(() =>
      document.body.insertAdjacentHTML(
        'beforeend',
        '<section id="added"><h2>Later</h2><p>John Kerry and Sergey Lavrov met again.</p></section>',
      ),
    );
    await expect.poll(async () => (await people()).length, { timeout: 5000 }).toBe(before + 2);
    await page.evaluate(() => document.getElementById('added')!.remove());
    await expect.poll(async () => (await people()).length, { timeout: 5000 }).toBe(before);
    await page.close();
  });

  const pages = [
    'abcnews.go.com.html',
    'www.washingtonpost.com.html',
    'thefederalistpapers.org.html',
  ];
  it.each(REAL_PAGES.filter((p) => pages.includes(p.file)))(
    '$file: expected entities, DOM unchanged',
    async ({ file, entities, maybe = [] }) => {
      const url = server.real(file);
      const [page, basePage] = await Promise.all([session.openPage(url), base.openPage(url)]);
      const answer = await readyMentions(page);
      expectEntities(answer.mentions, { entities, maybe });
      const [mine, theirs] = await Promise.all([
        page.evaluate(serializeWithoutUi),
        basePage.evaluate(serializeWithoutUi),
      ]);
      expect(mine === theirs, 'DOM serialization differs from Firefox without the extension').toBe(
        true,
      );
      await Promise.all([page.close(), basePage.close()]);
    },
  );
});
