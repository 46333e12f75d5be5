/**
 * Records the renderer main threads' tasks (`RunTask` on `CrRendererMain`) over a
 * browser-wide CDP trace, to cut a CPU profile into tasks (cpu-profile.ts). Only
 * the DevTools timeline category is traced, which keeps a page's trace small.
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
  /** Thread time, µs. */
  tdur?: number;
  args?: { name?: string };
}

export interface TaskTracer {
  start(): Promise<void>;
  /** Ends the trace and returns the renderers' main-thread tasks. */
  stop(): Promise<TraceTask[]>;
  dispose(): Promise<void>;
}

/** Tasks on the renderer main threads named in the trace's metadata. */
export function rendererTasks(events: readonly TraceEvent[]): TraceTask[] {
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`))
    .map(taskOf);
}

/** A complete trace event (`ph: 'X'`) as a task, with its thread time when traced. */
export function taskOf(e: Pick<TraceEvent, 'pid' | 'ts' | 'dur' | 'tdur'>): TraceTask {
  return {
    pid: e.pid,
    start: e.ts,
    end: e.ts + (e.dur ?? 0),
    ...(e.tdur === undefined ? {} : { cpu: e.tdur }),
  };
}

/** A tracer for the whole browser of `context` (Chromium only), started and stopped per page. */
export async function createTaskTracer(context: BrowserContext): Promise<TaskTracer> {
  const browser = context.browser();
  if (!browser) throw new Error('tracing needs the browser');
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  let events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    events.push(...(value as unknown as TraceEvent[]));
  });
  return {
    async start() {
      events = [];
      await cdp.send('Tracing.start', {
        transferMode: 'ReportEvents',
        traceConfig: {
          includedCategories: ['disabled-by-default-devtools.timeline', '__metadata'],
          excludedCategories: ['*'],
        },
      });
    },
    async stop() {
      const complete = new Promise<void>((done) =>
        cdp.once('Tracing.tracingComplete', () => done()),
      );
      await cdp.send('Tracing.end');
      await complete;
      return rendererTasks(events);
    },
    dispose: () => cdp.detach().catch(() => undefined),
  };
}
