/**
 * Watches one Chromium page over CDP for what the extension does there: errors
 * and console errors from its isolated world or its scripts, requests its
 * scripts start, and a CPU profile of the main thread.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { CpuProfile } from '../../../browser-harness/cpu-profile';

interface CallFrame {
  url: string;
}
interface StackTrace {
  callFrames: CallFrame[];
  parent?: StackTrace;
}

/** True when any frame of `stack` (or its async parents) is in `prefix`. */
function stackIsOurs(stack: StackTrace | undefined, prefix: string): boolean {
  for (let s = stack; s; s = s.parent)
    if (s.callFrames.some((f) => f.url.startsWith(prefix))) return true;
  return false;
}

export interface ExtensionWatch {
  /** Errors and console errors attributable to the extension, and the requests its
   * scripts started, since the last call; clears both. */
  take(): { errors: string[]; requests: string[] };
  startProfile(): Promise<void>;
  stopProfile(): Promise<CpuProfile>;
  dispose(): Promise<void>;
}

/** Starts watching `page` for the extension at `chrome-extension://<extensionId>/`. */
export async function watchExtension(page: Page, extensionId: string): Promise<ExtensionWatch> {
  const prefix = `chrome-extension://${extensionId}/`;
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const ourContexts = new Set<number>();
  const errors: string[] = [];
  const requests: string[] = [];

  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith(prefix.slice(0, -1))) ourContexts.add(context.id);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const ours =
      ourContexts.has(d.executionContextId ?? -1) ||
      (d.url ?? '').startsWith(prefix) ||
      stackIsOurs(d.stackTrace, prefix);
    if (ours) errors.push(`exception: ${d.exception?.description ?? d.text}`);
  });
  cdp.on('Runtime.consoleAPICalled', (event) => {
    if (event.type !== 'error' && event.type !== 'assert') return;
    if (!ourContexts.has(event.executionContextId) && !stackIsOurs(event.stackTrace, prefix))
      return;
    const text = event.args.map((a) => a.description ?? String(a.value)).join(' ');
    errors.push(`console.${event.type}: ${text}`);
  });
  cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
    if (request.url.startsWith(prefix)) return; // our own packaged files, not the network
    if ((initiator.url ?? '').startsWith(prefix) || stackIsOurs(initiator.stack, prefix)) {
      requests.push(request.url);
    }
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Network.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });

  return {
    take: () => ({ errors: errors.splice(0), requests: requests.splice(0) }),
    startProfile: async () => void (await cdp.send('Profiler.start')),
    stopProfile: async () => (await cdp.send('Profiler.stop')).profile as CpuProfile,
    dispose: () => cdp.detach().catch(() => undefined),
  };
}
