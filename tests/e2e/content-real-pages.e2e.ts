// The content script on saved real news pages (tests/fixtures/real-pages/,
// expectations in tests/fixtures/real-pages.expected.ts) in Chromium: the
// entities a reader expects and no others; a hover card on the first
// highlight; the page's DOM serialization (apart from <backstory-ui>) the same
// as in a browser without the extension; no layout shift and no box moved
// while our card mounts and shows (beyond what the same pointer moves do to the
// page without the extension); no error and no request from the extension.
//
// (Layout is checked within the page, once it has stopped shifting by itself:
// several of these pages shift at load on their own, at varying moments, so
// comparing their total layout shift with another browser's only measures
// noise; boxes that move by themselves within a second are left out.
// Highlights cannot move anything: they add no node and no style.)
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, tabMessenger, type ChromiumSession } from '../../browser-harness/chromium';
import { readyMentions } from '../../browser-harness/mentions';
import { startServer, type StaticServer } from '../../browser-harness/server';
import { REAL_PAGES } from '../fixtures/real-pages.expected';
import { expectEntities, serializeWithoutUi } from './content-helpers';
import { watchExtension, type ExtensionWatch } from './sweep/extension-watch';
import { snapshotPage } from './sweep/dom-snapshot';
import { diffSnapshots } from './sweep/snapshot-diff';

let server: StaticServer;
let ext: ChromiumSession;
let base: ChromiumSession;
let ours: Page;
let theirs: Page;
let watch: ExtensionWatch;

beforeAll(async () => {
  server = await startServer();
  [ext, base] = await Promise.all([
    launchChromium({ allowOrigin: server.origin }),
    launchChromium({ allowOrigin: server.origin, extDir: null }),
  ]);
  [ours, theirs] = await Promise.all([ext.context.newPage(), base.context.newPage()]);
  watch = await watchExtension(ours, ext.extensionId);
});
afterAll(async () => {
  await watch?.dispose();
  await Promise.all([ext?.close(), base?.close()]);
  await server?.close();
});

/**
 * Runs in the page: the first drawn range's center and text, if any, outside
 * links and menus (hovering those runs the page's own hover effects, which
 * move its boxes without us).
 */
function firstHighlight(): { x: number; y: number; text: string } | null {
  const interactive =
    'a, button, nav, header, footer, [role="navigation"], [role="menu"], [aria-haspopup]';
  for (const [name, highlight] of CSS.highlights) {
    if (!String(name).startsWith('backstory-')) continue;
    for (const range of highlight) {
      if (!(range instanceof Range)) continue;
      if (range.startContainer.parentElement?.closest(interactive)) continue;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      if (rect && rect.width > 0) {
        return {
          x: rect.left + rect.width / 2,
          y: rect.top + rect.height / 2,
          text: String(range),
        };
      }
    }
  }
  return null;
}

/** A layout snapshot line's element path, without its box (`html>body>div 0,0,10,10`). */
const pathOf = (line: string): string => line.slice(0, line.lastIndexOf(' '));

/** Runs in the page: starts logging layout shifts (without recent input) from now on. */
function startShiftLog(): void {
  const w = window as unknown as { backstoryTestShifts?: number[] };
  if (w.backstoryTestShifts) return;
  const log: number[] = (w.backstoryTestShifts = []);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) log.push(entry.startTime);
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Runs in the page: the layout shifts logged so far (start times). */
function shiftLog(): number[] {
  return (window as unknown as { backstoryTestShifts: number[] }).backstoryTestShifts;
}

/** Runs in the page: milliseconds since the last layout shift (or since navigation). */
function quietForMs(): number {
  const log = (window as unknown as { backstoryTestShifts: number[] }).backstoryTestShifts;
  return performance.now() - (log.at(-1) ?? 0);
}

describe('content script on saved real pages', () => {
  it.each(REAL_PAGES)('$file', async ({ file, entities, maybe = [] }) => {
    const url = server.real(file);
    watch.take();
    await Promise.all([
      ours.goto(url, { waitUntil: 'load' }),
      theirs.goto(url, { waitUntil: 'load' }),
    ]);
    const answer = await readyMentions(await tabMessenger(ext, ours));

    expectEntities(answer.mentions, { entities, maybe });

    await Promise.all([ours.evaluate(startShiftLog), theirs.evaluate(startShiftLog)]);
    await expect.poll(() => ours.evaluate(quietForMs), { timeout: 8000 }).toBeGreaterThan(800);
    const point = await ours.evaluate(firstHighlight);
    await theirs.evaluate(firstHighlight); // the same scrolling, for the same DOM state
    if (point) {
      // Boxes that move by themselves (carousels, timers) over a second without us are ignored,
      // and so are those that the page's own hover effects move in the browser without the
      // extension under the same pointer moves.
      // (Five looks over the second, and a box counts by its path, not its place: an animation
      // can be anywhere in its cycle at each look.)
      const moving = new Set<string>();
      const controls = [];
      for (let look = 0; look < 5; look++) {
        controls.push((await ours.evaluate(snapshotPage)).layout);
        await ours.waitForTimeout(200);
      }
      const [before, theirsBefore] = await Promise.all([
        ours.evaluate(snapshotPage),
        theirs.evaluate(snapshotPage),
      ]);
      for (const control of controls) {
        const { added, removed } = diffSnapshots(control, before.layout);
        for (const line of [...added, ...removed]) moving.add(pathOf(line));
      }
      const [shifts, theirShifts] = await Promise.all([
        ours.evaluate(shiftLog),
        theirs.evaluate(shiftLog),
      ]);
      const hover = async (page: Page) => {
        await page.mouse.move(point.x, point.y + 40);
        await page.mouse.move(point.x, point.y, { steps: 3 });
      };
      await Promise.all([hover(ours), hover(theirs)]);
      const names = answer.mentions.filter((m) => m.text === point.text).map((m) => m.name);
      const dialog = ours.locator('backstory-ui [role="dialog"]');
      await expect.poll(() => dialog.count(), { timeout: 5000 }).toBe(1);
      expect(names).toContain(await dialog.locator('h2').first().textContent());
      const [after, theirsAfter] = await Promise.all([
        ours.evaluate(snapshotPage),
        theirs.evaluate(snapshotPage),
      ]);
      const byPage = diffSnapshots(theirsBefore.layout, theirsAfter.layout);
      for (const line of [...byPage.added, ...byPage.removed]) moving.add(pathOf(line));
      const steady = (lines: string[]) => lines.filter((line) => !moving.has(pathOf(line)));
      expect(diffSnapshots(steady(after.layout), steady(before.layout)), 'boxes moved').toEqual({
        added: [],
        removed: [],
      });
      const [shiftsAfter, theirShiftsAfter] = await Promise.all([
        ours.evaluate(shiftLog),
        theirs.evaluate(shiftLog),
      ]);
      expect(shiftsAfter.length - shifts.length, 'layout shifts').toBeLessThanOrEqual(
        theirShiftsAfter.length - theirShifts.length,
      );
    }

    const [mine, baseline] = await Promise.all([
      ours.evaluate(serializeWithoutUi),
      theirs.evaluate(serializeWithoutUi),
    ]);
    expect(mine === baseline, 'DOM serialization differs from the page without the extension').toBe(
      true,
    );
    expect(watch.take()).toEqual({ errors: [], requests: [] });
  });
});
