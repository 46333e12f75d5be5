/** Where the e2e harness finds the built extension, the saved pages and the repo. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the folder with package.json). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** 170 saved real news pages, in the repo (provenance in its README.md). */
export const realPagesDir = join(repoRoot, 'tests/fixtures/real-pages');

/** Small hand-written pages for tests, in the repo. */
export const testPagesDir = join(repoRoot, 'tests/fixtures/pages');

/** The built extensions (`npm run build`). */
export const chromeExtDir = join(repoRoot, '.output/chrome-mv3');
export const firefoxExtDir = join(repoRoot, '.output/firefox-mv3');

/** The gecko id of the Firefox build (wxt.config.ts). */
export const geckoId = 'backstory@backstory.example';

/** Throws a readable error when an extension build is missing. */
export function requireBuilt(extDir: string): string {
  if (!existsSync(join(extDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extDir}: run \`npm run build\` first.`);
  }
  return extDir;
}
