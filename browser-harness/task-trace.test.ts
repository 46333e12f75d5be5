import { describe, expect, it } from 'vitest';
import { rendererTasks } from './task-trace';

describe('rendererTasks', () => {
  it('keeps RunTask on renderer main threads only', () => {
    const events = [
      { name: 'thread_name', ph: 'M', pid: 1, tid: 10, ts: 0, args: { name: 'CrRendererMain' } },
      { name: 'thread_name', ph: 'M', pid: 2, tid: 20, ts: 0, args: { name: 'CrBrowserMain' } },
      { name: 'RunTask', ph: 'X', pid: 1, tid: 10, ts: 100, dur: 50 },
      { name: 'RunTask', ph: 'X', pid: 1, tid: 11, ts: 100, dur: 50 }, // a worker thread
      { name: 'RunTask', ph: 'X', pid: 2, tid: 20, ts: 100, dur: 50 }, // the browser
      { name: 'FunctionCall', ph: 'X', pid: 1, tid: 10, ts: 110, dur: 5 },
    ];
    expect(rendererTasks(events)).toEqual([{ pid: 1, start: 100, end: 150 }]);
  });

  it('keeps the thread time of a task where the trace has it', () => {
    const events = [
      { name: 'thread_name', ph: 'M', pid: 1, tid: 10, ts: 0, args: { name: 'CrRendererMain' } },
      { name: 'RunTask', ph: 'X', pid: 1, tid: 10, ts: 100, dur: 50, tdur: 20 },
    ];
    expect(rendererTasks(events)).toEqual([{ pid: 1, start: 100, end: 150, cpu: 20 }]);
  });
});
