/** Counts tests from a Vitest `--reporter=json` file (Jest-compatible fields). */
import { existsSync, readFileSync } from 'node:fs';

export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
}

interface JsonReport {
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
  testResults?: { status?: string; message?: string; name?: string }[];
}

/**
 * Test counts of one report. A test file that failed to load (syntax error,
 * failing hook) has no tests but fails the file: it counts as one failed test, so
 * a broken file can never pass silently. A missing report counts as one failure.
 */
export function countReport(path: string): TestCounts & { problems: string[] } {
  if (!existsSync(path))
    return { passed: 0, failed: 1, skipped: 0, problems: [`no report at ${path}`] };
  const report = JSON.parse(readFileSync(path, 'utf8')) as JsonReport;
  const broken = (report.testResults ?? []).filter((f) => f.status === 'failed' && f.message);
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + broken.length,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    problems: broken.map((f) => `${f.name ?? '?'}: ${f.message ?? ''}`),
  };
}

/** Sums counts. */
export function addCounts(a: TestCounts, b: TestCounts): TestCounts {
  return {
    passed: a.passed + b.passed,
    failed: a.failed + b.failed,
    skipped: a.skipped + b.skipped,
  };
}
