/**
 * The injection task in a new renderer: the one task of ours that no step size
 * bounds, because Chromium compiles and runs the whole content script in it.
 * Measured the way a reader meets it: each page in a new tab of a browser with
 * no DevTools session on any page (bench/browser/new-tab-trace.ts), our build
 * next to an extension whose content script is one statement, launched in
 * turn, in the same run. Also the longest task of ours while the page loads,
 * and the page kit's share of the task it is injected in.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../browser-harness/server';
import { injections, type Injection } from './browser/injection-tasks';
import { traceNewTabs } from './browser/new-tab-trace';
import { buildVariants, extDirFor, VARIANTS } from './browser/variants';
import { fmt, median } from './stats';
import type { BenchContext, Section } from './types';

/** A 1.9 MB React page, a 63 KB news front page and a 99 KB article. */
const PAGES = ['www.reddit.com.html', 'www.nytimes.com.html', 'www.macrumors.com.html'];
const SCRIPT = '/content-scripts/content.js';
/** The spotting engine and the card UI, injected at document_end (entrypoints/page-kit.ts). */
const KIT = '/page-kit.js';
const GOAL_MS = 10;

/** An extension whose content script does nothing: the cost of injecting any script. */
async function emptyExtension(): Promise<{ dir: string; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'backstory-empty-ext-'));
  await mkdir(join(dir, 'content-scripts'));
  const manifest = {
    manifest_version: 3,
    name: 'Empty content script',
    version: '1.0',
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', js: [SCRIPT.slice(1)] },
    ],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, SCRIPT.slice(1)), 'void 0;\n');
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

interface Load extends Injection {
  page: string;
  /** The first tab of its browser: everything is cold. */
  first: boolean;
  /** The page kit's injection, in the builds that have one. */
  kit?: Injection;
}

/** Loads every page `rounds` times in new tabs of one browser with `extDir`. */
async function loads(
  extDir: string,
  urls: string[],
  rounds: number,
  withKit: boolean,
): Promise<Load[]> {
  const order = Array.from({ length: rounds }, () => urls).flat();
  const events = await traceNewTabs({ extDir, urls: order });
  const of = (script: string) => {
    const found = injections(events, script);
    if (found.length !== order.length)
      throw new Error(`expected ${order.length} injections of ${script}, found ${found.length}`);
    return found;
  };
  const kits = withKit ? of(KIT) : [];
  return of(SCRIPT).map((f, i) => ({
    ...f,
    page: PAGES[urls.indexOf(order[i]!)]!,
    first: i === 0,
    ...(withKit ? { kit: kits[i]! } : {}),
  }));
}

export async function run(ctx: BenchContext): Promise<Section> {
  const launches = ctx.quick ? 1 : 2;
  const rounds = ctx.quick ? 1 : 3;
  const [bundled] = await buildVariants(
    ctx.root,
    VARIANTS.filter((v) => v.id === 'bundled'),
    ctx.log,
  );
  const server = await startServer();
  const empty = await emptyExtension();
  const ours: Load[] = [];
  const base: Load[] = [];
  try {
    const urls = PAGES.map((p) => server.real(p));
    for (let i = 0; i < launches; i++) {
      ctx.log(`[inject] launch ${i + 1}/${launches}: ours`);
      ours.push(...(await loads(extDirFor(bundled!, 'chrome'), urls, rounds, true)));
      ctx.log(`[inject] launch ${i + 1}/${launches}: empty content script`);
      base.push(...(await loads(empty.dir, urls, rounds, false)));
    }
  } finally {
    await empty.dispose();
    await server.close();
  }

  const warm = (xs: Load[]) => xs.filter((x) => !x.first);
  const row = (label: string, o: Load[], b: Load[]) => {
    const task = o.map((x) => x.taskMs);
    const longest = o.map((x) => x.longestOursMs);
    const kit = o.map((x) => x.kit?.ownMs ?? 0);
    return [
      label,
      o.length,
      `${fmt.ms(median(task))} / ${fmt.ms(Math.max(...task))}`,
      fmt.ms(median(o.map((x) => x.compileMs))),
      fmt.ms(median(b.map((x) => x.taskMs))),
      fmt.x(median(task) / median(b.map((x) => x.taskMs))),
      `${fmt.ms(median(longest))} / ${fmt.ms(Math.max(...longest))}`,
      `${fmt.ms(median(kit))} / ${fmt.ms(Math.max(...kit))}`,
    ];
  };
  const byPage = PAGES.map((p) =>
    row(
      p,
      warm(ours).filter((x) => x.page === p),
      warm(base).filter((x) => x.page === p),
    ),
  );
  const firsts = row(
    'first tab of a fresh browser',
    ours.filter((x) => x.first),
    base.filter((x) => x.first),
  );
  const warmTasks = warm(ours).map((x) => x.taskMs);
  const longest = ours.map((x) => Math.max(x.longestOursMs, x.kit?.ownMs ?? 0));
  const over = longest.filter((ms) => ms > GOAL_MS).length;

  return {
    id: 'inject',
    title: 'Injection task in a new renderer (Chromium, no DevTools attached)',
    tables: [
      {
        columns: [
          'page (new tab)',
          'loads',
          'injection task ms (median / worst)',
          'compile ms',
          'empty script ms',
          'ours ÷ empty',
          'longest task of ours ms (median / worst)',
          'page kit ms (median / worst)',
        ],
        rows: [...byPage, firsts],
      },
    ],
    goals: [
      {
        label: 'injection task in a new tab, median',
        target: `≤ ${GOAL_MS} ms`,
        actual: `${fmt.ms(median(warmTasks))} ms`,
        pass: median(warmTasks) <= GOAL_MS,
      },
      {
        label: 'loads with a task of ours over 10 ms (first tabs and the page kit included)',
        target: '0',
        actual: `${over} of ${longest.length}`,
        pass: over === 0,
      },
    ],
    notes: [
      `Thread time from Chromium's startup trace; ${launches} browser launch(es) per extension, in turn, each loading the ${PAGES.length} pages ${rounds} time(s) in new tabs.`,
      'The empty script is one statement: its injection task is what any content script costs (the isolated world, the script load).',
      "The page kit is injected at document_end, inside the page's DOMContentLoaded task: its column is its own compile and run, not that task.",
      'Pages are served from loopback; every other host name fails to resolve.',
    ],
    data: { ours, empty: base },
  };
}
