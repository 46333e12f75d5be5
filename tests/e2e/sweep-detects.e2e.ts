// The sweep's checks can fail: an extension that changes the DOM, shifts layout,
// throws, logs errors and makes requests is caught on every count.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './harness/paths';
import { failures } from './sweep/report';
import { runSweep } from './sweep/run-sweep';

describe('robustness sweep', () => {
  it('reports everything a misbehaving extension does', async () => {
    const rows = await runSweep({
      chromiumPages: ['abcnews.go.com.html'],
      firefoxPages: [],
      chromiumExtDir: join(repoRoot, 'tests/fixtures/misbehaving-extension'),
    });
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row?.errors).toEqual(
      expect.arrayContaining([
        'console.error: misbehaving: a console error',
        expect.stringContaining('exception: Error: misbehaving: an uncaught error'),
      ]),
    );
    expect(row?.requests).toEqual(
      expect.arrayContaining([
        'http://content.example.invalid/track',
        'http://background.example.invalid/ping',
      ]),
    );
    expect(row?.domChanges).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\+ html>body .*data-misbehaving="1"/)]),
    );
    expect(row?.layoutChanges.length).toBeGreaterThan(0);
    expect(row && failures(row)).toHaveLength(4);
  });
});
