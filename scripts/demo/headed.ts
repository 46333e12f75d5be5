/**
 * Demo with a display: a Chromium window on the demo page with highlights and
 * a hover card open, and the popup for that tab in a small window beside it.
 * Resolves when the person closes the browser (or presses Ctrl+C).
 */
import { launchChromium } from '../../browser-harness/chromium';
import { waitForBackstoryHighlights } from '../../browser-harness/highlights';
import { hoverFirstMention } from './screenshots';

/** The slice of `chrome.windows` used to open the popup as a window. */
interface ChromeWindows {
  windows: { create(data: object): Promise<unknown> };
}

export async function runHeaded(url: string, origin: string): Promise<void> {
  const session = await launchChromium({
    allowOrigin: origin,
    headless: false,
    viewport: { width: 1200, height: 820 },
  });
  const closed = new Promise<void>((done) => session.context.on('close', () => done()));
  const stop = () => void session.close();
  process.once('SIGINT', stop);
  try {
    const page = await session.openPage(url);
    for (const other of session.context.pages()) if (other !== page) await other.close();
    await waitForBackstoryHighlights(page);
    const tabId = await session.tabIdOf(page);
    const worker = await session.worker();
    await worker.evaluate(
      async ({ tabId, extensionId }) => {
        const { chrome } = globalThis as unknown as { chrome: ChromeWindows };
        const popupUrl = `chrome-extension://${extensionId}/popup.html?tabId=${tabId}`;
        await chrome.windows.create({
          url: popupUrl,
          type: 'popup',
          width: 420,
          height: 620,
          left: 1220,
          top: 40,
        });
      },
      { tabId, extensionId: session.extensionId },
    );
    await page.bringToFront();
    const hovered = await hoverFirstMention(page);
    console.log(
      `Backstory demo: highlights on ${url}, card open over "${hovered}", popup beside it.`,
    );
    console.log(
      'Point at other names to see their cards. Close the browser or press Ctrl+C to end.',
    );
    await closed;
  } finally {
    process.off('SIGINT', stop);
    await session.close().catch(() => undefined);
  }
}
