/**
 * Reads a Chromium trace for each injection of one content script: the task
 * that compiled and ran it (thread time, and the compile within it), and the
 * longest of the tasks in which that script's code ran afterwards in the same
 * renderer. Pure: trace events in, numbers out.
 */
import type { TraceEvent } from './trace-metrics';

/** A trace event; the category is not read. */
export type InjectionTraceEvent = Omit<TraceEvent, 'cat'>;

export interface Injection {
  pid: number;
  /** Start of the injection task, µs on the trace clock. */
  ts: number;
  /** Thread time of the injection task, ms. */
  taskMs: number;
  /** Thread time compiling the script, ms (0 if the trace has no compile event). */
  compileMs: number;
  /**
   * Compile plus run, ms: the script's own share of the task. A script injected
   * at `document_end` runs inside the page's DOMContentLoaded task.
   */
  ownMs: number;
  /** Thread time of the longest task of this renderer that ran the script's code, ms. */
  longestOursMs: number;
  /** How many tasks of this renderer ran the script's code. */
  tasksOfOurs: number;
}

const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
/** Events that name the script whose code they run. */
const CODE_EVENTS = new Set(['v8.run', 'v8.compile', 'EvaluateScript', 'FunctionCall']);

const endOf = (e: InjectionTraceEvent) => e.ts + (e.dur ?? 0);
const cpuMs = (e: InjectionTraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;

/** The script URL an event names, if any (`args.fileName` or `args.data.url`). */
function scriptOf(e: InjectionTraceEvent): string | undefined {
  const args = e.args ?? {};
  if (typeof args.fileName === 'string') return args.fileName;
  const data = args.data as { url?: unknown } | undefined;
  return typeof data?.url === 'string' ? data.url : undefined;
}

/** The outermost task on `e`'s thread that contains it. */
function taskAround(
  tasks: readonly InjectionTraceEvent[],
  e: InjectionTraceEvent,
): InjectionTraceEvent | undefined {
  let best: InjectionTraceEvent | undefined;
  for (const t of tasks) {
    if (t.pid !== e.pid || t.tid !== e.tid || t.ts > e.ts || endOf(t) <= e.ts) continue;
    if (!best || (t.dur ?? 0) > (best.dur ?? 0)) best = t;
  }
  return best;
}

/**
 * Every injection of the script whose URL ends with `scriptPath`, in trace
 * order. Only renderer main threads count (`CrRendererMain` in the metadata).
 */
export function injections(
  events: readonly InjectionTraceEvent[],
  scriptPath: string,
): Injection[] {
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name')
      .filter((e) => (e.args as { name?: string } | undefined)?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  const tasks = onMain.filter((e) => TASK_NAMES.has(e.name));
  const ours = onMain.filter(
    (e) => CODE_EVENTS.has(e.name) && (scriptOf(e) ?? '').endsWith(scriptPath),
  );
  const runs = ours.filter((e) => e.name === 'v8.run').sort((a, b) => a.ts - b.ts);

  const result: Injection[] = [];
  const found = runs.flatMap((run) => {
    const task = taskAround(tasks, run);
    return task ? [{ run, task }] : [];
  });
  for (const [i, { run, task }] of found.entries()) {
    // Tasks up to the next injection in the same renderer belong to this one.
    const next = found.slice(i + 1).find((f) => f.run.pid === run.pid)?.task.ts ?? Infinity;
    const compile = ours.find(
      (e) => e.name === 'v8.compile' && e.pid === run.pid && e.ts >= task.ts && e.ts < endOf(task),
    );
    const ourTasks = new Set<InjectionTraceEvent>();
    for (const e of ours) {
      if (e.pid !== run.pid || e.tid !== run.tid || e.ts < task.ts || e.ts >= next) continue;
      const around = taskAround(tasks, e);
      if (around) ourTasks.add(around);
    }
    result.push({
      pid: run.pid,
      ts: task.ts,
      taskMs: cpuMs(task),
      compileMs: compile ? cpuMs(compile) : 0,
      ownMs: (compile ? cpuMs(compile) : 0) + cpuMs(run),
      longestOursMs: Math.max(...[...ourTasks].map(cpuMs)),
      tasksOfOurs: ourTasks.size,
    });
  }
  return result;
}
