/**
 * Records one page of a Chromium session over CDP while something happens in
 * it: a trace (tasks, style and layout, frames, user timing) and a V8 CPU
 * profile (whose code ran), on the same clock.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { CpuProfile } from '../../browser-harness/cpu-profile';
import type { TraceEvent } from './trace-metrics';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'blink.user_timing',
];

export interface Recording {
  events: TraceEvent[];
  profile: CpuProfile;
}

export interface RecordOptions {
  /** Trace categories (default: tasks, style and layout, frames, scripts, user timing). */
  categories?: readonly string[];
  /** Run the CPU profiler too (default true; without it `profile` is empty). */
  profile?: boolean;
}

export interface Probe {
  readonly cdp: CDPSession;
  /** Traces (and profiles) while `during` runs. */
  record(during: () => Promise<void>, options?: RecordOptions): Promise<Recording>;
  /** V8 heap in use after a full GC, in bytes (JS heap plus Blink's, if reported). */
  heapAfterGc(): Promise<{ js: number; embedder: number }>;
  dispose(): Promise<void>;
}

/** Attaches to `page`; `intervalUs` is the profiler's sampling interval. */
export async function attachProbe(page: Page, intervalUs = 100): Promise<Probe> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  return {
    cdp,
    async record(during, { categories = CATEGORIES, profile: profiling = true } = {}) {
      const events: TraceEvent[] = [];
      const onData = ({ value }: { value: object[] }) =>
        void events.push(...(value as unknown as TraceEvent[]));
      cdp.on('Tracing.dataCollected', onData);
      const complete = new Promise<void>((done) =>
        cdp.once('Tracing.tracingComplete', () => done()),
      );
      await cdp.send('Tracing.start', {
        traceConfig: { includedCategories: [...categories] },
        transferMode: 'ReportEvents',
      });
      if (profiling) await cdp.send('Profiler.start');
      let profile: CpuProfile = { nodes: [], startTime: 0, endTime: 0 };
      try {
        await during();
      } finally {
        if (profiling) profile = (await cdp.send('Profiler.stop')).profile as CpuProfile;
        await cdp.send('Tracing.end');
        await complete;
        cdp.off('Tracing.dataCollected', onData);
      }
      return { events, profile };
    },
    async heapAfterGc() {
      await cdp.send('HeapProfiler.enable');
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const usage = (await cdp.send('Runtime.getHeapUsage')) as {
        usedSize: number;
        embedderHeapUsedSize?: number;
      };
      return { js: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? 0 };
    },
    dispose: () => cdp.detach().catch(() => undefined),
  };
}
