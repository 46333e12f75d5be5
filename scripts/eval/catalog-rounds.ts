/**
 * Where the catalog-review rounds live: `eval/catalog-sample/round-<n>/`, one
 * folder per pack reviewed, each with its `sample.jsonl`, `reviewed.jsonl`,
 * `meta.json` (which pack was drawn from) and `README.md`.
 *
 * `--round` accepts a round number (`2`), a folder name under
 * eval/catalog-sample (`round-2`) or any folder path.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from '../lib/repo';

export const catalogSampleDir = join(repoRoot, 'eval/catalog-sample');

/** The round folders under eval/catalog-sample, by round number. */
export function rounds(): { n: number; dir: string }[] {
  if (!existsSync(catalogSampleDir)) return [];
  return readdirSync(catalogSampleDir, { withFileTypes: true })
    .map((d) => ({ d, m: /^round-(\d+)$/.exec(d.name) }))
    .filter(({ d, m }) => d.isDirectory() && m)
    .map(({ d, m }) => ({ n: Number(m![1]), dir: join(catalogSampleDir, d.name) }))
    .sort((a, b) => a.n - b.n);
}

/** The folder a `--round` argument names; without one, the latest round or the next new one. */
export function roundDir(arg: string | undefined, fallback: 'latest' | 'next'): string {
  if (arg !== undefined) {
    if (/^\d+$/.test(arg)) return join(catalogSampleDir, `round-${arg}`);
    if (/^round-\d+$/.test(arg)) return join(catalogSampleDir, arg);
    return resolve(arg);
  }
  const all = rounds();
  const last = all.at(-1);
  if (fallback === 'latest') {
    if (!last) throw new Error(`no round-<n> folder in ${catalogSampleDir}`);
    return last.dir;
  }
  return join(catalogSampleDir, `round-${(last?.n ?? 0) + 1}`);
}
