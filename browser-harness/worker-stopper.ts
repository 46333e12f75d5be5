/**
 * Stops the extension's service worker on demand (Chromium, over CDP), as
 * Chromium does after about 30 s idle, so that benches can time what a cold
 * worker costs: the next message starts it again.
 */
import type { Page } from 'playwright-core';

export interface WorkerStopper {
  /** Stops the worker and waits until Chromium says it is stopped (at most 5 s). */
  stop(): Promise<void>;
}

/** Watches the worker's state through `extPage`, an extension page of the session's context. */
export async function workerStopper(extPage: Page): Promise<WorkerStopper> {
  const cdp = await extPage.context().newCDPSession(extPage);
  let status = 'running';
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) {
      if (v.scriptURL.endsWith('/background.js')) status = v.runningStatus;
    }
  });
  await cdp.send('ServiceWorker.enable');
  return {
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      const deadline = Date.now() + 5000;
      while (status !== 'stopped' && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
      }
      await new Promise((r) => setTimeout(r, 200));
    },
  };
}
