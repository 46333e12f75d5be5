import { describe, expect, it } from 'vitest';
import { markTerms } from './search-marks';

const show = (text: string, terms: string[]) =>
  markTerms(text, terms)
    .map((p) => (p.marked ? `[${p.text}]` : p.text))
    .join('');

describe('markTerms', () => {
  it.each([
    ['Sergey Lavrov met Kerry', ['lavrov'], 'Sergey [Lavrov] met Kerry'],
    ['Lavrov’s talks with LAVROV', ['lavrov'], '[Lavrov]’s talks with [LAVROV]'],
    ['Bashar al-Assad', ['assad'], 'Bashar al-[Assad]'],
    ['Sergéy', ['sergey'], '[Sergéy]'],
    ['Geneva talks', ['geneva', 'talks'], '[Geneva] [talks]'],
    ['ambassador', ['assad'], 'ambassador'],
    ['', ['x'], ''],
  ])('%j with %j → %j', (text, terms, expected) => {
    expect(show(text, terms)).toBe(expected);
  });

  it('gives the text back when joined', () => {
    const text = 'The G20 summit, in Hangzhou.';
    expect(
      markTerms(text, ['g20', 'hangzhou'])
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });
});
