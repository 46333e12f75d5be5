import { describe, expect, it } from 'vitest';
import type { CpuProfile } from '../../tests/e2e/sweep/cpu-profile';
import {
  forcedInside,
  mainThreadOf,
  nextCommitEnd,
  profileSpans,
  spanMs,
  tasksOf,
  tasksWith,
  threadMs,
  oursInTask,
  type TraceEvent,
} from './trace-metrics';

const main = { pid: 1, tid: 1 };
const x = (name: string, ts: number, dur: number, thread = main): TraceEvent => ({
  name,
  cat: 'devtools.timeline',
  ph: 'X',
  ts,
  dur,
  ...thread,
});

// Time (µs):   0        1000      2000      3000      4000      5000
// tasks:       [task A: our script, forced layout][page task ][commit]   [task C]
const events: TraceEvent[] = [
  { name: 'thread_name', cat: '__metadata', ph: 'M', ts: 0, pid: 1, tid: 1, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', cat: '__metadata', ph: 'M', ts: 0, pid: 2, tid: 2, args: { name: 'CrRendererMain' } },
  { name: 'backstory-task', cat: 'blink.user_timing', ph: 'b', ts: 100, pid: 1, tid: 1 },
  x('RunTask', 0, 1500),
  x('FunctionCall', 100, 1300),
  x('Layout', 200, 300), // forced: inside our script
  x('UpdateLayoutTree', 600, 100), // forced style
  x('RunTask', 2000, 500),
  x('Layout', 2100, 200), // the page's own task
  x('RunTask', 3000, 400),
  x('UpdateLayoutTree', 3050, 100), // rendering, not inside a script
  x('Commit', 3300, 50),
  x('RunTask', 4500, 300),
  x('Commit', 4700, 20),
  x('RunTask', 0, 9000, { pid: 2, tid: 2 }),
]; // prettier-ignore

describe('trace metrics', () => {
  it('finds the renderer main thread that recorded a user timing', () => {
    expect(mainThreadOf(events, 'backstory-task')).toEqual(main);
    expect(mainThreadOf(events, 'missing')).toBeUndefined();
  });

  it('lists the tasks of a thread in time order', () => {
    expect(tasksOf(events, main).map((t) => t.ts)).toEqual([0, 2000, 3000, 4500]);
  });

  it('keeps the tasks during which a span ran', () => {
    const tasks = tasksOf(events, main);
    const ours = tasksWith(tasks, [
      [100, 300],
      [1400, 1600], // overlaps task A's end
      [4600, 4700],
    ]);
    expect(ours.map((t) => t.ts)).toEqual([0, 4500]);
    expect(tasksWith(tasks, [])).toEqual([]);
  });

  it('counts style and layout forced inside a script of the given tasks only', () => {
    const tasks = tasksOf(events, main);
    const ours = forcedInside(events, main, [tasks[0]!]);
    expect(ours.layouts.map((e) => e.ts)).toEqual([200]);
    expect(ours.styles.map((e) => e.ts)).toEqual([600]);
    expect(forcedInside(events, main, [tasks[1]!, tasks[2]!])).toEqual({ layouts: [], styles: [] });
  });

  it('finds the end of the next commit', () => {
    expect(nextCommitEnd(events, main, 1500)).toBe(3350);
    expect(nextCommitEnd(events, main, 3400)).toBe(4720);
    expect(nextCommitEnd(events, main, 5000)).toBeUndefined();
  });
});

describe('profileSpans', () => {
  // Nodes: 1 root → 2 page script → 3 ours (called from the page: still ours) ;
  //        1 root → 4 ours → 5 native (DOM work called by us)
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: { url: '' }, children: [2, 4] },
      { id: 2, callFrame: { url: 'http://page/app.js' }, children: [3] },
      { id: 3, callFrame: { url: 'chrome-extension://abc/content.js' } },
      { id: 4, callFrame: { url: 'chrome-extension://abc/content.js' }, children: [5] },
      { id: 5, callFrame: { url: '' } },
    ],
    startTime: 1000,
    endTime: 1700,
    samples: [2, 3, 5, 4, 1, 4],
    timeDeltas: [0, 100, 100, 100, 100, 100],
  };

  it('joins consecutive samples with our frames into spans', () => {
    const spans = profileSpans(profile, 'chrome-extension://abc/');
    expect(spans).toEqual([
      [1100, 1400],
      [1500, 1700],
    ]);
    expect(spanMs(spans)).toBeCloseTo(0.5);
    expect(profileSpans(profile, 'chrome-extension://other/')).toEqual([]);
  });
});

describe('threadMs', () => {
  it('is the thread time of an event, or its duration when the trace has none', () => {
    expect(threadMs({ ...x('RunTask', 0, 12_000), tdur: 4_000 })).toBe(4);
    expect(threadMs(x('RunTask', 0, 12_000))).toBe(12);
  });
});

describe('oursInTask', () => {
  it('sums our spans inside the task, capped by its thread time', () => {
    // Task 0–10 ms, 4 ms on the CPU; our spans: 1–3, 5–9 (inside), 9.5–12 (half in), 12–13 (after).
    const task = { ...x('RunTask', 0, 10_000), tdur: 4_000 };
    const spans: [number, number][] = [
      [1000, 3000],
      [5000, 9000],
      [9500, 12_000],
      [12_000, 13_000],
    ];
    expect(oursInTask(task, spans)).toEqual({ wallMs: 6.5, ms: 4 });
    expect(oursInTask({ ...task, tdur: 9_000 }, spans)).toEqual({ wallMs: 6.5, ms: 6.5 });
  });
});
