// The built extension loads in Chromium, its content script runs on a
// localhost page, and its popup renders for that page's tab.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../browser-harness/chromium';
import { startServer, type StaticServer } from '../../browser-harness/server';
import { contentScriptRan, pageSawNothing, popupRendered, popupSearches } from './smoke-checks';

let server: StaticServer;
let session: ChromiumSession;

beforeAll(async () => {
  server = await startServer();
  session = await launchChromium({ allowOrigin: server.origin });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Chromium smoke', () => {
  it('loads the extension with its service worker', () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('runs the content script on a localhost page and renders the popup', async () => {
    const page = await session.openPage(server.page('smoke-kerry.html'));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await contentScriptRan(page);
    await pageSawNothing(page);

    const popup = await session.openPopup(await session.tabIdOf(page));
    popup.on('pageerror', (e) => errors.push(e.message));
    await popupRendered(popup);
    await popupSearches(popup);
    expect(errors).toEqual([]);
    expect(session.blocked).toEqual([]);
  });
});
