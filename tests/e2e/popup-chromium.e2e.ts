// The popup, library and settings in Chromium on the built extension: the
// page's cards through `popup.html?tabId=N`, search first results, the site
// switch, honest states, and axe-core on the popup, library and hover card.
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../browser-harness/chromium';
import {
  readBackstoryHighlights,
  waitForBackstoryHighlights,
} from '../../browser-harness/highlights';
import { startServer, type StaticServer } from '../../browser-harness/server';
import { axeViolations } from './popup-axe';

let server: StaticServer;
let session: ChromiumSession;
let page: Page;
let popup: Page;

beforeAll(async () => {
  server = await startServer();
  session = await launchChromium({ allowOrigin: server.origin });
  page = await session.openPage(server.page('popup-geneva.html'));
  await waitForBackstoryHighlights(page);
  popup = await session.openPopup(await session.tabIdOf(page));
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.waitForSelector(
    '[data-state]:not([data-state="loading"]):not([data-state="scanning"]), .bs-entry',
  );
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const entryIds = (p: Page) =>
  p.$$eval('.bs-entry', (rows) => rows.map((r) => r.getAttribute('data-entity-id')));
const highlightedTexts = async () =>
  (await readBackstoryHighlights(page)).reduce((n, h) => n + h.texts.length, 0);

async function until(probe: () => Promise<boolean>, what: string, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Types `query` and waits for its own hits (the last query's stay up while its cards come in). */
async function searchFor(p: Page, query: string) {
  await p.fill('.bs-search-input', query);
  await p.waitForSelector('.bs-search-results[aria-busy="false"] .bs-hit');
}

describe('popup on a news page', () => {
  it('shows the page’s cards, headline people first, with counts', async () => {
    await popup.waitForSelector('.bs-entry');
    const ids = await entryIds(popup);
    expect(ids).toEqual(
      expect.arrayContaining([
        'john-kerry',
        'sergey-lavrov',
        'syria',
        'russia',
        'vladimir-putin',
        'barack-obama',
      ]),
    );
    expect(ids[0]).toBe('john-kerry');
    const groups = await popup.$$eval('.bs-group-title', (hs) => hs.map((h) => h.textContent));
    expect(groups[0]).toMatch(/^People \d+$/);
    expect(await popup.textContent('[data-entity-id="john-kerry"] .bs-entry-count')).toMatch(
      /^\d+×/,
    );
  });

  it('says in one line why each matters on this page: role and latest brief up to its date', async () => {
    const row = popup.locator('[data-entity-id="vladimir-putin"] .bs-entry-toggle');
    await expect.poll(() => row.locator('.bs-entry-latest time').count()).toBe(1);
    // The page is from 2016-09-08: the latest brief shown is from then or before.
    const date = await row.locator('.bs-entry-latest time').getAttribute('datetime');
    expect(date! <= '2016-09-08').toBe(true);
    expect(date! >= '2016-01-01').toBe(true);
    expect(await row.locator('.bs-entry-role').textContent()).not.toBe('');
  });

  it('expands a card: role, facts with sources, articles it comes from', async () => {
    await popup.click('[data-entity-id="sergey-lavrov"] .bs-entry-toggle');
    const card = popup.locator('[data-entity-id="sergey-lavrov"] .bs-entry-card');
    await card.waitFor();
    await expect.poll(() => card.textContent()).toContain('Foreign Minister of Russia');
    // Its briefs up to the page's date (2016-09-08), from the background's shards.
    await expect.poll(() => card.locator('.bs-card-timeline .bs-brief').count()).toBeGreaterThan(0);
    expect(await card.locator('.bs-card-timeline').textContent()).toContain('Up to this page');
    // What came before, on request: more briefs, all still up to the page's date.
    const briefs = card.locator('.bs-card-timeline .bs-brief');
    const shown = await briefs.count();
    await card.getByRole('button', { name: /What came before/ }).click();
    await expect.poll(() => briefs.count()).toBeGreaterThan(shown);
    const dates = await card
      .locator('.bs-card-timeline .bs-brief-date')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(dates.slice(0, shown + 1).every((d) => d <= '2016-09-08')).toBe(true);
    expect(await card.locator('.bs-card-fact').count()).toBeGreaterThan(0);
    expect(await card.locator('.bs-card-articles a').getAttribute('href')).toMatch(
      /library\.html#article\//,
    );
    expect(await axeViolations(popup)).toEqual([]);
    await popup.click('[data-entity-id="sergey-lavrov"] .bs-entry-toggle');
  });

  it('asks the page to show an entity (backstory/reveal)', async () => {
    await popup.click('[data-entity-id="sergey-lavrov"] .bs-entry-reveal');
    await new Promise((r) => setTimeout(r, 500));
    expect(await popup.$('.bs-reveal-note')).toBeNull();
  });

  it.each([
    ['lavrov', 'e:sergey-lavrov'],
    ['lavrof', 'e:sergey-lavrov'],
    ['russian foreign minister', 'e:sergey-lavrov'],
    ['g20', 'e:g20-hangzhou-summit-2016'],
    ['assad', 'e:bashar-al-assad'],
  ])('search %j gives %s first', async (query, first) => {
    await searchFor(popup, query);
    expect(await popup.getAttribute('.bs-hit >> nth=0', 'data-hit')).toBe(first);
    expect(await popup.textContent('.bs-hit >> nth=0 >> mark')).toBeTruthy();
  });

  // (A bare "ceasefire" finds the many ceasefires of the corpus first: the newest and most named.)
  it('search "geneva ceasefire" finds the Geneva talks first, then the deal and a fact', async () => {
    await searchFor(popup, 'geneva ceasefire');
    const top = await popup.$$eval('.bs-hit', (hits) =>
      hits.slice(0, 4).map((h) => h.getAttribute('data-hit')),
    );
    expect(top[0]).toBe('e:kerry-lavrov-geneva-talks-2016-09');
    expect(top).toContain('e:us-russia-syria-deal-2016');
    expect(top.some((hit) => hit?.startsWith('f:'))).toBe(true);
  });

  it('search "Geneva ceasefire Syria" finds news briefs, and the year filter narrows them', async () => {
    await popup.fill('.bs-search-input', 'Geneva ceasefire Syria');
    // The briefs are grouped under the cards the query finds: wait for this query's own cards.
    await popup.waitForSelector('.bs-search-results[aria-busy="false"]');
    await popup.waitForSelector('.bs-brief time');
    const dates = () =>
      popup.$$eval('.bs-brief time', (times) => times.map((t) => t.getAttribute('datetime')));
    // Each brief's text arrives with its shard: wait until none is still loading.
    await until(
      async () => (await dates()).length === (await popup.$$('.bs-brief')).length,
      'every brief loaded',
    );
    const all = await dates();
    expect(all.length).toBeGreaterThan(3);
    expect(new Set(all.map((d) => d?.slice(0, 4))).size).toBeGreaterThan(1);
    expect(await popup.textContent('.bs-brief >> nth=0 >> mark')).toBeTruthy();
    await popup.selectOption('.bs-briefs-year', '2016');
    await until(async () => {
      const shown = await dates();
      return shown.length > 0 && shown.every((d) => d?.startsWith('2016'));
    }, 'briefs of 2016 only');
    expect(await popup.textContent('.bs-briefs [role="status"]')).toMatch(/in 2016$/);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.selectOption('.bs-briefs-year', '');
  });

  it('searches through the background: the popup reads neither the search index nor the cards pack', async () => {
    const read: string[] = [];
    const watch = (request: Request) => {
      // The background worker reads card parts for its answers; the popup itself must not.
      if (!request.serviceWorker()) read.push(new URL(request.url()).pathname);
    };
    session.context.on('request', watch);
    const fresh = await session.openPopup(await session.tabIdOf(page));
    try {
      await fresh.waitForSelector('.bs-entry');
      await searchFor(fresh, 'lavrov');
      expect(await fresh.getAttribute('.bs-hit >> nth=0', 'data-hit')).toBe('e:sergey-lavrov');
      await fresh.press('.bs-search-input', 'Enter');
      await fresh.waitForSelector('.bs-focus [data-entity-id="sergey-lavrov"]');
    } finally {
      session.context.off('request', watch);
      await fresh.close();
    }
    expect(read).toContain('/pack/cards-head.json');
    expect(
      read.filter((path) => /^\/(search\.json|pack\/(cards|names)-\d+\.json)$/.test(path)),
    ).toEqual([]);
  });

  it('moves through results with the arrow keys and opens one with Enter', async () => {
    await searchFor(popup, 'putin');
    await popup.press('.bs-search-input', 'ArrowDown');
    expect(await popup.getAttribute('.bs-hit >> nth=0', 'aria-selected')).toBe('true');
    await popup.press('.bs-search-input', 'Enter');
    await popup.waitForSelector('.bs-focus [data-entity-id="vladimir-putin"]');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.click('.bs-back');
    await popup.waitForSelector('.bs-entry');
  });

  it('fits the popup limits and passes axe in the dark theme too', async () => {
    const box = await popup.$eval('.bs-popup', (el) => el.getBoundingClientRect().toJSON());
    expect([box.width, box.height]).toEqual([380, 560]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await popup.$eval('body', (b) => getComputedStyle(b).backgroundColor)).toBe(
      'rgb(28, 33, 40)',
    );
    expect(await axeViolations(popup)).toEqual([]);
    await popup.fill('.bs-search-input', 'putin');
    await popup.waitForSelector('.bs-hit mark');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.press('.bs-search-input', 'Escape');
    await popup.waitForSelector('.bs-entry');
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('turns highlighting off on this site and back on', async () => {
    expect(await highlightedTexts()).toBeGreaterThan(0);
    const site = popup.getByRole('switch', { name: /Highlight on this site/ });
    await site.uncheck();
    await until(async () => (await highlightedTexts()) === 0, 'highlights to go');
    await popup.waitForSelector('[data-state="off-site"]');
    await site.check();
    await until(async () => (await highlightedTexts()) > 0, 'highlights to come back');
  });
});

describe('honest states', () => {
  it('says so on a page the extension cannot run on', async () => {
    const blank = await session.context.newPage();
    await blank.goto('about:blank');
    const other = await session.openPopup(await session.tabIdOf(blank));
    await other.waitForSelector('[data-state="unavailable"]');
    expect(await other.isDisabled('input[name="site"]')).toBe(true);
    await other.close();
    await blank.close();
  });
});

describe('settings page', () => {
  it('shows the defaults for a corrupt stored value, saves a change, and passes axe', async () => {
    const sw = await session.worker();
    await sw.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { set(v: object): Promise<void> } } };
      };
      await chrome.storage.local.set({ settings: 'corrupt', settings$: { v: 2 } });
    });
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.waitForSelector('.bs-settings');
    expect(await options.inputValue('input[name="hoverDelayMs"]')).toBe('300');
    expect(await options.isChecked('input[name="density"] >> nth=0')).toBe(true);
    await options.check('input[name="highlightStyle"] >> nth=2');
    await options.waitForSelector('text=Saved.');
    const stored = await sw.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      };
      return (await chrome.storage.local.get('settings')).settings as { highlightStyle: string };
    });
    expect(stored.highlightStyle).toBe('outline');
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });
});

