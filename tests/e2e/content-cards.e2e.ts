// The content script on the seed article's page in Chromium: the mentions a
// reader expects, highlights per kind, and every way a card opens (hover,
// keyboard commands, selection), the popup's reveal, and live settings.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, tabMessenger, type ChromiumSession } from '../../browser-harness/chromium';
import {
  readBackstoryHighlights,
  waitForBackstoryHighlights,
} from '../../browser-harness/highlights';
import { waitForPackCopy } from '../../browser-harness/pack-copy';
import { readyMentions, type MentionsAnswer } from '../../browser-harness/mentions';
import { startServer, type StaticServer } from '../../browser-harness/server';
import type { RevealResponse } from '../../messaging/protocol';
import {
  closedDetailsBox,
  HIDDEN_PAGE_HTML,
  HIDDEN_PAGE_SEEN,
  hoverMention,
  seedPageHtml,
  sendToTab,
} from './content-helpers';
import { axeViolations } from './popup-axe';

let server: StaticServer;
let session: ChromiumSession;
let url: string;

beforeAll(async () => {
  server = await startServer();
  url = server.addPage('seed.html', seedPageHtml());
  session = await launchChromium({ allowOrigin: server.origin });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Names as the Washington Post writes them: soft hyphens inside words (`Vladi&shy;mir`). */
const SOFT_HYPHEN_PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Soft hyphens</title></head>
<body><article>
<p>Vladi&shy;mir Putin spoke in Moscow on Tuesday.</p>
<p>Sergey Lav&shy;rov, his foreign minister, stood beside him.</p>
</article></body></html>`;

const mentionsOf = async (page: Page) => readyMentions(await tabMessenger(session, page));

async function openSeed(): Promise<{ page: Page; answer: MentionsAnswer }> {
  const page = await session.openPage(url);
  return { page, answer: await mentionsOf(page) };
}
const dialog = (page: Page) => page.locator('backstory-ui [role="dialog"]');
const texts = async (page: Page, name: string) =>
  (await readBackstoryHighlights(page)).find((h) => h.name === name)?.texts ?? [];

/** Writes settings the way the popup does (one stored item; missing fields take defaults). */
async function setSettings(value: object): Promise<void> {
  const worker = await session.worker();
  await worker.evaluate(
    (settings) =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { set(o: object): Promise<void> } } };
        }
      ).chrome.storage.local.set({ settings }),
    value,
  );
}

describe('content script on the seed article', () => {
  it('finds the actors and events a reader sees, and highlights them per kind', async () => {
    const { page, answer } = await openSeed();
    const ids = new Set(answer.mentions.map((m) => m.entityId));
    for (const id of [
      'john-kerry',
      'sergey-lavrov',
      'john-kirby',
      'us-state-department',
      'russian-foreign-ministry',
      'syria',
      'russia',
      'united-states',
      'barack-obama',
      'vladimir-putin',
      'bashar-al-assad',
      'g20',
    ]) {
      expect(ids, id).toContain(id);
    }
    expect(answer.url).toBe(url);
    const lavrov = answer.mentions.find((m) => m.text === 'Sergey Lavrov');
    expect(lavrov).toMatchObject({
      entityId: 'sergey-lavrov',
      kind: 'person',
      rule: 'strong-alias',
      wikipedia: 'Sergey_Lavrov',
    });

    const person = await texts(page, 'backstory-person');
    // The headline names Kerry and Lavrov first: their short names are drawn.
    expect(person).toEqual(
      expect.arrayContaining(['Kerry', 'Lavrov', 'John Kirby', 'Barack Obama', 'Vladimir Putin']),
    );
    expect(await texts(page, 'backstory-organization')).toContain('State Department');
    // First mention per entity per section: fewer drawn than linked.
    const drawn = (await readBackstoryHighlights(page)).flatMap((h) => h.texts);
    expect(drawn.length).toBeLessThan(answer.mentions.length);
    // Nothing of ours in the DOM before a card is needed.
    expect(await page.locator('backstory-ui').count()).toBe(0);
    await page.close();
  });

  it('highlights a name written with soft hyphens over the whole text as written', async () => {
    const page = await session.openPage(server.addPage('soft-hyphens.html', SOFT_HYPHEN_PAGE_HTML));
    const answer = await mentionsOf(page);
    expect(answer.mentions.find((m) => m.entityId === 'vladimir-putin')).toMatchObject({
      text: 'Vladi\u00admir Putin',
      wikipedia: 'Vladimir_Putin',
    });
    expect(answer.mentions.find((m) => m.entityId === 'sergey-lavrov')).toMatchObject({
      text: 'Sergey Lav\u00adrov',
    });
    const person = await texts(page, 'backstory-person');
    expect(person).toEqual(expect.arrayContaining(['Vladi\u00admir Putin', 'Sergey Lav\u00adrov']));
    await page.close();
  });

  it('reads no block an ancestor hides, and every block the reader sees', async () => {
    const page = await session.openPage(server.addPage('hidden.html', HIDDEN_PAGE_HTML));
    const answer = await mentionsOf(page);
    expect([...new Set(answer.mentions.map((m) => m.entityId))].sort()).toEqual(HIDDEN_PAGE_SEEN);
    // No style was read under the closed <details>: the page still gets its box.
    expect(await page.evaluate(closedDetailsBox)).not.toEqual({ width: 0, height: 0 });
    await page.close();
  });

  it('opens the right card on hover, keeps it while the pointer is in it, hides it after', async () => {
    const { page } = await openSeed();
    await hoverMention(page, 'Lavrov');
    await expect.poll(() => dialog(page).count()).toBe(1);
    const card = page.getByRole('dialog', { name: 'Sergey Lavrov' });
    await expect.poll(() => card.textContent(), { timeout: 5000 }).toContain('Why highlighted');
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Person');
    expect(text).toContain('Related');
    expect(await axeViolations(page, 'backstory-ui')).toEqual([]);

    const host = await page.evaluate(() => {
      const el = document.querySelector('backstory-ui')!;
      return { mode: el.shadowRoot?.mode, parent: el.parentElement?.localName };
    });
    expect(host).toEqual({ mode: 'open', parent: 'html' });

    const box = (await card.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 10, { steps: 6 });
    await page.waitForTimeout(800);
    expect(await dialog(page).count()).toBe(1);
    await page.mouse.move(5, 5);
    await expect.poll(() => dialog(page).count(), { timeout: 5000 }).toBe(0);
    await page.close();
  });

  it('opens a related card from the card and goes back', async () => {
    const { page } = await openSeed();
    await hoverMention(page, 'Lavrov');
    const card = page.getByRole('dialog', { name: 'Sergey Lavrov' });
    await expect.poll(() => card.getByRole('button').count(), { timeout: 5000 }).toBeGreaterThan(2);
    const related = card.locator('.bs-card-related-link').first();
    const name = (await related.textContent())!;
    await related.click();
    await expect.poll(() => page.getByRole('dialog', { name }).count()).toBe(1);
    await page.getByRole('button', { name: '← Back' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Sergey Lavrov' }).count()).toBe(1);
    await page.close();
  });

  it('moves through mentions from the keyboard commands, with focus in the card; Escape closes', async () => {
    const { page } = await openSeed();
    await sendToTab(session, page, { type: 'backstory/command', command: 'next-mention' });
    await expect.poll(() => dialog(page).count()).toBe(1);
    const first = await texts(page, 'backstory-focus');
    expect(first).toHaveLength(1);
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('backstory-ui');

    await sendToTab(session, page, { type: 'backstory/command', command: 'next-mention' });
    await expect.poll(() => texts(page, 'backstory-focus')).not.toEqual(first);
    await sendToTab(session, page, { type: 'backstory/command', command: 'previous-mention' });
    await expect.poll(() => texts(page, 'backstory-focus')).toEqual(first);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count()).toBe(0);
    expect(await texts(page, 'backstory-focus')).toEqual([]);

    await sendToTab(session, page, { type: 'backstory/command', command: 'toggle-highlights' });
    await expect.poll(async () => (await readBackstoryHighlights(page)).length).toBe(0);
    await sendToTab(session, page, { type: 'backstory/command', command: 'toggle-highlights' });
    await expect.poll(async () => (await readBackstoryHighlights(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  it('reveals an entity: scrolls to its first mention and flashes it', async () => {
    const { page, answer } = await openSeed();
    await page.setViewportSize({ width: 800, height: 300 });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const firstAssad = answer.mentions.find((m) => m.entityId === 'bashar-al-assad')!.text;
    const reply = await sendToTab<RevealResponse>(session, page, {
      type: 'backstory/reveal',
      entityId: 'bashar-al-assad',
    });
    expect(reply).toEqual({ ok: true });
    expect(await texts(page, 'backstory-focus')).toEqual([firstAssad]);
    const inView = await page.evaluate(() => {
      const range = [...CSS.highlights.get('backstory-focus')!][0] as Range;
      const r = range.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    await expect.poll(() => texts(page, 'backstory-focus'), { timeout: 5000 }).toEqual([]);
    expect(
      await sendToTab(session, page, { type: 'backstory/reveal', entityId: 'nobody' }),
    ).toEqual({ ok: false });
    await page.close();
  });

  it('offers the card of an entity named by a selection', async () => {
    const { page } = await openSeed();
    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.nodeValue!.indexOf('Vladimir Putin');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + 'Vladimir Putin'.length);
        n.parentElement!.scrollIntoView({ block: 'center' });
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
    });
    const offer = page.getByRole('button', { name: 'Backstory: Vladimir Putin' });
    await expect.poll(() => offer.count(), { timeout: 5000 }).toBe(1);
    await offer.click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Vladimir Putin' }).count()).toBe(1);
    await page.close();
  });

  it('follows the settings live: off for the site draws nothing but still lists mentions', async () => {
    const { page, answer } = await openSeed();
    const drawn = async () => (await readBackstoryHighlights(page)).flatMap((h) => h.texts);
    const before = (await drawn()).length;

    await setSettings({ density: 'all' });
    await expect.poll(async () => (await drawn()).length).toBe(answer.mentions.length);
    await setSettings({ density: 'all', kinds: { person: false } });
    await expect.poll(() => texts(page, 'backstory-person')).toEqual([]);
    expect(await texts(page, 'backstory-country')).not.toEqual([]);

    await setSettings({ disabledSites: ['127.0.0.1'] });
    await expect.poll(async () => (await drawn()).length).toBe(0);
    const still = await mentionsOf(page);
    expect(still.mentions.length).toBe(answer.mentions.length);

    await setSettings({});
    await expect.poll(async () => (await drawn()).length).toBe(before);

    // A non-default highlight style adopts one sheet of ::highlight rules; the default, none.
    const adopted = () =>
      page.evaluate(() =>
        document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join(),
      );
    await setSettings({ highlightStyle: 'background' });
    await expect.poll(adopted).toContain('::highlight(backstory-person)');
    await setSettings({});
    await expect.poll(adopted).toBe('');
    await page.close();
  });
  // Last: the harness's handle on the worker does not survive the stop.
  it('answers a hover from its IndexedDB copy of the pack after the worker was stopped', async () => {
    const ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/options.html`);
    await waitForPackCopy(ext);
    const cdp = await session.context.newCDPSession(ext);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // Not through the worker's tab messenger: its handle went with the stopped worker.
    const page = await session.openPage(url);
    await waitForBackstoryHighlights(page);
    await hoverMention(page, 'Lavrov');
    const card = page.getByRole('dialog', { name: 'Sergey Lavrov' });
    await expect
      .poll(() => card.locator('.bs-card-timeline time').count(), { timeout: 5000 })
      .toBeGreaterThan(1);
    // The page is dated 2016-09-08: the briefs up to then come first, the newest first.
    const dates = await card
      .locator('.bs-card-timeline time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates[0]! <= '2016-09-08').toBe(true);
    expect(dates[0]! >= dates[1]!).toBe(true);
    await cdp.detach();
    await ext.close();
    await page.close();
  });
});
