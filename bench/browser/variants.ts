/**
 * Builds of the extension with different knowledge packs, for the browser
 * benches. Each variant is built in a copy of the working tree (node_modules
 * linked) under the system temp folder, with `BACKSTORY_DATA` pointing at a
 * generated data folder, so the repository's own `.output/` and
 * `generated/pack/` are never touched. Builds are cached by a hash of every
 * file the build reads.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBenchData } from './corpus';

export type BrowserName = 'chrome' | 'firefox';

export interface VariantSpec {
  /** `bundled`, `1k`, `10k`, `100k`. */
  id: string;
  /** Generated people added to the bundled data (two aliases each). */
  people: number;
  /** Browsers to build for (Chrome first). */
  browsers: readonly BrowserName[];
}

export interface BuiltVariant {
  spec: VariantSpec;
  /** Unpacked extension folder. */
  extDir: string;
  /** The matcher pack the build bundled (generated/pack/matcher.json of the copy). */
  matcherPath: string;
}

/** The packs the browser benches compare. */
export const VARIANTS: readonly VariantSpec[] = [
  { id: 'bundled', people: 0, browsers: ['chrome', 'firefox'] },
  { id: '1k', people: 500, browsers: ['chrome'] },
  { id: '10k', people: 5000, browsers: ['chrome'] },
  { id: '100k', people: 50_000, browsers: ['chrome'] },
];

/** Bump when the corpus generator changes what it writes. */
const CORPUS_VERSION = 1;
export const cacheRoot = join(tmpdir(), 'backstory-bench-builds');
/** Builds kept per variant (older ones are removed). */
const KEEP = 2;

/** Files a build reads: tracked and untracked (not ignored), minus tests, benches and docs. */
function buildInputs(root: string): string[] {
  const out = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return (
    out
      .split('\n')
      .filter(Boolean)
      .filter((f) => !/^(bench|tests|\.scratch[^/]*)\//.test(f))
      // A worktree may link node_modules (a symlink, which `node_modules/` in .gitignore misses).
      .filter((f) => f !== 'node_modules')
      .filter((f) => !/\.test\.tsx?$|\.md$/.test(f) || f.startsWith('data/'))
      .filter((f) => existsSync(join(root, f)))
      .sort()
  );
}

async function hashInputs(root: string, files: readonly string[]): Promise<string> {
  const hash = createHash('sha256').update(`corpus ${CORPUS_VERSION}\n`);
  for (const f of files) hash.update(`${f}\n`).update(await readFile(join(root, f)));
  return hash.digest('hex').slice(0, 16);
}

function run(cmd: string, args: string[], cwd: string, env: Record<string, string>): void {
  const result = spawnSync(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(
      `${cmd} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`,
    );
  }
}

/** Copies `files` from `root` into `dir` and links node_modules. */
async function copyTree(root: string, dir: string, files: readonly string[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  const tar = spawnSync('tar', ['-cf', '-', '-T', '-'], {
    cwd: root,
    input: files.join('\n'),
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (tar.status !== 0) throw new Error(`tar failed: ${tar.stderr.toString()}`);
  const untar = spawnSync('tar', ['-xf', '-', '-C', dir], { input: tar.stdout });
  if (untar.status !== 0) throw new Error(`untar failed: ${untar.stderr.toString()}`);
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/** The sources as they were at the first build of this process (every section builds the same tree). */
let sources: Promise<{ files: string[]; key: string }> | undefined;

/** Builds (or reuses) every variant for its browsers; keeps the KEEP newest builds of each. */
export async function buildVariants(
  root: string,
  specs: readonly VariantSpec[],
  log: (line: string) => void,
): Promise<BuiltVariant[]> {
  sources ??= (async () => {
    const files = buildInputs(root);
    return { files, key: await hashInputs(root, files) };
  })();
  const { files, key } = await sources;
  await mkdir(cacheRoot, { recursive: true });
  const built: BuiltVariant[] = [];
  for (const spec of specs) {
    const reuse = process.env.BENCH_REUSE_BUILDS ? await newestBuild(spec.id) : undefined;
    const dir = reuse ?? join(cacheRoot, `${spec.id}-${key}`);
    const { browsers } = spec;
    if (reuse) log(`[bench] reusing ${reuse} (BENCH_REUSE_BUILDS)`);
    const done = (b: BrowserName) => existsSync(join(dir, `.output/${b}-mv3/manifest.json`));
    if (!browsers.every(done)) {
      log(`[bench] building the ${spec.id} variant (${browsers.join(', ')})…`);
      if (!existsSync(join(dir, 'package.json'))) await copyTree(root, dir, files);
      const dataDir = join(dir, 'bench-data');
      if (spec.people > 0 && !existsSync(dataDir)) {
        await writeBenchData(dataDir, join(root, 'data'), spec.people);
      }
      // The content script records its runs in the page's timeline only when asked.
      const env: Record<string, string> = {
        WXT_BENCH_MEASURES: '1',
        ...(spec.people > 0 ? { BACKSTORY_DATA: dataDir } : {}),
      };
      for (const b of browsers.filter((x) => !done(x))) {
        run('npx', ['wxt', 'build', ...(b === 'firefox' ? ['-b', 'firefox'] : [])], dir, env);
      }
    }
    await prune(spec.id);
    built.push({
      spec,
      extDir: join(dir, `.output/${browsers[0]}-mv3`),
      matcherPath: join(dir, 'generated/pack/matcher.json'),
    });
  }
  return built;
}

/** Build folders of a variant, newest first. */
async function buildsOf(id: string): Promise<string[]> {
  const dirs = (await readdir(cacheRoot)).filter((d) => d.startsWith(`${id}-`));
  const withTime = await Promise.all(
    dirs.map(async (d) => ({ d, t: (await stat(join(cacheRoot, d))).mtimeMs })),
  );
  return withTime.sort((a, b) => b.t - a.t).map(({ d }) => join(cacheRoot, d));
}

/** The newest complete build of a variant, if any. */
async function newestBuild(id: string): Promise<string | undefined> {
  return (await buildsOf(id)).find((d) => existsSync(join(d, '.output/chrome-mv3/manifest.json')));
}

/** Keeps the KEEP newest builds of a variant. */
async function prune(id: string): Promise<void> {
  for (const old of (await buildsOf(id)).slice(KEEP))
    await rm(old, { recursive: true, force: true });
}

/** The unpacked extension folder of a built variant for `browser`. */
export const extDirFor = (v: BuiltVariant, browser: BrowserName): string =>
  join(v.extDir, '..', `${browser}-mv3`);
