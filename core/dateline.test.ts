import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datelineAt, inDateline, plausibleRegion, upperUnits } from './dateline';
import { spans } from './testing/spot';

describe('inDateline: a name in the dateline that opens a line', () => {
  it.each<[string, string, number, number, boolean]>([
    [
      'place and en dash (the seed article)',
      // 0         1         2
      // 0123456789012345678901234567
      'WASHINGTON – US Secretary of',
      0,
      10,
      true,
    ],
    [
      'place, agency, em dash',
      // 0         1         2
      // 012345678901234567890123456
      'WASHINGTON (AP) — The White',
      0,
      10,
      true,
    ],
    [
      'Reuters style: agency and a spaced hyphen',
      // 0         1         2         3
      // 0123456789012345678901234567890
      'WASHINGTON (Reuters) - The U.S.',
      0,
      10,
      true,
    ],
    [
      'a region after a comma, then the agency',
      // 0         1         2         3
      // 012345678901234567890123456789012345
      'BEIRUT, Lebanon (AP) — Syrian forces',
      8,
      15,
      true,
    ],
    [
      'a date after a comma (UPI)',
      // 0         1         2         3
      // 0123456789012345678901234567890123456
      'HONOLULU, Dec. 23 (UPI) — Researchers',
      0,
      8,
      true,
    ],
    [
      'a two-word place with a dot and a state',
      // 0         1         2         3
      // 012345678901234567890123456789012
      'ST. LOUIS, MO (KTVI) – Amid grief',
      4,
      9,
      true,
    ],
    [
      'a dash with no space (em dash)',
      // 0         1
      // 012345678901234567
      'MOSCOW—The Kremlin',
      0,
      6,
      true,
    ],
    [
      'a later block of page text (blocks are joined by a blank line)',
      // 0           1         2         3
      // 0123456 7 8901234567890123456789012
      'Title.\n\n  MOSCOW — Officials said',
      10,
      16,
      true,
    ],
    [
      'a byline: the place alone on its line, above a date',
      // 0         1          2          3         4
      // 0123456789012345 6789012345678 9012345678901234567
      'Times of Israel\n  WASHINGTON\n  September 8, 2016',
      18,
      28,
      true,
    ],
    [
      'a byline: below a date line',
      // 0         1          2
      // 012345678901234567 8901234567
      'Thursday, Sept. 8\nWASHINGTON',
      18,
      28,
      true,
    ],
    [
      'not mid-sentence',
      // 0         1         2
      // 012345678901234567890123
      'Then WASHINGTON – agreed',
      5,
      15,
      false,
    ],
    [
      'not an ALL-CAPS headline word',
      // 0         1         2
      // 01234567890123456789012
      'WASHINGTON SAYS NO DEAL',
      0,
      10,
      false,
    ],
    [
      'not an ALL-CAPS headline after a dash',
      // 0         1         2
      // 01234567890123456789012345678
      'WASHINGTON — THE LATEST ON IT',
      0,
      10,
      false,
    ],
    [
      'not the first word of a kicker (bare form needs the whole place)',
      // 0         1         2
      // 0123456789012345678901234567
      'CHINA CHIPS — Bloomberg: The',
      0,
      5,
      false,
    ],
    [
      'not in a name list after a comma',
      // 0         1         2
      // 012345678901234567890123456
      'RUSSIA, CHINA — The two met',
      0,
      6,
      false,
    ],
    [
      'not a hyphenated word',
      // 0         1         2
      // 01234567890123456789012
      'WASHINGTON-based groups',
      0,
      10,
      false,
    ],
    [
      'not a place alone on its line without a date beside it',
      // 0          1          2
      // 0123456 7890123 456789012345
      'Topics\nRUSSIA\nMore stories',
      7,
      13,
      false,
    ],
    [
      'not a two-letter acronym (US – Russia)',
      // 0         1         2
      // 01234567890123456789012
      'US – Russia deal is off',
      0,
      2,
      false,
    ],
    [
      'not text after the dateline',
      // 0         1         2
      // 01234567890123456789012345678
      'WASHINGTON – Washington said.',
      13,
      23,
      false,
    ],
  ])('%s', (_name, text, start, end, expected) => {
    expect(inDateline(text, start, end)).toBe(expected);
  });
});

describe('datelineAt', () => {
  it('spans the place, region and agency, not the dash', () => {
    //           0         1         2         3
    //           01234567890123456789012345678901
    const text = 'SAN FRANCISCO, Calif. (AP) — The';
    expect(datelineAt(text, 0)).toEqual({ start: 0, placeEnd: 13, end: 26, form: 'full' });
  });

  it('has none on a line of prose', () => {
    expect(datelineAt('The talks in Geneva', 0)).toBeUndefined();
  });
});

describe('spotter: datelines name no one', () => {
  it.each<[string, string, [number, string, string][]]>([
    [
      'the dateline is skipped, the US mentions after it link',
      // 0         1         2         3         4         5
      // 012345678901234567890123456789012345678901234567890123
      'WASHINGTON – The United States said Washington agreed.',
      [
        [17, 'United States', 'united-states'],
        [36, 'Washington', 'united-states'],
      ],
    ],
    [
      'an ALL-CAPS headline still names Washington',
      // 0         1           2         3         4
      // 0123456789012345678 9 0123456789012345678901234
      'WASHINGTON SAYS NO\n\nThe United States agreed.',
      [
        [0, 'WASHINGTON', 'united-states'],
        [24, 'United States', 'united-states'],
      ],
    ],
    [
      'a dateline in a later block, and a strong alias in a dateline',
      // 0         1         2         3           4         5
      // 012345678901234567890123456789012 3 45678901234567890123456789
      'Moscow backed the United States.\n\nRUSSIA (AP) — Putin spoke.',
      [
        [0, 'Moscow', 'russia'],
        [18, 'United States', 'united-states'],
        [48, 'Putin', 'vladimir-putin'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('dateline: the character tests, against the patterns they replace', () => {
  const PIECES = ['A', 'É', 'ǅ', 'D.C.', 'ca', 'é', 'ß', '7', '²', ' ', ',', '\u0301', '\u{1d400}', '\u{1d41a}', '\ud835', 'Ⅻ', '日']; // prettier-ignore
  const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join(''));

  it('upperUnits is the length of what is left without [^\\p{Lu}]', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(upperUnits(text)).toBe(text.replace(/[^\p{Lu}]/gu, '').length);
      }),
      { numRuns: 3000 },
    );
  });

  it('plausibleRegion: a lowercase letter or a digit, else at most two capitals', () => {
    fc.assert(
      fc.property(texts, (region) => {
        const spec = /\p{Ll}|\d/u.test(region) || region.replace(/[^\p{Lu}]/gu, '').length <= 2;
        expect(plausibleRegion(region)).toBe(spec);
      }),
      { numRuns: 3000 },
    );
  });
});
