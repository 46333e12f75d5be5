/**
 * Hover: our cost per pointer move while the pointer sweeps across lines of
 * highlighted text in Chromium (the pointermove listener, plus the hit test
 * that runs once per animation frame), next to the floor measured the same
 * way in the same run: a page listener doing one `caretPositionFromPoint`
 * per move.
 */
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { startServer } from '../tests/e2e/harness/server';
import { prepareSession, waitForScan } from './browser/chromium-scan';
import { hoverPath, sweep, sweepBaseline, type HoverRun } from './browser/hover-run';
import { ratio } from './browser/samples';
import { generatedPage, SIZES } from './browser/scan-pages';
import { buildVariants, extDirFor, VARIANTS } from './browser/variants';
import { fmt, median, spread } from './stats';
import type { BenchContext, Section } from './types';

const GOAL_MS = 0.1;
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
/** Handler time per pointer move of one sweep: listener time plus frame callbacks, over the moves. */
const perMove = (r: HoverRun) => (sum(r.listenerMs) + sum(r.frameMs)) / Math.max(1, r.moves);
const cell = (values: number[], digits = 4) =>
  `${median(values).toFixed(digits)} ${values.length > 1 ? fmt.spread(spread(values)) : ''}`.trim();

export async function run(ctx: BenchContext): Promise<Section> {
  const runs = ctx.quick ? 1 : 5;
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
        ours.push(await sweep(tab, path, (url) => url.startsWith(prefix), prefix));
        floor.push(await sweepBaseline(base, page.url, path));
      } finally {
        await tab.close();
      }
    }
  } finally {
    await Promise.all([ext.close(), base.close()]);
    await server.close();
  }

  const oursPerMove = ours.map(perMove);
  const floorPerMove = floor.map(perMove);
  const frames = ours.flatMap((r) => r.frameMs);
  const worst = Math.max(...oursPerMove);
  return {
    id: 'hover',
    title: 'Hover: our handler time per pointer move (Chromium)',
    tables: [
      {
        title: `Sweeping ${points} pointer moves across highlighted lines of a generated 50 KB page, bundled pack (ms, median ±spread of ${runs} sweeps)`,
        columns: ['', 'per move', 'listener per move', 'hit test per frame (median / max)', 'frames hit-tested', 'all our time ÷ moves (profile)', 'ours ÷ floor'],
        rows: [
          ['ours', cell(oursPerMove), cell(ours.flatMap((r) => r.listenerMs)), `${median(frames).toFixed(3)} / ${Math.max(0, ...frames).toFixed(3)}`, Math.round(median(ours.map((r) => r.frameMs.length))), cell(ours.map((r) => r.profiledMs / Math.max(1, r.moves))), ratio(median(oursPerMove), median(floorPerMove))],
          ['floor: caretPositionFromPoint per move', cell(floorPerMove), cell(floor.flatMap((r) => r.listenerMs)), '—', '—', '—', '1.00×'],
        ],
      },
    ], // prettier-ignore
    goals: [
      {
        label: 'our handler time per pointer move (worst sweep)',
        target: `< ${GOAL_MS} ms`,
        actual: `${worst.toFixed(4)} ms`,
        pass: worst < GOAL_MS,
      },
    ],
    notes: [
      'Per move: our script time in every pointermove dispatch plus in every animation frame callback (the hit test runs at most once per frame), over the number of moves; from the trace’s FunctionCall events attributed to our content script.',
      '“All our time ÷ moves” is every CPU-profile sample with our code on the stack during the sweep (hover intent and any card opened included).',
    ],
    data: { points, ours, floor },
  };
}
