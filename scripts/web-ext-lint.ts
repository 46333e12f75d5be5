/**
 * `web-ext lint` on the Firefox build: prints every finding, exits 1 on any error
 * (warnings and notices are shown but pass). Usage: tsx scripts/web-ext-lint.ts [DIR]
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './lib/repo';

interface Finding {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  summary: { errors: number; notices: number; warnings: number };
  errors: Finding[];
  warnings: Finding[];
  notices: Finding[];
}

const sourceDir = process.argv[2] ?? join(repoRoot, '.output/firefox-mv3');
const run = spawnSync(
  'npx',
  ['web-ext', 'lint', '--source-dir', sourceDir, '--no-config-discovery', '--output', 'json'],
  { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
);
let report: LintReport;
try {
  report = JSON.parse(run.stdout) as LintReport;
} catch {
  console.error(`web-ext lint gave no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}
for (const [level, findings] of [
  ['error', report.errors],
  ['warning', report.warnings],
  ['notice', report.notices],
] as const) {
  for (const f of findings) console.log(`${level}: ${f.code} ${f.file ?? ''} — ${f.message}`);
}
const { errors, warnings, notices } = report.summary;
console.log(
  `web-ext lint ${sourceDir}: ${errors} errors, ${warnings} warnings, ${notices} notices`,
);
process.exit(errors > 0 ? 1 : 0);
