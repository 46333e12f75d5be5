/**
 * `npm run eval:link-sample [-- --round N|DIR] [-- --reviewed FILE]`: scores
 * a hand-reviewed link sample (made from the sample that
 * scripts/eval/link-sample.ts draws; method in eval/link-sample/README.md).
 * Without `--round` it scores the latest round, `eval/link-sample/round-<n>/`
 * with the highest n. A bare file argument is taken as `--reviewed FILE`.
 * The round's `sample.jsonl`, when present, is checked to hold the same links
 * in the same order as the review.
 *
 * Prints N, correct, precision (with a 95% Wilson interval), the precision
 * with every borderline call counted as correct and as wrong, precision on
 * article and other pages, by linker rule and by entity kind, the wrong links
 * by error pattern (the optional `pattern` field) and by alias, and every
 * wrong link with its context.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../lib/repo';
import { linkRoundDir } from './link-rounds';

interface Reviewed {
  n: number;
  file: string;
  article?: boolean;
  text: string;
  alias: string;
  entityId: string;
  name: string;
  kind: string;
  rule: string;
  start: number;
  context: string;
  correct: boolean;
  note?: string;
  borderline?: boolean;
  /** The error pattern of a wrong link (see the round's README). */
  pattern?: string;
}

const { values, positionals } = parseArgs({
  options: {
    round: { type: 'string' },
    reviewed: { type: 'string' },
  },
  allowPositionals: true,
});
const reviewedArg = values.reviewed ?? positionals[0];
const dir = reviewedArg === undefined ? linkRoundDir(values.round, 'latest') : undefined;
const file = reviewedArg !== undefined ? resolve(reviewedArg) : join(dir!, 'reviewed.jsonl');
const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as T;
      } catch {
        throw new Error(`${path}:${i + 1}: not JSON`);
      }
    });
const rows = readJsonl<Reviewed>(file).map((row, i) => {
  if (typeof row.correct !== 'boolean') throw new Error(`line ${i + 1}: no "correct" verdict`);
  return row;
});
if (dir && existsSync(join(dir, 'sample.jsonl'))) {
  const sample = readJsonl<Reviewed>(join(dir, 'sample.jsonl'));
  if (sample.length !== rows.length)
    throw new Error(`the sample has ${sample.length} links, the review ${rows.length}`);
  sample.forEach((s, i) => {
    const r = rows[i]!;
    if (s.file !== r.file || s.start !== r.start || s.entityId !== r.entityId)
      throw new Error(`review line ${i + 1} is not sample link #${s.n} (${s.file} ${s.start})`);
  });
}

const pct = (x: number) => x.toFixed(3);
/** 95% Wilson score interval for k successes in n. */
function wilson(k: number, n: number): [number, number] {
  const z = 1.96;
  const p = k / n;
  const centre = p + (z * z) / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  const denominator = 1 + (z * z) / n;
  return [(centre - spread) / denominator, (centre + spread) / denominator];
}

const n = rows.length;
const correct = rows.filter((r) => r.correct).length;
const [low, high] = wilson(correct, n);
const borderline = rows.filter((r) => r.borderline);
const borderlineWrong = borderline.filter((r) => !r.correct).length;
const borderlineRight = borderline.length - borderlineWrong;

console.log(`file: ${relative(repoRoot, file) || file}`);
console.log(`N: ${n}`);
console.log(`correct: ${correct}`);
console.log(`wrong: ${n - correct}`);
console.log(`precision: ${pct(correct / n)} (95% CI ${pct(low)}–${pct(high)}; target ≥ 0.97)`);
console.log(
  `borderline calls: ${borderline.length} (${borderlineRight} counted correct, ${borderlineWrong} wrong); ` +
    `precision if all counted correct: ${pct((correct + borderlineWrong) / n)}, ` +
    `if all counted wrong: ${pct((correct - borderlineRight) / n)}`,
);

const breakdown = (label: string, key: (r: Reviewed) => string | undefined) => {
  console.log(`\n${label}:`);
  const keys = [...new Set(rows.map(key))].filter((k) => k !== undefined).sort();
  for (const k of keys) {
    const of = rows.filter((r) => key(r) === k);
    const ok = of.filter((r) => r.correct).length;
    const [lo, hi] = wilson(ok, of.length);
    console.log(
      `  ${k}: ${ok}/${of.length} = ${pct(ok / of.length)} (95% CI ${pct(lo)}–${pct(hi)})`,
    );
  }
};
breakdown('by page', (r) =>
  r.article === undefined ? undefined : r.article ? 'article pages' : 'other pages',
);
breakdown('by rule', (r) => r.rule);
breakdown('by kind', (r) => r.kind);

const patterns = new Map<string, number>();
for (const r of rows.filter((row) => !row.correct && row.pattern))
  patterns.set(r.pattern!, (patterns.get(r.pattern!) ?? 0) + 1);
if (patterns.size > 0) {
  console.log('\nwrong links by pattern:');
  for (const [pattern, count] of [...patterns].sort((a, b) => b[1] - a[1]))
    console.log(`  ${count}× ${pattern}`);
}

console.log('\nwrong links by alias:');
const byAlias = new Map<string, Reviewed[]>();
for (const r of rows.filter((row) => !row.correct)) {
  const key = `${r.alias} → ${r.entityId}`;
  byAlias.set(key, [...(byAlias.get(key) ?? []), r]);
}
for (const [key, of] of [...byAlias].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`  ${of.length}× ${key} (${of[0]!.rule})`);
}

console.log('\nwrong links:');
for (const r of rows.filter((row) => !row.correct)) {
  console.log(
    `\n#${r.n} ${r.file}: "${r.text}" → ${r.entityId} (${r.name}, ${r.kind}) [${r.rule}]` +
      (r.borderline ? ' (borderline)' : '') +
      (r.pattern ? ` {${r.pattern}}` : ''),
  );
  if (r.note) console.log(`  note: ${r.note}`);
  console.log(`  …${r.context}…`);
}
