/**
 * Every bundled brief is verbatim from the corpus: a seeded sample of the
 * whole corpus, each brief checked against the line of the file it was read
 * from, by a reading independent of the readers (the raw JSON string of the
 * archive; the Markdown line with its link syntax removed by one pattern).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Brief } from '../../core/brief';
import { loadCorpus } from './load-corpus';
import { mulberry32 } from '../../core/random';

const DATA = new URL('../../data', import.meta.url).pathname;
const SAMPLE = 400;

let briefs: Brief[] = [];
beforeAll(async () => {
  const corpus = await loadCorpus(DATA);
  expect(corpus.problems).toEqual([]);
  briefs = corpus.briefs;
}, 60_000);

const lines = new Map<string, string[]>();
function lineOf(file: string, line: number): string {
  let all = lines.get(file);
  if (!all) lines.set(file, (all = readFileSync(file, 'utf8').split('\n')));
  return all[line - 1] ?? '';
}

/** A Markdown bullet as text: links `[anchor](url "title")` become their anchor; emphasis and escapes go. */
function renderMarkdown(line: string): string {
  return line
    .replace(/^\s*\*\s+/, '')
    .replace(/\[((?:[^\]\\]|\\.)*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/\*/g, '');
}

describe('the bundled briefs', () => {
  it('number about 120,000 over 2002–2026, in date order', () => {
    expect(briefs.length).toBeGreaterThan(110_000);
    expect(briefs[0]!.date.slice(0, 4)).toBe('2002');
    expect(briefs[briefs.length - 1]!.date.slice(0, 4)).toBe('2026');
    expect(briefs.every((b, i) => i === 0 || briefs[i - 1]!.date <= b.date)).toBe(true);
  });

  it(`are verbatim from their corpus file, with date and outlets (a sample of ${SAMPLE})`, () => {
    const next = mulberry32(15);
    const sample = Array.from(
      { length: SAMPLE },
      () => briefs[Math.floor(next() * briefs.length)]!,
    );
    expect(new Set(sample.map((b) => b.copy))).toEqual(new Set(['archive', 'linked']));
    for (const b of sample) {
      const where = `${b.file}:${b.line}`;
      const raw = lineOf(b.file, b.line);
      if (b.copy === 'archive') {
        const day = JSON.parse(raw) as { date: string; payload: Record<string, string[]> };
        expect(day.date, where).toBe(b.date);
        const source = Object.values(day.payload)
          .flat()
          .find((l) => l.startsWith(b.text));
        expect(source, where).toBeDefined();
        let rest = source!.slice(b.text.length);
        for (const o of b.outlets) {
          expect(rest, where).toContain(`${o.name}`);
          rest = rest.slice(rest.indexOf(o.name) + o.name.length);
        }
      } else {
        expect(b.file, where).toContain(b.date);
        expect(renderMarkdown(raw), where).toContain(b.text);
        for (const o of b.outlets) if (o.url) expect(raw, where).toContain(o.url);
      }
    }
  });
});
