import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { realPagesDir, repoRoot } from '../../browser-harness/paths';
import { createSpotter, type Spotter } from '../../core/spotter';
import { runPipeline } from '../../pipeline/run-pipeline';
import { REAL_PAGES } from '../fixtures/real-pages.expected';
import { readSavedPage } from './real-pages-text';

const loaded = new Map<string, { text: string; date: string | undefined }>();
function load(file: string): { text: string; date: string | undefined } {
  const known = loaded.get(file);
  if (known) return known;
  const { text, date } = readSavedPage(
    new DOMParser(),
    readFileSync(join(realPagesDir, file), 'utf8'),
  );
  const page = { text, date };
  loaded.set(file, page);
  return page;
}

// The curated catalog (data/catalog, data/articles), compiled by the pipeline as `npm run data`
// does but without the corpus: these labels are of the curated entities. Linking against the
// whole generated catalog is measured by eval/link-sample (and labelled pages, issue 16).
let spotter: Spotter;
beforeAll(async () => {
  const result = await runPipeline(join(repoRoot, 'data'), { corpus: { years: [] } });
  if (!result.ok) throw new Error(`the catalog does not build:\n${result.problems.join('\n')}`);
  spotter = createSpotter(result.pack.matcher);
}, 60_000);

describe('real pages: the entities each names', () => {
  it('covers at least 10 pages, some naming none of our entities', () => {
    expect(REAL_PAGES.length).toBeGreaterThanOrEqual(10);
    expect(REAL_PAGES.filter((p) => p.entities.length === 0).length).toBeGreaterThanOrEqual(3);
  });

  it.each(REAL_PAGES)('$file', ({ file, entities, maybe = [] }) => {
    const { text, date } = load(file);
    expect(text.length).toBeGreaterThan(1000);
    const mentions = spotter.spot(text, date ? { pageDate: date } : {});
    const found = new Set(mentions.map((m) => m.entityId));
    const missing = entities.filter((id) => !found.has(id));
    const unexpected = [...found].filter((id) => !entities.includes(id) && !maybe.includes(id));
    const show = (id: string) =>
      mentions
        .filter((m) => m.entityId === id)
        .map((m) => `${m.rule}: …${text.slice(Math.max(0, m.start - 40), m.end + 20)}…`);
    expect({ missing, unexpected: unexpected.map((id) => [id, show(id)]) }).toEqual({
      missing: [],
      unexpected: [],
    });
  });
});

describe('real pages: every mention is well-formed', () => {
  it.each(REAL_PAGES.filter((p) => p.entities.length > 0))('$file', ({ file }) => {
    const { text } = load(file);
    let last = 0;
    for (const m of spotter.spot(text)) {
      expect(m.start).toBeGreaterThanOrEqual(last);
      expect(text.slice(m.start, m.end)).toBe(m.text);
      last = m.end;
    }
  });
});
