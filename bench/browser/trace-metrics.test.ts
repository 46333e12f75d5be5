import { describe, expect, it } from 'vitest';
import {
  forcedInside,
  mainThreadOf,
  nextCommitEnd,
  tasksOf,
  tasksWith,
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
