/**
 * Scores the hand review of the catalog sample (eval/catalog-sample/README.md):
 * kind accuracy, common nouns, and the share of entities that duplicate no
 * other entity, against the issue's targets (≥95% kinds right, no common
 * noun, ≥98% duplicate-free), then lists every failure and the error patterns.
 *
 * Usage: `tsx scripts/eval/catalog-score.ts [--round N|DIR] [--reviewed FILE] [--sample FILE]`
 * (`npm run eval:catalog`). Without `--round` it scores the latest round,
 * `eval/catalog-sample/round-<n>/` with the highest n. The round's sample,
 * when present, is checked to be in the same order as the review.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../lib/repo';
import { roundDir } from './catalog-rounds';

const { values } = parseArgs({
  options: {
    round: { type: 'string' },
    reviewed: { type: 'string' },
    sample: { type: 'string' },
  },
});
const dir = roundDir(values.round, 'latest');
const reviewedFile = values.reviewed ?? join(dir, 'reviewed.jsonl');
const sampleFile = values.sample ?? join(dir, 'sample.jsonl');

interface Review {
  id: string;
  name: string;
  kind: string;
  kindCorrect: boolean;
  expectedKind?: string;
  commonNoun: boolean;
  duplicateOf?: string;
  note?: string;
  /** Error patterns (see the README); informational ones too. */
  patterns?: string[];
  /** The earlier round whose verdict was carried over after checking it still holds. */
  carriedFrom?: string;
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch {
        throw new Error(`${file}:${i + 1}: not JSON`);
      }
    });
}

const reviews = readJsonl<Review>(reviewedFile);
for (const [i, r] of reviews.entries()) {
  if (
    typeof r.id !== 'string' ||
    typeof r.kindCorrect !== 'boolean' ||
    typeof r.commonNoun !== 'boolean'
  )
    throw new Error(`${reviewedFile}:${i + 1}: needs id, kindCorrect and commonNoun`);
}
if (existsSync(sampleFile)) {
  const sample = readJsonl<{ id: string }>(sampleFile);
  const mismatch = sample.findIndex((s, i) => reviews[i]?.id !== s.id);
  if (sample.length !== reviews.length || mismatch >= 0)
    throw new Error(
      `review and sample differ (${reviews.length} vs ${sample.length} lines, first at line ${mismatch + 1})`,
    );
}

const n = reviews.length;
const pct = (k: number, of = n): string => `${((100 * k) / of).toFixed(1)}%`;
const kindRight = reviews.filter((r) => r.kindCorrect).length;
const named = reviews.filter((r) => !r.commonNoun);
const namedKindRight = named.filter((r) => r.kindCorrect).length;
const commonNouns = reviews.filter((r) => r.commonNoun);
const dupFree = reviews.filter((r) => !r.duplicateOf).length;
const verdict = (ok: boolean): string => (ok ? 'meets target' : 'MISSES target');

const metaFile = join(dir, 'meta.json');
const meta = existsSync(metaFile)
  ? (JSON.parse(readFileSync(metaFile, 'utf8')) as { packHash?: string; cardsSha256?: string })
  : undefined;
console.log(
  `Round ${relative(repoRoot, dir)}${meta?.cardsSha256 ? ` (cards.json ${meta.cardsSha256.slice(0, 12)}…)` : ''}`,
);
const carried = reviews.filter((r) => r.carriedFrom).length;
console.log(
  `N = ${n}${carried ? ` (${carried} verdicts carried over, ${n - carried} fresh)` : ''}`,
);
console.log(
  `Kind right:       ${kindRight}/${n} = ${pct(kindRight)} (target ≥95%: ${verdict(kindRight / n >= 0.95)})`,
);
console.log(
  `  among named entities (common nouns left out): ${namedKindRight}/${named.length} = ${pct(namedKindRight, named.length)}`,
);
console.log(
  `Common nouns:     ${commonNouns.length} (target 0: ${verdict(commonNouns.length === 0)})`,
);
console.log(
  `Duplicate-free:   ${dupFree}/${n} = ${pct(dupFree)} (target ≥98%: ${verdict(dupFree / n >= 0.98)})`,
);

const line = (r: Review): string =>
  `  ${r.id} (${r.name}, ${r.kind})${r.note ? `: ${r.note}` : ''}`;
const kindWrong = reviews.filter((r) => !r.kindCorrect);
console.log(`\nWrong kind (${kindWrong.length}):`);
for (const r of kindWrong) console.log(`${line(r)} → expected ${r.expectedKind ?? '?'}`);
console.log(`\nCommon nouns (${commonNouns.length}):`);
for (const r of commonNouns) console.log(line(r));
const dups = reviews.filter((r) => r.duplicateOf);
console.log(`\nDuplicates (${dups.length}):`);
for (const r of dups) console.log(`  ${r.id} = ${r.duplicateOf}${r.note ? `: ${r.note}` : ''}`);

const patterns = new Map<string, string[]>();
for (const r of reviews)
  for (const p of r.patterns ?? []) patterns.set(p, [...(patterns.get(p) ?? []), r.id]);
console.log('\nPatterns:');
for (const [p, ids] of [...patterns].sort(
  (a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1),
))
  console.log(
    `  ${p} (${ids.length}): ${ids.slice(0, 4).join(', ')}${ids.length > 4 ? ', …' : ''}`,
  );
