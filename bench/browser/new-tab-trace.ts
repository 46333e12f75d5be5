/**
 * Loads pages in new tabs of a fresh Chromium with one extension, with no
 * DevTools session on any page, and returns Chromium's startup trace of it.
 *
 * Why not Playwright: it attaches a DevTools session to every page, and with
 * one attached Blink captures source locations (for postMessage, console and
 * more) that make V8 re-parse whole scripts, in the middle of the task being
 * measured. Tabs are opened and closed through the DevTools HTTP endpoint
 * (`/json/new`, `/json/close`), which attaches nothing. Every host name but
 * 127.0.0.1 fails to resolve, so saved pages load the same way every time.
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from '../../browser-harness/chromium';
import type { InjectionTraceEvent } from './injection-tasks';

export interface NewTabOptions {
  /** Unpacked extension folder. */
  extDir: string;
  /** Loaded one after another, each in a new tab that is closed after `dwellMs`. */
  urls: readonly string[];
  dwellMs?: number;
  categories?: readonly string[];
}

/** Tasks with thread time, script compile and run, and the calls into each script. */
const CATEGORIES = ['toplevel', '__metadata', 'v8', 'devtools.timeline'];
const STARTUP_MS = 5000;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function until<T>(
  what: string,
  timeoutMs: number,
  probe: () => T | undefined,
  everyMs = 250,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

export async function traceNewTabs(options: NewTabOptions): Promise<InjectionTraceEvent[]> {
  const { extDir, urls, dwellMs = 2500, categories = CATEGORIES } = options;
  const profile = await mkdtemp(join(tmpdir(), 'backstory-newtab-'));
  const traceFile = join(profile, 'trace.json');
  const seconds = Math.ceil((STARTUP_MS + urls.length * (dwellMs + 600) + 3000) / 1000);
  const child = spawn(
    '/usr/bin/chromium',
    [
      ...chromiumArgs(extDir),
      '--headless',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      `--trace-startup=${categories.join(',')}`,
      `--trace-startup-file=${traceFile}`,
      `--trace-startup-duration=${seconds}`,
      '--trace-startup-format=json',
      'about:blank',
    ],
    // Its own process group, so that killing it ends the renderers too.
    { stdio: 'ignore', detached: true },
  );
  try {
    const portFile = join(profile, 'DevToolsActivePort');
    const port = await until('Chromium to start', 30_000, () =>
      existsSync(portFile) ? statSync(portFile).size > 0 || undefined : undefined,
    ).then(async () => (await readFile(portFile, 'utf8')).split('\n')[0]);
    await sleep(STARTUP_MS);
    for (const url of urls) {
      const response = await fetch(`http://127.0.0.1:${port}/json/new?${url}`, { method: 'PUT' });
      const { id } = (await response.json()) as { id: string };
      await sleep(dwellMs);
      await fetch(`http://127.0.0.1:${port}/json/close/${id}`);
      await sleep(300);
    }
    // Chromium writes the trace when its duration ends; wait until the file stops growing.
    let last = -1;
    await until(
      'the startup trace',
      (seconds + 60) * 1000,
      () => {
        const size = existsSync(traceFile) ? statSync(traceFile).size : -1;
        const done = size > 0 && size === last;
        last = size;
        return done || undefined;
      },
      1000,
    );
    const trace = JSON.parse(await readFile(traceFile, 'utf8')) as {
      traceEvents: InjectionTraceEvent[];
    };
    return trace.traceEvents;
  } finally {
    const exited = new Promise((done) =>
      child.exitCode === null ? child.once('exit', done) : done(null),
    );
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
    await exited;
    await rm(profile, { recursive: true, force: true });
  }
}
