/**
 * `npm run demo [-- --headless] [-- --out DIR]`: builds the Chrome extension, serves
 * a news page made from the bundled article on 127.0.0.1 and opens Chromium on it,
 * showing highlights, a hover card and the popup. Without a display (or with
 * --headless) it saves three screenshots into DIR (default ./demo-shots) instead.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startServer } from '../browser-harness/server';
import { parseDemoArgs } from './demo/args';
import { loadFirstArticle } from './demo/article';
import { runHeaded } from './demo/headed';
import { renderNewsPage } from './demo/news-page';
import { takeScreenshots } from './demo/screenshots';
import { repoRoot } from './lib/repo';

const args = parseDemoArgs(process.argv.slice(2), process.env.DISPLAY, process.cwd());

console.log('Building the extension (npm run build:chrome)…');
const build = spawnSync('npm', ['run', '--silent', 'build:chrome'], {
  cwd: repoRoot,
  stdio: 'inherit',
});
if (build.status !== 0) {
  console.error('The build failed; see above.');
  process.exit(1);
}

const article = loadFirstArticle(join(repoRoot, 'data/articles'));
const server = await startServer();
const url = server.addPage('world/kerry-geneva-syria-talks.html', renderNewsPage(article));
try {
  if (args.headless) {
    const shots = await takeScreenshots(url, server.origin, args.out);
    console.log(`\nScreenshots in ${args.out}:`);
    console.log(`  ${shots.page}   the page with highlights`);
    console.log(`  ${shots.card}   the card for "${shots.hovered}"`);
    console.log(`  ${shots.popup}  the popup for that tab`);
  } else {
    await runHeaded(url, server.origin);
  }
} catch (error) {
  console.error(`Demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await server.close();
}
