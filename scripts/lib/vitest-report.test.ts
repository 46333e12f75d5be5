import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addCounts, countReport } from './vitest-report';

const dir = mkdtempSync(join(tmpdir(), 'vitest-report-'));
function write(name: string, report: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(report));
  return path;
}

// Shapes as Vitest 4 writes them (see a run with a failing test, a file that throws
// at import, and a failing beforeAll).
const cases = [
  {
    name: 'all green',
    report: { numPassedTests: 5, numFailedTests: 0, numPendingTests: 0, testResults: [] },
    want: { passed: 5, failed: 0, skipped: 0, problems: [], failures: [] },
  },
  {
    name: 'a failing test and a skipped one',
    report: {
      numPassedTests: 1,
      numFailedTests: 1,
      numPendingTests: 1,
      testResults: [
        {
          name: 'a.test.ts',
          status: 'failed',
          message: '',
          assertionResults: [
            { status: 'passed', fullName: 'a works', failureMessages: [] },
            {
              status: 'failed',
              fullName: 'a fails',
              failureMessages: [
                '\u001b[31mAssertionError: expected 1 to be 2\u001b[39m\n    at a.test.ts:3',
              ],
            },
          ],
        },
      ],
    },
    want: {
      passed: 1,
      failed: 1,
      skipped: 1,
      problems: [],
      failures: ['a fails: AssertionError: expected 1 to be 2'],
    },
  },
  {
    name: 'a file that failed to load counts as one failure',
    report: {
      numPassedTests: 2,
      numFailedTests: 0,
      numPendingTests: 0,
      testResults: [{ name: 'b.test.ts', status: 'failed', message: 'boom' }],
    },
    want: { passed: 2, failed: 1, skipped: 0, problems: ['b.test.ts: boom'], failures: [] },
  },
];

describe('countReport', () => {
  it.each(cases)('$name', ({ name, report, want }) => {
    expect(countReport(write(`${name}.json`, report))).toEqual(want);
  });

  it('counts a missing report as a failure', () => {
    const counts = countReport(join(dir, 'absent.json'));
    expect(counts.failed).toBe(1);
    expect(counts.problems[0]).toContain('absent.json');
  });
});

describe('addCounts', () => {
  it('adds field by field', () => {
    expect(
      addCounts({ passed: 1, failed: 2, skipped: 3 }, { passed: 10, failed: 20, skipped: 30 }),
    ).toEqual({ passed: 11, failed: 22, skipped: 33 });
  });
});
