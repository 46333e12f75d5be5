/**
 * Hover: our cost per pointer move while the pointer sweeps across lines of
 * highlighted text in Chromium (the pointermove listener, plus the hit test
 * that runs once per animation frame), next to the floor measured the same
 * way in the same run: a page listener doing one `caretPositionFromPoint`
 * per move.
 */
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../browser-harness/chromium';
import { startServer } from '../browser-harness/server';
import { prepareSession, waitForScan } from './browser/chromium-scan';
import { hoverPath, sweep, sweepBaseline, type HoverRun } from './browser/hover-run';
import { ratio } from './browser/samples';
import { generatedPage, SIZES } from './browser/scan-pages';
import { buildVariants, extDirFor, VARIANTS } from './browser/variants';
import { fmt, median, spread } from './stats';
import type { BenchContext, Section } from './types';

const GOAL_MS = 0.1;
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
/** Mean handler time per pointer move of one sweep: listener time plus frame callbacks, over the moves. */
const meanPerMove = (r: HoverRun) => (sum(r.listenerMs) + sum(r.frameMs)) / Math.max(1, r.moves);
/**
 * Typical handler time per move: the median listener call plus the median
 * frame callback times callbacks per move. Unlike the mean, a call the OS
 * preempted on a loaded machine does not move it.
 */
const typicalPerMove = (r: HoverRun) =>
  median(r.listenerMs) +
  (r.frameMs.length ? median(r.frameMs) * (r.frameMs.length / Math.max(1, r.moves)) : 0);
const cell = (values: number[], digits = 3) =>
  `${median(values).toFixed(digits)} ${values.length > 1 ? fmt.spread(spread(values)) : ''}`.trim();

export async function run(ctx: BenchContext): Promise<Section> {
  const runs = ctx.quick ? 1 : 3;
  const [bundled] = await buildVariants(
    ctx.root,
    VARIANTS.filter((v) => v.id === 'bundled'),
    ctx.log,
  );
  const server = await startServer();
  const ext = await launchChromium({
    allowOrigin: server.origin,
    extDir: extDirFor(bundled!, 'chrome'),
  });
  const base = await launchChromium({ allowOrigin: server.origin, extDir: null });
  const ours: HoverRun[] = [];
  const floor: HoverRun[] = [];
  const empty: HoverRun[] = [];
  let points = 0;
  try {
    await Promise.all([prepareSession(ext), prepareSession(base)]);
    const page = await generatedPage(server, join(ctx.root, 'data'), SIZES[0]);
    const prefix = `chrome-extension://${ext.extensionId}/`;
    for (let i = 0; i < runs; i++) {
      ctx.log(`[hover] run ${i + 1}/${runs}`);
      const tab = await ext.openPage(page.url);
      try {
        await waitForScan(tab, 60_000);
        const path = await hoverPath(tab);
        points = path.length;
        ours.push(...(await sweep(tab, path, [(url) => url.startsWith(prefix)])));
        const baseline = await sweepBaseline(base, page.url, path);
        floor.push(baseline.floor);
        empty.push(baseline.empty);
      } finally {
        await tab.close();
      }
    }
  } finally {
    await Promise.all([ext.close(), base.close()]);
    await server.close();
  }

  const oursTypical = ours.map(typicalPerMove);
  const floorTypical = floor.map(typicalPerMove);
  const frames = ours.flatMap((r) => r.frameMs).sort((a, b) => a - b);
  const p95 = frames[Math.floor(frames.length * 0.95)] ?? NaN;
  const worst = Math.max(...oursTypical);
  const load = loadavg()[0] ?? 0;
  return {
    id: 'hover',
    title: 'Hover: our handler time per pointer move (Chromium)',
    tables: [
      {
        title: `Sweeping ${points} pointer moves across highlighted lines of a generated 50 KB page, bundled pack (ms, median ±spread of ${runs} sweeps)`,
        columns: ['', 'per move (typical)', 'per move (mean)', 'listener call (median)', 'frame callback: median / p95 / max', 'frame callbacks per move', 'ours ÷ floor (typical)'],
        rows: [
          ['ours', cell(oursTypical), cell(ours.map(meanPerMove)), cell(ours.flatMap((r) => r.listenerMs)), frames.length ? `${median(frames).toFixed(3)} / ${p95.toFixed(3)} / ${Math.max(...frames).toFixed(1)}` : '— (none)', (frames.length / Math.max(1, sum(ours.map((r) => r.moves)))).toFixed(2), ratio(median(oursTypical), median(floorTypical))],
          ['floor: caretPositionFromPoint per move', cell(floorTypical), cell(floor.map(meanPerMove)), cell(floor.flatMap((r) => r.listenerMs)), '—', '—', '1.00×'],
          ['a listener that does nothing', cell(empty.map(typicalPerMove)), cell(empty.map(meanPerMove)), cell(empty.flatMap((r) => r.listenerMs)), '—', '—', ratio(median(empty.map(typicalPerMove)), median(floorTypical))],
        ],
      },
    ], // prettier-ignore
    goals: [
      {
        label: 'our handler time per pointer move (typical, worst sweep)',
        target: `< ${GOAL_MS} ms`,
        actual: `${worst.toFixed(4)} ms`,
        pass: worst < GOAL_MS,
      },
    ],
    notes: [
      'From the trace’s FunctionCall events attributed to our content script: its time in every pointermove dispatch and in every animation frame callback (the hit test runs at most once per frame: in the move’s listener when its frame had none yet, else in a frame callback). Mean: all of it over the moves. Typical: median listener call + median frame callback × callbacks per move.',
      `Load average (1 min) at the end: ${load.toFixed(1)} on ${cpus().length} cores; long single calls on a loaded machine are mostly preemption, which the typical figure leaves out.`,
      'The trace records only `devtools.timeline` and user timing (no profiler), so its own cost per call stays small; it is the same on both sides. Timers started by hover intent (a card opening after the pointer rests) are not pointer-move work and are not counted.',
    ],
    data: { points, ours, floor, empty },
  };
}
