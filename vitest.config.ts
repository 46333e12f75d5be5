import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// *.e2e.ts run in real browsers (tests/e2e/vitest.config.ts); their pure helpers are tested here.
const exclude = ['node_modules/**', '.output/**', 'tests/e2e/**/*.e2e.ts'];

// core/, pipeline/ and build/ run in plain Node (no DOM at all, as in the pipeline);
// everything else runs in happy-dom with WXT's in-memory fake browser.
export default defineConfig({
  test: {
    restoreMocks: true,
    // Worker threads, not child processes: each file still gets a fresh worker (isolate), which
    // starts faster; the run took about a fifth less CPU time (157 s instead of 203 s here).
    pool: 'threads',
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['core/**/*.test.ts', 'pipeline/**/*.test.ts', 'build/**/*.test.ts'],
          exclude,
        },
      },
      {
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['**/*.test.ts', '**/*.test.tsx'],
          exclude: [...exclude, 'core/**', 'pipeline/**', 'build/**'],
        },
      },
    ],
  },
});
