/** Counts tests from a Vitest `--reporter=json` file (Jest-compatible fields) and names the failed ones. */
import { existsSync, readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

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
  testResults?: {
    status?: string;
    message?: string;
    name?: string;
    assertionResults?: { status?: string; fullName?: string; failureMessages?: string[] }[];
  }[];
}

/** First non-empty line of a failure message, without colour codes. */
function firstLine(message: string | undefined): string {
  const plain = stripVTControlCharacters(message ?? '');
  return (
    plain
      .split('\n')
      .find((l) => l.trim())
      ?.trim()
      .slice(0, 200) ?? ''
  );
}

/**
 * Test counts of one report. A test file that failed to load (syntax error,
 * failing hook) has no tests but fails the file: it counts as one failed test, so
 * a broken file can never pass silently. A missing report counts as one failure.
 */
export function countReport(path: string): TestCounts & { problems: string[]; failures: string[] } {
  if (!existsSync(path))
    return {
      passed: 0,
      failed: 1,
      skipped: 0,
      problems: [`no report at ${path}`],
      failures: [],
    };
  const report = JSON.parse(readFileSync(path, 'utf8')) as JsonReport;
  const broken = (report.testResults ?? []).filter((f) => f.status === 'failed' && f.message);
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + broken.length,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    problems: broken.map((f) => `${f.name ?? '?'}: ${f.message ?? ''}`),
    failures: (report.testResults ?? []).flatMap((file) =>
      (file.assertionResults ?? [])
        .filter((t) => t.status === 'failed')
        .map((t) => `${t.fullName ?? '?'}: ${firstLine(t.failureMessages?.[0])}`),
    ),
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
