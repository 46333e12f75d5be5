/**
 * Page scan in real browsers: our content script on saved real pages and
 * generated news pages of about 50 KB, 300 KB and 1 MB of text, with the
 * bundled pack and generated 1k / 10k / 100k-alias packs, next to the floor
 * (a bare TreeWalker pass over every text node) and mark.js highlighting the
 * same alias list, all in the same run. Chromium is traced and profiled;
 * Firefox runs a smaller set from the slice runner's own measures.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../browser-harness/chromium';
import { launchFirefox } from '../browser-harness/firefox';
import { realPagesDir } from '../browser-harness/paths';
import { startServer, type StaticServer } from '../browser-harness/server';
import {
  BLANK_PAGE,
  measureBaseline,
  measureOurs,
  prepareSession,
  type PageOp,
} from './browser/chromium-scan';
import { firefoxBaseline, firefoxOurs, firefoxTab } from './browser/firefox-scan';
import { bareWalk, markArrayRun, markRegExpRun } from './browser/in-page';
import { alternation, packAliases, type PackAlias } from './browser/match-check';
import { checkMatches } from './browser/match-run';
import { SampleTable } from './browser/samples';
import { equalityPage, scanPages, SIZES, type ScanPage } from './browser/scan-pages';
import { markArrayCounts, scanSection, type ScanResults } from './browser/scan-report';
import { buildVariants, extDirFor, VARIANTS, type BuiltVariant } from './browser/variants';
import type { BenchContext, Section } from './types';

/** Which pages each pack is measured on in Chromium. */
const PLAN: Record<string, string[]> = {
  bundled: ['real-50k', 'real-300k', 'real-1m', 'gen-50k', 'gen-300k', 'gen-1m'],
  '1k': ['gen-50k', 'gen-300k'],
  '10k': ['gen-50k', 'gen-300k'],
  '100k': ['gen-50k', 'gen-300k'],
};
const FIREFOX_PAGES = ['real-50k', 'gen-50k', 'gen-300k'];
const ARRAY_PAGES = ['real-50k', 'gen-50k'];
/** Firefox's clock has 1 ms steps: its floor is the mean of walks over this long. */
const FIREFOX_WALK_MS = 50;
/** mark.js takes seconds at these packs: measured in the first run only. */
const MARK_ONCE = new Set(['10k', '100k']);

async function loadAliases(variant: BuiltVariant): Promise<PackAlias[]> {
  return packAliases(JSON.parse(await readFile(variant.matcherPath, 'utf8')));
}

/** The Chromium without the extension, and the tab every baseline loads in. */
interface Baseline {
  session: ChromiumSession;
  tab: Page;
}

async function chromiumPack(
  ctx: BenchContext,
  results: ScanResults,
  variant: BuiltVariant,
  pages: readonly ScanPage[],
  base: Baseline,
  server: StaticServer,
  runs: number,
): Promise<void> {
  const id = variant.spec.id;
  const aliases = await loadAliases(variant);
  results.aliases[id] = aliases.length;
  const regex = alternation(aliases.map((a) => a.text));
  const ext = await launchChromium({
    allowOrigin: server.origin,
    extDir: extDirFor(variant, 'chrome'),
  });
  try {
    await prepareSession(ext);
    const blank = server.addPage('blank.html', BLANK_PAGE);
    if (id !== 'bundled') {
      results.matches[id] = await checkMatches(
        ext,
        base.session,
        equalityPage(server).url,
        aliases,
      );
    }
    const tab = await ext.context.newPage();
    for (let run = 0; run < runs; run++) {
      for (const page of pages.filter((p) => PLAN[id]!.includes(p.id))) {
        ctx.log(`[page-scan] chromium ${id} ${page.id} run ${run + 1}/${runs}`);
        const key = `${page.id}|${id}`;
        const ours = await measureOurs(ext, tab, page.url, blank);
        const markNow = run === 0 || !MARK_ONCE.has(id);
        const [walk, mark] = await measureBaseline(base.tab, page.url, [
          (p) => p.evaluate(bareWalk, 0),
          ...(markNow ? [(p: Page) => p.evaluate(markRegExpRun, regex)] : []),
        ]);
        results.chromium.add(key, {
          cpu: ours.cpuMs,
          wall: ours.wallMs,
          longest: ours.longestTaskMs,
          longestWall: ours.longestTaskWallMs,
          longTasks: ours.longTasks,
          forced: ours.forcedLayouts,
          forcedStyles: ours.forcedStyles,
          frame: ours.drawn > 0 ? ours.frameMs : undefined,
          drawn: ours.drawn,
          walk: walk!.ms,
          walkChars: walk!.chars,
          mark: mark?.ms,
          markTask: mark?.taskMs,
          markFrame: mark?.frameMs,
          marks: mark?.count,
        });
      }
    }
  } finally {
    await ext.close();
  }
}

