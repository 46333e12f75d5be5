/**
 * `npm test`: everything a contributor must keep green, in one run.
 *
 * data → lint → typecheck → build → web-ext lint → unit tests → e2e tests.
 * Every step runs even after a failure (e2e needs the build), the tests of both
 * Vitest runs are counted from their JSON reports, and the last line is
 * `N passed, N failed`. Exits non-zero if any step or test failed.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './lib/repo';
import { runStep, type StepResult } from './lib/run-step';
import { addCounts, countReport, type TestCounts } from './lib/vitest-report';

const reports = join(repoRoot, 'test-results');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const opts = {
  cwd: repoRoot,
  env: { NO_UPDATE_NOTIFIER: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
};
const npx = (name: string, ...args: string[]) => runStep(name, 'npx', args, opts);
const vitest = (name: string, report: string, ...args: string[]) =>
  npx(
    name,
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join(reports, report)}`,
  );

const started = Date.now();
const steps: StepResult[] = [];
steps.push(await runStep('data', 'npm', ['run', '--silent', 'data'], opts));
steps.push(await npx('eslint', 'eslint', '.'));
steps.push(await npx('prettier', 'prettier', '--check', '.'));
steps.push(await npx('typecheck', 'tsc', '--noEmit'));
const build = await runStep('build', 'npm', ['run', '--silent', 'build'], opts);
steps.push(build);
if (build.ok) steps.push(await npx('web-ext lint', 'tsx', 'scripts/web-ext-lint.ts'));
steps.push(await vitest('unit tests', 'unit.json'));
if (build.ok)
  steps.push(await vitest('e2e tests', 'e2e.json', '--config', 'tests/e2e/vitest.config.ts'));

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
