import { describe, expect, it } from 'vitest';
import { SampleTable } from './samples';
import { scanSection, type ChromiumMetric, type ScanResults } from './scan-report';

const page = (id: string) => ({
  id,
  source: 'generated',
  textChars: 50_000,
  url: `http://x/${id}`,
});

function results(rows: Record<string, Partial<Record<ChromiumMetric, number>>[]>): ScanResults {
  const chromium = new SampleTable<ChromiumMetric>();
  for (const [key, runs] of Object.entries(rows)) for (const run of runs) chromium.add(key, run);
  return {
    pages: [page('gen-50k'), page('gen-300k')],
    aliases: { bundled: 63, '1k': 1063 },
    matches: {
      '1k': { same: true, ours: 3, theirs: 3, onlyOurs: [], onlyTheirs: [] },
    },
    chromium,
    arrays: new SampleTable(),
    firefox: new SampleTable(),
  };
}

const plan = { bundled: ['gen-50k', 'gen-300k'], '1k': ['gen-50k'] };
const fast = { cpu: 10, walk: 6, mark: 300, longest: 8, forced: 0, walkChars: 50_000 };

describe('scanSection goals', () => {
  it('passes when every page meets every goal', () => {
    const section = scanSection(
      results({
        'gen-50k|bundled': [fast, fast],
        'gen-300k|bundled': [fast],
        'gen-50k|1k': [fast, { ...fast, cpu: 12 }],
      }),
      plan,
    );
    expect(section.goals.map((g) => [g.actual, g.pass])).toEqual([
      ['1.83×', true], // worst ours ÷ floor: 11 / 6
      ['27.27×', true], // least mark.js ÷ ours at 1k: 300 / 11
      ['8.00 ms', true],
      ['0', true],
      ['1 of 1', true],
    ]);
    expect(section.tables[0]!.rows).toHaveLength(3);
  });

  it('reports the worst page against each goal', () => {
    const section = scanSection(
      results({
        'gen-50k|bundled': [fast],
        'gen-300k|bundled': [{ ...fast, cpu: 30, longest: 25, forced: 2 }],
        'gen-50k|1k': [{ ...fast, cpu: 100 }],
      }),
      plan,
    );
    expect(section.goals.map((g) => [g.actual, g.pass])).toEqual([
      ['16.67×', false],
      ['3.00×', false],
      ['25.0 ms', false],
      ['2', false],
      ['1 of 1', true],
    ]);
  });
});
