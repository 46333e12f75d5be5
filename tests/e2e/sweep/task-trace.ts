/**
 * Records the renderer main threads' tasks (`RunTask` on `CrRendererMain`) over a
 * browser-wide CDP trace, to cut a CPU profile into tasks (cpu-profile.ts).
 */
import type { BrowserContext, CDPSession } from 'playwright-core';
import type { TraceTask } from './cpu-profile';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

export interface TaskTrace {
  /** Ends the trace and returns the renderers' main-thread tasks. */
  stop(): Promise<TraceTask[]>;
}

/** Starts tracing the whole browser of `context` (Chromium only). */
export async function startTaskTrace(context: BrowserContext): Promise<TaskTrace> {
  const browser = context.browser();
  if (!browser) throw new Error('tracing needs the browser');
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const events: TraceEvent[] = [];
  cdp.on(
    'Tracing.dataCollected',
    ({ value }) => void events.push(...(value as unknown as TraceEvent[])),
  );
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel', '__metadata'] },
  });
  return {
    async stop() {
      const complete = new Promise<void>((done) =>
        cdp.once('Tracing.tracingComplete', () => done()),
      );
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach().catch(() => undefined);
      const main = new Set(
        events
          .filter(
            (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
          )
          .map((e) => `${e.pid}:${e.tid}`),
      );
      return events
        .filter((e) => e.name === 'RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`))
        .map((e) => ({ pid: e.pid, start: e.ts, end: e.ts + (e.dur ?? 0) }));
    },
  };
}
