/**
 * Where the link-sample rounds live: `eval/link-sample/round-<n>/`, one folder
 * per pack reviewed, each with its `sample.jsonl`, `reviewed.jsonl`,
 * `meta.json` (which pack was linked, the per-page figures, the seed),
 * `pages.tsv` (the per-page table) and `README.md`.
 *
 * `--round` accepts a round number (`2`), a folder name under
 * eval/link-sample (`round-2`) or any folder path.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from '../lib/repo';

export const linkSampleDir = join(repoRoot, 'eval/link-sample');

/** The round folders under eval/link-sample, by round number. */
export function linkRounds(): { n: number; dir: string }[] {
  if (!existsSync(linkSampleDir)) return [];
  return readdirSync(linkSampleDir, { withFileTypes: true })
    .map((d) => ({ d, m: /^round-(\d+)$/.exec(d.name) }))
    .filter(({ d, m }) => d.isDirectory() && m)
    .map(({ d, m }) => ({ n: Number(m![1]), dir: join(linkSampleDir, d.name) }))
    .sort((a, b) => a.n - b.n);
}

/**
 * The folder a `--round` argument names; without one, the latest round
 * (for scoring) or the next new one (for drawing a sample).
 */
export function linkRoundDir(arg: string | undefined, fallback: 'latest' | 'next'): string {
  if (arg !== undefined) {
    if (/^\d+$/.test(arg)) return join(linkSampleDir, `round-${arg}`);
    if (/^round-\d+$/.test(arg)) return join(linkSampleDir, arg);
    return resolve(arg);
  }
  const last = linkRounds().at(-1);
  if (fallback === 'latest') {
    if (!last) throw new Error(`no round-<n> folder in ${linkSampleDir}`);
    return last.dir;
  }
  return join(linkSampleDir, `round-${(last?.n ?? 0) + 1}`);
}
