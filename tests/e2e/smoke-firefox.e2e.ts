// The built extension installs in Firefox, its content script runs on a
// localhost page, and its popup renders for that page's tab.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from '../../browser-harness/firefox';
import { startServer, type StaticServer } from '../../browser-harness/server';
import { contentScriptRan, pageSawNothing, popupRendered, popupSearches } from './smoke-checks';

let server: StaticServer;
let session: FirefoxSession;

beforeAll(async () => {
  server = await startServer();
  session = await launchFirefox({ allowOrigin: server.origin });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Firefox smoke', () => {
  it('runs the content script on a localhost page and renders the popup', async () => {
    const page = await session.openPage(server.page('smoke-kerry.html'));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await contentScriptRan(page);
    await pageSawNothing(page);

    const popup = await session.openPopup(await session.tabIdOf(page));
    popup.on('pageerror', (e) => errors.push(String(e)));
    await popupRendered(popup);
    await popupSearches(popup);
    expect(errors).toEqual([]);
    expect(session.blocked).toEqual([]);
  });
});
