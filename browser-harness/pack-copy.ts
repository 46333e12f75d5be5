/**
 * The background's IndexedDB copy of the pack (storage/pack-store.ts), read
 * from one of the extension's pages: how far its fill is, and a wait for it
 * to be complete. Benches and e2e tests measure and check the worker with it.
 */

/** An extension page of either harness (Playwright's or Puppeteer's). */
interface ExtensionPage {
  evaluate(script: string): Promise<unknown>;
}

export interface PackCopyProgress {
  parts: number;
  shards: number;
  complete: boolean;
}

/** Runs in an extension page (a string: no bundler helpers); null before the fill starts. */
const READ_PROGRESS = `new Promise((resolve, reject) => {
  const open = indexedDB.open('backstory-pack');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains('meta')) { db.close(); resolve(null); return; }
    const get = db.transaction('meta').objectStore('meta').get('progress');
    get.onsuccess = () => {
      db.close();
      const p = get.result;
      resolve(p ? { parts: p.parts.length, shards: p.shards.length, complete: p.complete } : null);
    };
  };
})`;

/** The copy's progress, read in `extensionPage`. */
export async function packCopyProgress(
  extensionPage: ExtensionPage,
): Promise<PackCopyProgress | null> {
  return (await extensionPage.evaluate(READ_PROGRESS)) as PackCopyProgress | null;
}

/** Waits until the copy is complete; returns the seconds waited. Throws after `timeoutMs`. */
export async function waitForPackCopy(
  extensionPage: ExtensionPage,
  timeoutMs = 180_000,
): Promise<number> {
  const start = Date.now();
  for (;;) {
    const progress = await packCopyProgress(extensionPage);
    if (progress?.complete) return (Date.now() - start) / 1000;
    if (Date.now() - start > timeoutMs) {
      throw new Error(`pack copy not complete after ${timeoutMs} ms: ${JSON.stringify(progress)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
