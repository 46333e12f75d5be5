/**
 * `npm test`: everything a contributor must keep green, in one run.
 *
 * data → lint → typecheck → build → web-ext lint → unit tests → e2e tests, on two
 * lanes up to the e2e tests (CI has two cores): the pack, then the unit tests
 * on one; ESLint, Prettier, typecheck, build and web-ext lint on the other (the
 * typecheck and the build read the pack, so they wait for it, and the build
 * uses it as built). The e2e tests then run alone: the sweep times our tasks
 * on the page and content-dynamic our share of the CPU. Every step runs even
 * after a failure (e2e needs the build), the tests of both Vitest runs are
 * counted from their JSON reports, and the last line is `N passed, N failed`.
 * Exits non-zero if any step or test failed.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './lib/repo';
import { runStep, type StepOptions, type StepResult } from './lib/run-step';
import { addCounts, countReport, type TestCounts } from './lib/vitest-report';

const reports = join(repoRoot, 'test-results');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const env = { NO_UPDATE_NOTIFIER: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' };
// Steps beside another one print their output in one block when they end; the e2e step is live.
const beside = { cwd: repoRoot, env, buffered: true };
const alone = { cwd: repoRoot, env };
const npx = (name: string, ...args: string[]) => runStep(name, 'npx', args, beside);
const vitest = (name: string, report: string, options: StepOptions, ...args: string[]) =>
  runStep(
    name,
    'npx',
    [
      'vitest',
      'run',
      ...args,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(reports, report)}`,
    ],
    options,
  );

const started = Date.now();
const data = runStep('data', 'npm', ['run', '--silent', 'data'], beside);
const unitLane = (async () => {
  await data;
  return vitest('unit tests', 'unit.json', beside);
})();
const checkLane = (async () => {
  const eslint = await npx('eslint', 'eslint', '.');
  const prettier = await npx('prettier', 'prettier', '--check', '.');
  // The entrypoints import generated/pack/*.json.
  const dataOk = (await data).ok;
  const typecheck = await npx('typecheck', 'tsc', '--noEmit');
  // The data step has just built generated/pack: the build ships it as it is (wxt.config.ts).
  // When that step failed, the build builds the pack itself (and shows the same problems).
  const build = await runStep('build', 'npm', ['run', '--silent', 'build'], {
    ...beside,
    env: { ...env, ...(dataOk ? { BACKSTORY_PACK_BUILT: '1' } : {}) },
  });
  const webExtLint = build.ok ? await npx('web-ext lint', 'tsx', 'scripts/web-ext-lint.ts') : null;
  return { eslint, prettier, typecheck, build, webExtLint };
})();
const checks = await checkLane;
const { build } = checks;
const unit = await unitLane;
const steps: StepResult[] = [await data, checks.eslint, checks.prettier, checks.typecheck, build];
if (checks.webExtLint) steps.push(checks.webExtLint);
steps.push(unit);
if (build.ok)
  steps.push(
    await vitest('e2e tests', 'e2e.json', alone, '--config', 'tests/e2e/vitest.config.ts'),
  );

let counts: TestCounts = { passed: 0, failed: 0, skipped: 0 };
const problems: string[] = [];
const failures: string[] = [];
for (const report of build.ok ? ['unit.json', 'e2e.json'] : ['unit.json']) {
  const c = countReport(join(reports, report));
  counts = addCounts(counts, c);
  problems.push(...c.problems);
  failures.push(...c.failures);
}

console.log('\n━━ summary');
for (const s of steps)
  console.log(
    `${s.ok ? 'ok    ' : 'FAILED'} ${s.name.padEnd(14)} ${s.seconds.toFixed(1).padStart(6)} s`,
  );
if (!build.ok) console.log('FAILED build, so web-ext lint and e2e tests did not run');
for (const p of problems) console.log(`FAILED to run: ${p.split('\n')[0]}`);
for (const f of failures) console.log(`FAILED test: ${f}`);
const failedSteps = steps.filter((s) => !s.ok).map((s) => s.name);
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(', ')}`);
console.log(`Total ${((Date.now() - started) / 1000).toFixed(0)} s`);
const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
console.log(`${counts.passed} passed, ${counts.failed} failed${skipped}`);
process.exit(failedSteps.length || counts.failed ? 1 : 0);
