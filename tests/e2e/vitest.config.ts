import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Files that time what the extension does on the page (the sweep's longest task, the hostile
 * page's slices and frames) or wait for a page to be quiet by the clock (the real pages' layout
 * check): they run one at a time and alone, after the others, so no other browser takes the CPU.
 */
const alone = [
  'tests/e2e/sweep.e2e.ts',
  'tests/e2e/content-dynamic.e2e.ts',
  'tests/e2e/content-real-pages.e2e.ts',
  // Hover intent and hide delays, read after fixed waits (`waitForTimeout`).
  'tests/e2e/content-cards.e2e.ts',
];

const shared = {
  environment: 'node',
  // An `expect.poll` waits for the page or the extension to get somewhere, it times nothing
  // (timings are the benchmarks'): its default second is too short with two files running, one
  // of them starting a cold worker (a related card once took longer in a full run).
  expect: { poll: { timeout: 5000 } },
  testTimeout: 60_000,
  hookTimeout: 120_000,
  teardownTimeout: 30_000,
};

// End-to-end tests in real Chromium and Firefox on the built extension (see README.md here).
// Each file launches its own browsers. The others run two files at a time (a file keeps about
// one core busy: its browsers mostly wait on each other, on polls and on the page).
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    globalSetup: ['tests/e2e/global-setup.ts'],
    projects: [
      {
        test: {
          ...shared,
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          exclude: alone,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...shared,
          name: 'e2e-alone',
          include: alone,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
