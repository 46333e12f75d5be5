// The sweep's checks can fail: an extension that changes the DOM, shifts layout,
// throws, logs errors and makes requests is caught on every count, in both browsers.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../browser-harness/paths';
import { failures } from './sweep/report';
import { runSweep } from './sweep/run-sweep';

const misbehaving = join(repoRoot, 'tests/fixtures/misbehaving-extension');

describe('robustness sweep', () => {
  it(
    'reports everything a misbehaving extension does in Chromium',
    { timeout: 180_000 },
    async () => {
      const [row, ...more] = await runSweep({
        chromiumPages: ['abcnews.go.com.html'],
        firefoxPages: [],
        chromiumExtDir: misbehaving,
      });
      expect(more).toEqual([]);
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
    },
  );

  // Firefox does not show the background page's requests to the harness (see tests/e2e/README.md).
  it(
    'reports what a misbehaving extension does in a Firefox page',
    { timeout: 240_000 },
    async () => {
      const [row] = await runSweep({
        chromiumPages: [],
        firefoxPages: ['abcnews.go.com.html'],
        firefoxExtDir: misbehaving,
      });
      expect(row?.errors).toEqual(
        expect.arrayContaining([
          'console.error: misbehaving: a console error',
          'exception: Error: misbehaving: an uncaught error',
        ]),
      );
      expect(row?.requests).toEqual(['http://content.example.invalid/track']);
      expect(row?.domChanges).toEqual(
        expect.arrayContaining([expect.stringMatching(/^\+ html>body .*data-misbehaving="1"/)]),
      );
      expect(row?.layoutChanges.length).toBeGreaterThan(0);
    },
  );
});
