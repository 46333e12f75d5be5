import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { popupStartupBuild } from './build/popup-startup';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildPack } from './pipeline/build-pack';
import {
  briefSearchHeadPath,
  cardNamesPath,
  cardsHeadPath,
  cardsPartPath,
  PACK_FILES,
  splitCardsPack,
} from './pipeline/manifest';

const CONTENT_SCRIPT = 'content-scripts/content.js';
const PACK_DIR = 'generated/pack';

/**
 * A pack file shipped gzipped (`<name>.gz`, written beside it): the browsers read an
 * extension's own files at about 10 MB/s here, and inflate them far faster
 * (messaging/pack-files.ts `readGzipJson`).
 */
function gzipped(name: string) {
  const relativeDest = `${name}.gz`;
  const absoluteSrc = resolve(PACK_DIR, relativeDest);
  writeFileSync(absoluteSrc, gzipSync(readFileSync(resolve(PACK_DIR, name)), { level: 9 }));
  return { absoluteSrc, relativeDest };
}

// Layers: README.md, "Where things live". Entrypoints are thin; the knowledge pack is
// rebuilt from data/ before every build so a build always ships fresh data (once per
// `npm run build`, and not again after `npm test`'s data step: BACKSTORY_PACK_BUILT).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  imports: false,
  manifestVersion: 3,
  autoIcons: { baseIconPath: 'assets/icon.svg', developmentIndicator: false },
  vite: () => ({ plugins: [preact(), popupStartupBuild()] }),
  // The Firefox sources zip is for reviewers: code and data, not local outputs
  // nor the 30 MB of saved pages the tests read.
  zip: {
    excludeSources: [
      'tests/fixtures/real-pages/**',
      'test-results/**',
      'demo-shots/**',
      'coverage/**',
      'generated/**',
      'bench/results/**',
      '**/*.tmp.ts',
    ],
  },
  hooks: {
    // The page kit (entrypoints/page-kit.ts) runs before the content script, in
    // a task of its own: document_end comes before document_idle.
    'build:manifestGenerated': (_wxt, manifest) => {
      const content = manifest.content_scripts?.find((c) => c.js?.includes(CONTENT_SCRIPT));
      if (!content) throw new Error(`the manifest has no ${CONTENT_SCRIPT}`);
      manifest.content_scripts!.unshift({
        matches: content.matches,
        run_at: 'document_end',
        js: ['page-kit.js'],
      });
    },
    // The brief shards and the cards pack ship as files of their own, which the
    // extension reads with runtime.getURL (messaging/pack-files.ts); no bundle imports them.
    'build:publicAssets': (_wxt, files) => {
      const dir = `${PACK_DIR}/${PACK_FILES.briefs}`;
      let names: string[] = [];
      try {
        names = readdirSync(dir).filter((name) => name.endsWith('.json'));
      } catch {
        // A pack built without a corpus has no briefs.
      }
      for (const name of names) {
        files.push({
          absoluteSrc: resolve(dir, name),
          relativeDest: `${PACK_FILES.briefs}/${name}`,
        });
      }
      // The brief index, read from the first keystroke of a search (core/brief-search-index.ts).
      const indexDir = resolve(PACK_DIR, PACK_FILES.briefSearch);
      // Its head (about 0.7 MB, read whole on the first query) ships gzipped.
      for (const name of readdirSync(indexDir).filter((n) => n.endsWith('.bin'))) {
        const path = `${PACK_FILES.briefSearch}/${name}`;
        if (path === briefSearchHeadPath) files.push(gzipped(path));
        else files.push({ absoluteSrc: resolve(indexDir, name), relativeDest: path });
      }
      // The alias table, which the background spots the tabs' text with (`backstory/spot`): no tab
      // holds it.
      files.push(gzipped(PACK_FILES.matcher));
      // The card search's index, which the background reads for the popup (`backstory/search`).
      files.push(gzipped(PACK_FILES.search));
      // The cards pack too, as a head and small parts (core/cards-parts.ts): a worker woken by a
      // hover reads only the part it needs (and a store's review reads no file over 4 MB).
      const cards = JSON.parse(readFileSync(resolve(PACK_DIR, PACK_FILES.cards), 'utf8'));
      const { head, parts, names: partNames } = splitCardsPack(cards);
      files.push({ relativeDest: cardsHeadPath, contents: JSON.stringify(head) });
      for (const part of parts) {
        files.push({ relativeDest: cardsPartPath(part.part), contents: JSON.stringify(part) });
        files.push({
          relativeDest: cardNamesPath(part.part),
          contents: JSON.stringify(partNames[part.part]),
        });
      }
    },
    'build:before': async () => {
      // Set by a caller that has just built generated/pack from the same data (`npm test`'s data
      // step, `npm run build`'s second browser): the pack build is most of a build's time.
      if (process.env.BACKSTORY_PACK_BUILT === '1') return;
      const dataDir = process.env.BACKSTORY_DATA ?? 'data';
      const result = await buildPack({ dataDir, outDir: PACK_DIR });
      if (!result.ok) throw new Error(`knowledge pack failed:\n${result.problems.join('\n')}`);
    },
  },
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description:
      'Highlights the people, organizations, countries and events in the news you read, with background cards drawn from bundled articles. Works offline; sends nothing anywhere.',
    permissions: ['storage'],
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Toggle Backstory highlights on this page',
      },
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next mention on this page',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Go to the previous mention on this page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