/** mark.js `mark(array)` at small keyword counts, against our scan with the bundled pack. */
async function markArrays(
  ctx: BenchContext,
  results: ScanResults,
  bundled: PackAlias[],
  pages: readonly ScanPage[],
  base: Baseline,
  runs: number,
): Promise<void> {
  // Strong aliases (full names) first, so the 10 keywords are names.
  const all = [...new Set([...bundled.filter((a) => a.strong), ...bundled].map((a) => a.text))];
  const counts = markArrayCounts(all.length);
  for (let run = 0; run < runs; run++) {
    for (const page of pages.filter((p) => ARRAY_PAGES.includes(p.id))) {
      ctx.log(`[page-scan] mark(array) ${page.id} run ${run + 1}/${runs}`);
      for (const n of counts) {
        const op: PageOp = (p) => p.evaluate(markArrayRun, { keywords: all.slice(0, n) });
        const [result] = await measureBaseline(base.tab, page.url, [op]);
        results.arrays.add(`${page.id}|${n}`, { mark: result!.ms, marks: result!.count });
      }
    }
  }
}

async function firefox(
  ctx: BenchContext,
  results: ScanResults,
  bundled: BuiltVariant,
  aliases: PackAlias[],
  pages: readonly ScanPage[],
  server: StaticServer,
  runs: number,
): Promise<void> {
  const allowOrigin = server.origin;
  const ext = await launchFirefox({ allowOrigin, extDir: extDirFor(bundled, 'firefox') });
  const base = await launchFirefox({ allowOrigin, extDir: null });
  const blank = server.addPage('blank.html', BLANK_PAGE);
  const regex = alternation(aliases.map((a) => a.text));
  try {
    const oursTab = await firefoxTab(ext, blank);
    const baseTab = await firefoxTab(base, blank);
    for (let run = 0; run < runs; run++) {
      for (const page of pages.filter((p) => FIREFOX_PAGES.includes(p.id))) {
        ctx.log(`[page-scan] firefox bundled ${page.id} run ${run + 1}/${runs}`);
        const ours = await firefoxOurs(oursTab, page.url);
        const [walk, mark] = await firefoxBaseline(baseTab, page.url, [
          (p) => p.evaluate(bareWalk, FIREFOX_WALK_MS),
          (p) => p.evaluate(markRegExpRun, regex),
        ]);
        results.firefox.add(page.id, {
          busy: ours.busyMs,
          longest: ours.longestMs,
          wall: ours.wallMs,
          walk: walk!.meanMs,
          mark: mark!.ms,
        });
      }
    }
  } finally {
    await Promise.all([ext.close(), base.close()]);
  }
}

export async function run(outer: BenchContext): Promise<Section> {
  const started = Date.now();
  const ctx: BenchContext = {
    ...outer,
    log: (line) => outer.log(`${line} (${Math.round((Date.now() - started) / 1000)} s)`),
  };
  const runs = ctx.quick ? 1 : 3;
  const sizes = ctx.quick ? SIZES.slice(0, 1) : SIZES;
  const variants = await buildVariants(ctx.root, VARIANTS, ctx.log);
  const server = await startServer();
  const results: ScanResults = {
    pages: [],
    aliases: {},
    matches: {},
    chromium: new SampleTable(),
    arrays: new SampleTable(),
    firefox: new SampleTable(),
  };
  const bundled = variants.find((v) => v.spec.id === 'bundled')!;
  const bundledAliases = await loadAliases(bundled);
  try {
    results.pages = await scanPages(server, realPagesDir, join(ctx.root, 'data'), sizes);
    const session = await launchChromium({ allowOrigin: server.origin, extDir: null });
    try {
      await prepareSession(session);
      const base: Baseline = { session, tab: await session.context.newPage() };
      for (const variant of variants) {
        await chromiumPack(ctx, results, variant, results.pages, base, server, runs);
      }
      await markArrays(ctx, results, bundledAliases, results.pages, base, runs);
    } finally {
      await session.close();
    }
    await firefox(ctx, results, bundled, bundledAliases, results.pages, server, runs);
  } finally {
    await server.close();
  }
  return scanSection(results, PLAN);
}