describe('library and hover card accessibility', () => {
  it.each([
    '#cards',
    '#entity/sergey-lavrov',
    '#timeline',
    '#articles',
    `#article/2016-09-08-kerry-lavrov-geneva-syria-talks`,
  ])('library %s has no axe violations', async (hash) => {
    const lib = await session.context.newPage();
    await lib.goto(`chrome-extension://${session.extensionId}/library.html${hash}`);
    await lib.waitForSelector('.bs-lib-section');
    expect(await axeViolations(lib)).toEqual([]);
    await lib.close();
  });

  it("library article page links the body's mentions, spotted by the background", async () => {
    const lib = await session.context.newPage();
    await lib.goto(
      `chrome-extension://${session.extensionId}/library.html#article/2016-09-08-kerry-lavrov-geneva-syria-talks`,
    );
    await lib.waitForSelector('.bs-article-body a.bs-mention');
    const linked = await lib.$$eval('.bs-article-body a.bs-mention', (links) =>
      links.map((a) => [a.textContent, a.getAttribute('href')]),
    );
    expect(linked).toContainEqual(['Sergey Lavrov', '#entity/sergey-lavrov']);
    expect(linked).toContainEqual(['John Kerry', '#entity/john-kerry']);
    await lib.close();
  });

  it('library search finds news briefs under their cards, and an entity page lists its briefs by year', async () => {
    const lib = await session.context.newPage();
    await lib.goto(`chrome-extension://${session.extensionId}/library.html#cards`);
    await lib.fill('.bs-search-input', 'Geneva ceasefire Syria');
    await lib.waitForSelector('.bs-brief time');
    expect(await lib.$$eval('.bs-brief-group', (g) => g.length)).toBeGreaterThan(0);
    await lib.selectOption('.bs-briefs-year', '2016');
    await until(
      async () =>
        (await lib.$$eval('.bs-brief time', (t) => t.map((e) => e.getAttribute('datetime')))).every(
          (d) => d?.startsWith('2016'),
        ),
      'library briefs of 2016 only',
    );
    expect(await axeViolations(lib)).toEqual([]);
    await lib.fill('.bs-search-input', '');
    await lib.goto(`chrome-extension://${session.extensionId}/library.html#entity/sergey-lavrov`);
    await lib.waitForSelector('.bs-entity-briefs details[open] .bs-brief time');
    expect(await lib.getAttribute('.bs-density-years', 'aria-label')).toMatch(
      /^News briefs per year: \d{4} \d+/,
    );
    expect(await axeViolations(lib)).toEqual([]);
    await lib.close();
  });

  it('an open hover card has no axe violations', async () => {
    await page.bringToFront();
    const point = await page.evaluate(() => {
      const highlight = CSS.highlights.get('backstory-person');
      const range = highlight && ([...highlight][0] as Range | undefined);
      const rect = range?.getClientRects()[0];
      return rect && { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    expect(point).toBeTruthy();
    await page.mouse.move(point!.x, point!.y);
    await page.waitForFunction(
      () => !!document.querySelector('backstory-ui')?.shadowRoot?.querySelector('.bs-card'),
    );
    expect(await axeViolations(page, 'backstory-ui')).toEqual([]);

    // On a dark page the card is dark (it follows the background under the mention).
    await page.keyboard.press('Escape');
    await page.mouse.move(1, 1);
    await page.evaluate(() => {
      document.body.style.background = '#111';
      document.body.style.color = '#eee';
    });
    await page.mouse.move(point!.x, point!.y);
    await page.waitForFunction(
      () =>
        !!document
          .querySelector('backstory-ui')
          ?.shadowRoot?.querySelector('.bs-theme-dark .bs-card'),
    );
    expect(await axeViolations(page, 'backstory-ui')).toEqual([]);
  });
});
