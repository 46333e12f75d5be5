import { describe, expect, it } from 'vitest';
import { injections, type InjectionTraceEvent } from './injection-tasks';

const SCRIPT = 'chrome-extension://abc/content-scripts/content.js';
const meta = (pid: number, tid: number, name: string): InjectionTraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
});
const x = (
  name: string,
  pid: number,
  ts: number,
  dur: number,
  tdur: number,
  args?: Record<string, unknown>,
  tid = 1,
): InjectionTraceEvent => ({ name, ph: 'X', pid, tid, ts, dur, tdur, ...(args ? { args } : {}) });

/** One renderer (pid) that injects the script at `at` and runs its code in two later tasks. */
function renderer(pid: number, at: number): InjectionTraceEvent[] {
  return [
    meta(pid, 1, 'CrRendererMain'),
    x('ThreadControllerImpl::RunTask', pid, at, 9000, 8000),
    x('v8.compile', pid, at + 100, 4000, 3500, { data: { url: SCRIPT } }),
    x('v8.run', pid, at + 4200, 4000, 3900, { fileName: SCRIPT }),
    x('ThreadControllerImpl::RunTask', pid, at + 20_000, 6000, 5000),
    x('FunctionCall', pid, at + 20_100, 5000, 4500, { data: { url: SCRIPT } }),
    // A page task: no code of ours in it.
    x('ThreadControllerImpl::RunTask', pid, at + 30_000, 50_000, 40_000),
    x('FunctionCall', pid, at + 30_100, 40_000, 30_000, { data: { url: 'http://page/app.js' } }),
    x('ThreadControllerImpl::RunTask', pid, at + 90_000, 3000, 2000),
    x('FunctionCall', pid, at + 90_100, 1000, 900, { data: { url: SCRIPT } }),
  ];
}

describe('injections', () => {
  it("reads each injection task, its compile, and the renderer's longest task of ours", () => {
    const events = [...renderer(7, 1_000_000), ...renderer(8, 2_000_000)];
    expect(injections(events, '/content-scripts/content.js')).toEqual([
      {
        pid: 7,
        ts: 1_000_000,
        taskMs: 8,
        compileMs: 3.5,
        ownMs: 7.4,
        longestOursMs: 8,
        tasksOfOurs: 3,
      },
      {
        pid: 8,
        ts: 2_000_000,
        taskMs: 8,
        compileMs: 3.5,
        ownMs: 7.4,
        longestOursMs: 8,
        tasksOfOurs: 3,
      },
    ]);
  });

  it('counts a later task of ours when it is longer than the injection', () => {
    const events = renderer(7, 0);
    events.push(
      x('ThreadControllerImpl::RunTask', 7, 200_000, 13_000, 12_000),
      x('FunctionCall', 7, 200_100, 12_000, 11_000, { data: { url: SCRIPT } }),
    );
    expect(injections(events, '/content-scripts/content.js')[0]).toMatchObject({
      taskMs: 8,
      longestOursMs: 12,
      tasksOfOurs: 4,
    });
  });

  it('keeps two injections in one renderer apart', () => {
    const events = [...renderer(7, 0), ...renderer(7, 1_000_000).slice(1)];
    expect(injections(events, '/content-scripts/content.js').map((i) => i.tasksOfOurs)).toEqual([
      3, 3,
    ]);
  });

  it('ignores other scripts, other threads and threads that are not renderer main threads', () => {
    const events = [
      ...renderer(7, 0),
      meta(9, 1, 'CrBrowserMain'),
      x('ThreadControllerImpl::RunTask', 9, 0, 9000, 8000),
      x('v8.run', 9, 100, 4000, 3900, { fileName: SCRIPT }),
      x('ThreadControllerImpl::RunTask', 7, 500_000, 9000, 8000),
      x('v8.run', 7, 500_100, 4000, 3900, { fileName: 'chrome-extension://abc/other.js' }),
    ];
    expect(injections(events, '/content-scripts/content.js')).toHaveLength(1);
  });
});
