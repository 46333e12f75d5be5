/**
 * `npm run eval:links [-- --pack DIR] [-- --verbose] [-- --json FILE]`
 *
 * Scores the linker on the labelled pages of eval/links/ (rules and method in
 * its README): each page's visible text, spotted with the pack's matcher
 * (default generated/pack) and the page's own date, against its label.
 * Prints one line per page, then precision and recall over all pages, trap
 * hits and word-internal links; `--verbose` adds every miss, wrong link and
 * trap hit with its context. `--json FILE` writes the figures for a benchmark
 * or a test. Exits non-zero only when the labels or the pack cannot be read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { realPagesDir } from '../../browser-harness/paths';
import type { MatcherPack } from '../../core/matcher-pack';
import { createSpotter, type Mention } from '../../core/spotter';
import { readSavedPage } from '../../tests/unit/real-pages-text';
import { repoRoot } from '../lib/repo';
import { failedTrapChecks, TRAP_PAGES } from '../../tests/fixtures/traps/traps';
import {
  readKeptTitles,
  readLabels,
  scorePage,
  totals,
  withKeptTitles,
  type PageScore,
  type ScoredMention,
} from './link-labels';

const { values: args } = parseArgs({
  options: {
    pack: { type: 'string', default: join(repoRoot, 'generated/pack') },
    verbose: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});

const matcher = JSON.parse(readFileSync(join(args.pack, 'matcher.json'), 'utf8')) as MatcherPack;
const spotter = createSpotter(matcher);
const known = new Set<string>();
{
  const cards = JSON.parse(readFileSync(join(args.pack, 'cards.json'), 'utf8')) as {
    entities: { id: string; wikipedia?: string }[];
  };
  for (const e of cards.entities) known.add(e.wikipedia ?? `id:${e.id}`);
}
const keyOf = (m: Mention): string => m.wikipedia ?? `id:${m.entityId}`;

const keptTitles = readKeptTitles();
const labels = readLabels().map((l) => withKeptTitles(l, keptTitles));
const window = new Window();
const scores: PageScore[] = [];
const unknown: string[] = [];
const oneLine = (s: string) => s.replace(/\s+/g, ' ');

for (const label of labels) {
  const html = readFileSync(join(realPagesDir, label.file), 'utf8');
  const { text, date } = readSavedPage(new window.DOMParser(), html);
  const mentions = spotter.spot(text, date ? { pageDate: date } : {});
  const scored: ScoredMention[] = mentions.map((m) => ({
    start: m.start,
    end: m.end,
    key: keyOf(m),
  }));
  const score = scorePage(text, scored, label);
  scores.push(score);
  for (const e of [...label.expect, ...label.maybe]) {
    if (!known.has(e.wikipedia)) unknown.push(`${label.file}: ${e.wikipedia}`);
  }
  const page = `${label.file.padEnd(36)} ${String(score.hits.length).padStart(3)} hit ${String(score.misses.length).padStart(3)} miss ${String(score.wrong.length).padStart(3)} wrong ${String(score.trapHits.length).padStart(2)} trap`;
  console.log(page);
  if (!args.verbose) continue;
  const show = (key: string) => {
    const m = mentions.find((x) => keyOf(x) === key)!;
    return `${m.rule}: …${oneLine(text.slice(Math.max(0, m.start - 50), m.start))}⟦${m.text}⟧${oneLine(text.slice(m.end, m.end + 30))}…`;
  };
  for (const k of score.misses) console.log(`    miss   ${k}`);
  for (const k of score.wrong) console.log(`    wrong  ${k}  ${show(k)}`);
  for (const t of score.trapHits) console.log(`    trap   "${t.name}" in "${t.text}" → ${t.got}`);
  for (const t of score.trapsNotFound) console.log(`    trap text not in page: "${t}"`);
  for (const m of score.wordInternal) console.log(`    word-internal ${m.key} @${m.start}`);
}

const t = totals(scores, labels);
console.log(
  `\n${t.pages} labelled pages: ${t.hits} hits, ${t.misses} misses, ${t.wrong} wrong links (${t.trapHits} of ${t.traps} traps hit), ${t.wordInternal} word-internal`,
);
console.log(`precision ${t.precision.toFixed(3)}  recall ${t.recall.toFixed(3)}`);
const notFound = scores.flatMap((s) => s.trapsNotFound.map((x) => `${s.file}: "${x}"`));
if (notFound.length) console.log(`trap texts not in their page:\n  ${notFound.join('\n  ')}`);
if (unknown.length)
  console.log(`labelled titles the pack does not have:\n  ${unknown.join('\n  ')}`);

// The trap pages: one ambiguity each.
const trapFailures: string[] = [];
let trapChecks = 0;
for (const trapPage of TRAP_PAGES) {
  const html = readFileSync(join(repoRoot, 'tests/fixtures/traps', trapPage.file), 'utf8');
  const { text, date } = readSavedPage(new window.DOMParser(), html);
  const mentions = spotter.spot(text, date ? { pageDate: date } : {});
  const scored = mentions.map((m) => ({ start: m.start, end: m.end, key: keyOf(m) }));
  trapChecks += trapPage.checks.length;
  trapFailures.push(...failedTrapChecks(trapPage, text, scored));
}
console.log(
  `\ntrap pages: ${trapChecks - trapFailures.length} of ${trapChecks} checks pass on ${TRAP_PAGES.length} pages`,
);
for (const f of trapFailures) console.log(`  FAIL ${f}`);
if (args.json) {
  const figures = { ...t, unknown, notFound, trapChecks, trapFailures };
  writeFileSync(args.json, JSON.stringify(figures, null, 2) + '\n');
}
