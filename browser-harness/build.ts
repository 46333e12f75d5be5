/**
 * Builds the extension once for an e2e run when `.output/` is missing or older
 * than any source file, so `npx vitest --config tests/e2e/vitest.config.ts`
 * always tests the current code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromeExtDir, firefoxExtDir, repoRoot } from './paths';

/** Everything a build reads. */
const sources = [
  'entrypoints',
  'components',
  'core',
  'page',
  'card-controller',
  'messaging',
  'storage',
  'assets',
  'public',
  'data',
  'pipeline',
  'build',
  'wxt.config.ts',
  'package.json',
  'package-lock.json',
];

/** Newest modification time under `path` (0 if absent). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

/** True when a build is missing or older than the newest source file. */
export function isBuildStale(): boolean {
  const manifests = [chromeExtDir, firefoxExtDir].map((dir) => join(dir, 'manifest.json'));
  if (!manifests.every(existsSync)) return true;
  const built = Math.min(...manifests.map((m) => statSync(m).mtimeMs));
  const changed = Math.max(...sources.map((s) => newest(join(repoRoot, s))));
  return changed > built;
}

/**
 * Runs `npm run build` (Chrome and Firefox) if the build is stale; throws if it
 * fails. `E2E_SKIP_BUILD=1` uses `.output/` as it is.
 */
export function ensureBuilt(): void {
  if (process.env.E2E_SKIP_BUILD === '1' || !isBuildStale()) return;
  // Progress goes to stderr: the bench prints its report on stdout.
  console.error('[e2e] building the extension (npm run build)…');
  const run = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: ['ignore', 2, 2] });
  if (run.status !== 0) throw new Error(`npm run build failed (exit ${run.status})`);
}
