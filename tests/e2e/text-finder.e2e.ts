// The text finder's XPath queries (page/text-finder.ts) against a walk of the
// same DOM, on saved real pages in Chromium and Firefox: the unit tests run the finder on
// happy-dom, which has no XPath, so this is where its expressions meet a real
// engine. Both sides run in one synchronous evaluation, so the page cannot
// change between them.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../browser-harness/chromium';
import { launchFirefox, type FirefoxSession } from '../../browser-harness/firefox';
import { startServer, type StaticServer } from '../../browser-harness/server';
import { XPATHS } from '../../page/text-finder';
import { allRealPages, spread } from './sweep/pages';

let server: StaticServer;
let chromium: ChromiumSession;
let firefox: FirefoxSession;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  [chromium, firefox] = await Promise.all([
    launchChromium({ allowOrigin: server.origin, extDir: null }),
    launchFirefox({ allowOrigin: server.origin, extDir: null }),
  ]);
  page = await chromium.context.newPage();
});
afterAll(async () => {
  await Promise.all([chromium?.close(), firefox?.close()]);
  await server?.close();
});

/** Runs in the page: where the XPath answers and a DOM walk differ, and how much was compared. */
function compare(paths: typeof XPATHS) {
  const hasText = /[^ \t\r\n]/;
  const snapshot = (path: string, el: Node) => {
    const r = document.evaluate(path, el, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
    return Array.from({ length: r.snapshotLength }, (_, i) => r.snapshotItem(i));
  };
  const walk = (el: Node, show: number) => {
    const nodes: Node[] = [];
    const walker = document.createTreeWalker(el, show);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    return nodes;
  };
  const texts = (el: Node) =>
    walk(el, NodeFilter.SHOW_TEXT).filter((n) => hasText.test((n as Text).data));
  const same = (a: (Node | null)[], b: Node[]) =>
    a.length === b.length && a.every((n, i) => n === b[i]);
  // The body and its largest children: each query as the finder asks it of a part.
  const parts = [document.body, ...Array.from(document.body.children)]
    .sort((a, b) => b.getElementsByTagName('*').length - a.getElementsByTagName('*').length)
    .slice(0, 4);
  const problems: string[] = [];
  for (const el of parts) {
    const name = el.localName;
    if (!same(snapshot(paths.texts, el), texts(el))) problems.push(`texts of ${name}`);
    const kids = Array.from(el.childNodes).filter(
      (n) =>
        n.nodeType === Node.ELEMENT_NODE ||
        (n.nodeType === Node.TEXT_NODE && hasText.test((n as Text).data)),
    );
    if (!same(snapshot(paths.children, el), kids)) problems.push(`children of ${name}`);
  }
  return { problems, texts: texts(document.body).length };
}

const largest = 'www.reddit.com.html';
const pages = [...new Set([...spread(allRealPages(), 12), largest])];
const firefoxPages = [...new Set([largest, ...spread(pages, 3)])];

describe('the text finder’s XPath', () => {
  it.each(pages)('finds what a walk finds on %s in Chromium', async (file) => {
    await page.goto(server.real(file), { waitUntil: 'load' });
    const { problems, texts } = await page.evaluate(compare, XPATHS);
    expect(problems).toEqual([]);
    expect(texts).toBeGreaterThan(0);
  });

  it.each(firefoxPages)('finds what a walk finds on %s in Firefox', async (file) => {
    const tab = await firefox.openPage(server.real(file));
    try {
      const { problems, texts } = await tab.evaluate(compare, XPATHS);
      expect(problems).toEqual([]);
      expect(texts).toBeGreaterThan(0);
    } finally {
      await tab.close();
    }
  });
});
