// The content script's main paths in Firefox: the seed article's mentions and
// highlights, a hover card in <backstory-ui>'s open shadow root, the reveal
// message, and saved real pages with the expected entities and a DOM
// serialization identical to a Firefox without the extension.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extensionPageMessenger,
  launchFirefox,
  openExtensionPage,
  type FirefoxSession,
} from '../../browser-harness/firefox';
import { readBackstoryHighlights } from '../../browser-harness/highlights';
import { waitForPackCopy } from '../../browser-harness/pack-copy';
import { readyMentions } from '../../browser-harness/mentions';
import { startServer, type StaticServer } from '../../browser-harness/server';
import type { RevealResponse } from '../../messaging/protocol';
import { REAL_PAGES } from '../fixtures/real-pages.expected';
import {
  expectEntities,
  HIDDEN_PAGE_HTML,
  HIDDEN_PAGE_SEEN,
  mentionPoint,
  seedPageHtml,
  serializeWithoutUi,
} from './content-helpers';

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
  return (probe ??= await openExtensionPage(session, 'popup.html'));
}

/** Sends messages to `page`'s content script from the extension page. */
const messenger = async (page: Page) => extensionPageMessenger(await extensionPage(), page);
const mentionsOf = async (page: Page) => readyMentions(await messenger(page));

const dialogName = (page: Page) =>
  page.evaluate(
    () =>
      document.querySelector('backstory-ui')?.shadowRoot?.querySelector('[role="dialog"] h2')
        ?.textContent ?? null,
  );

describe('content script in Firefox', () => {
  it('highlights the seed article, answers its mentions and opens a hover card', async () => {
    const page = await session.openPage(seedUrl);
    const answer = await mentionsOf(page);
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

    const send = await messenger(page);
    expect(await send({ type: 'backstory/reveal', entityId: 'bashar-al-assad' })).toEqual({
      ok: true,
    } satisfies RevealResponse);
    await page.close();
  });

  it('reads no block an ancestor hides, and every block the reader sees', async () => {
    const page = await session.openPage(server.addPage('hidden.html', HIDDEN_PAGE_HTML));
    const answer = await mentionsOf(page);
    expect([...new Set(answer.mentions.map((m) => m.entityId))].sort()).toEqual(HIDDEN_PAGE_SEEN);
    await page.close();
  });

  it('draws text the page adds, and stops drawing text it removes', async () => {
    const page = await session.openPage(seedUrl);
    await mentionsOf(page);
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
      const answer = await mentionsOf(page);
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

  it('fills its IndexedDB copy of the pack and answers a card from it, dated as the page', async () => {
    await waitForPackCopy(await extensionPage());
    const page = await session.openPage(seedUrl);
    await mentionsOf(page);
    const point = await page.evaluate(mentionPoint, 'Lavrov');
    await page.mouse.move(point!.x - 30, point!.y + 50);
    await page.mouse.move(point!.x, point!.y, { steps: 4 });
    const dates = () =>
      page.evaluate(() =>
        [
          ...(document
            .querySelector('backstory-ui')
            ?.shadowRoot?.querySelectorAll('.bs-card-timeline time') ?? []),
        ].map((t) => t.getAttribute('datetime') ?? ''),
      );
    await expect.poll(async () => (await dates()).length, { timeout: 5000 }).toBeGreaterThan(1);
    const [first, second] = await dates();
    expect(first! <= '2016-09-08' && first! >= second!).toBe(true);
    await page.close();
  });
});
