import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isWordInternal,
  readKeptTitles,
  readLabels,
  scorePage,
  totals,
  withKeptTitles,
  type PageLabel,
} from './link-labels';

const text = 'Boris Johnson met Zach Johnson in May. Johnson said the Kremlin agreed.';
const label: PageLabel = {
  file: 'page.html',
  expect: [{ wikipedia: 'Boris_Johnson' }, { wikipedia: 'Moscow_Kremlin' }],
  maybe: [{ wikipedia: 'Russia' }],
  traps: [
    { text: 'Zach Johnson', name: 'Johnson', not: 'Boris_Johnson' },
    { text: 'in May', name: 'May', not: '*' },
  ],
};
const at = (word: string, key: string, from = 0) => {
  const start = text.indexOf(word, from);
  return { start, end: start + word.length, key };
};

describe('scorePage', () => {
  it('counts hits, misses and links the label neither expects nor allows', () => {
    const s = scorePage(
      text,
      [at('Boris Johnson', 'Boris_Johnson'), at('Kremlin', 'Russia'), at('May', 'Theresa_May')],
      label,
    );
    expect(s.hits).toEqual(['Boris_Johnson']);
    expect(s.misses).toEqual(['Moscow_Kremlin']);
    expect(s.wrong).toEqual(['Theresa_May']);
    expect(s.trapHits).toEqual([expect.objectContaining({ name: 'May', got: 'Theresa_May' })]);
  });

  it('catches an expected entity linked at a trap, and counts it as one more wrong link', () => {
    const mentions = [
      at('Boris Johnson', 'Boris_Johnson'),
      at('Johnson', 'Boris_Johnson', text.indexOf('Zach')),
      at('Kremlin', 'Moscow_Kremlin'),
    ];
    const s = scorePage(text, mentions, label);
    expect(s.wrong).toEqual([]);
    expect(s.trapHits.map((t) => t.text)).toEqual(['Zach Johnson']);
    const t = totals([s], [label]);
    expect(t).toMatchObject({ hits: 2, misses: 0, wrong: 1, trapHits: 1, traps: 2 });
    expect(t.precision).toBeCloseTo(2 / 3);
    expect(t.recall).toBe(1);
  });

  it('reports a trap whose text is not in the page', () => {
    const s = scorePage(text, [], {
      ...label,
      traps: [{ text: 'Ron Johnson', name: 'Johnson', not: '*' }],
    });
    expect(s.trapsNotFound).toEqual(['Ron Johnson']);
  });
});

describe('isWordInternal', () => {
  it('flags a match that runs on into a letter or digit', () => {
    const t = 'Putinism and Iranian and Iran2 and Iran.';
    expect(isWordInternal(t, 0, 5)).toBe(true); // Putin|ism
    expect(isWordInternal(t, t.indexOf('Iranian'), t.indexOf('Iranian') + 4)).toBe(true);
    expect(isWordInternal(t, t.indexOf('Iran2'), t.indexOf('Iran2') + 4)).toBe(true);
    expect(isWordInternal(t, t.lastIndexOf('Iran'), t.lastIndexOf('Iran') + 4)).toBe(false);
  });

  it('lets a Latin name touch Japanese or Chinese text, which has no spaces', () => {
    const t = '米Appleは新製品';
    expect(isWordInternal(t, 1, 6)).toBe(false);
  });
});

describe('readLabels', () => {
  const dirWith = (name: string, body: unknown) => {
    const dir = mkdtempSync(join(tmpdir(), 'labels-'));
    writeFileSync(join(dir, name), typeof body === 'string' ? body : JSON.stringify(body));
    return dir;
  };

  it('reads the committed labels: at least 60 pages', () => {
    expect(readLabels().length).toBeGreaterThanOrEqual(60);
  });

  it('names the file and the field that is wrong', () => {
    expect(() =>
      readLabels(dirWith('a.html.json', { ...label, file: 'a.html', expect: [{}] })),
    ).toThrow(/a\.html\.json: expect\.0\.wikipedia/);
    expect(() => readLabels(dirWith('a.html.json', '{'))).toThrow(/a\.html\.json: not JSON/);
    expect(() =>
      readLabels(
        dirWith('a.html.json', {
          ...label,
          file: 'a.html',
          traps: [{ text: 'x', name: 'y', not: '*' }],
        }),
      ),
    ).toThrow(/does not hold its name/);
    expect(() =>
      readLabels(
        dirWith('a.html.json', {
          ...label,
          file: 'a.html',
          maybe: [{ wikipedia: 'Boris_Johnson' }],
        }),
      ),
    ).toThrow(/listed twice: Boris_Johnson/);
  });
});

describe('withKeptTitles', () => {
  it('writes a title the same-thing table joins as the kept one, in expect, maybe and traps', () => {
    const kept = new Map([['Treasury_Department', 'United_States_Department_of_the_Treasury']]);
    const label: PageLabel = {
      file: 'a.html',
      expect: [{ wikipedia: 'Treasury_Department', as: ['Treasury Department'] }],
      maybe: [{ wikipedia: 'Treasury_Department' }, { wikipedia: 'Apple_Inc.' }],
      traps: [{ text: 'the Treasury', name: 'Treasury', not: 'Treasury_Department' }],
    };
    const out = withKeptTitles(label, kept);
    expect(out.expect[0]!.wikipedia).toBe('United_States_Department_of_the_Treasury');
    expect(out.maybe.map((m) => m.wikipedia)).toEqual([
      'United_States_Department_of_the_Treasury',
      'Apple_Inc.',
    ]);
    expect(out.traps[0]!.not).toBe('United_States_Department_of_the_Treasury');
  });
  it("reads the repository's table: every joined title to its kept one", () => {
    const kept = readKeptTitles();
    expect(kept.get('Prince_Andrew')).toBe('Andrew_Mountbatten-Windsor');
    expect([...kept.values()].every((t) => !kept.has(t))).toBe(true);
  });
});
