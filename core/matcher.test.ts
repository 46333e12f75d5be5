import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMatches, findMatchSteps, MATCH_STEP_CHARS } from './matcher';
import { loadMatcherPack } from './matcher-pack';
import { drain } from './steps';
import { seedText } from './testing/random-text';
import { packFor, seedSpotter, spans } from './testing/spot';

// Matching only: every text below also names a full name, so weak aliases have support.
describe('matcher: whole words, longest match, no overlap', () => {
  it.each<[string, string, [number, string, string][]]>([
    [
      'longest alias wins over its prefix',
      // 0         1         2
      // 0123456789012345678901234567
      'Sergey Lavrov met John Kerry',
      [
        [0, 'Sergey Lavrov', 'sergey-lavrov'],
        [18, 'John Kerry', 'john-kerry'],
      ],
    ],
    [
      'never inside a word',
      // 0         1         2         3         4         5
      // 012345678901234567890123456789012345678901234567890123456
      'Putin: computing, Obamacare, ambassador, EFG2016, Russians',
      [[0, 'Putin', 'vladimir-putin']],
    ],
    [
      'possessives end the name, straight or curly',
      // 0         1         2         3
      // 0123456789012345678901234567890123456
      "Sergey Lavrov's aide, Lavrov’s aide, Assad’s. Bashar al-Assad",
      [
        [0, 'Sergey Lavrov', 'sergey-lavrov'],
        [22, 'Lavrov', 'sergey-lavrov'],
        [37, 'Assad', 'bashar-al-assad'],
        [46, 'Bashar al-Assad', 'bashar-al-assad'],
      ],
    ],
    [
      'al- prefix and hyphenated compounds',
      // 0         1         2         3         4
      // 0123456789012345678901234567890123456789012345678
      'Syria: al-Assad, Assad-led forces, Bashar Assad.',
      [
        [0, 'Syria', 'syria'],
        [7, 'al-Assad', 'bashar-al-assad'],
        [17, 'Assad', 'bashar-al-assad'],
        [35, 'Bashar Assad', 'bashar-al-assad'],
      ],
    ],
    [
      'NBSP, thin space, line break and dashes join the words of a name',
      // 0         1         2         3         4
      // 0123456789012345678901234567890123456789012345
      'John\u00a0Kerry, John\u2009Kerry, John\nKerry, US\u2013Russia',
      [
        [0, 'John\u00a0Kerry', 'john-kerry'],
        [12, 'John\u2009Kerry', 'john-kerry'],
        [24, 'John\nKerry', 'john-kerry'],
        [36, 'US', 'united-states'],
        [39, 'Russia', 'russia'],
      ],
    ],
    [
      'punctuation and two line breaks do not join',
      // 0         1         2
      // 0123456789012345678901234
      'John, Kerry. John\n\nKerry',
      [],
    ],
    [
      'transliterations and diacritics come from aliases',
      // 0         1         2         3
      // 01234567890123456789012345678901234
      'Sergei Lavrov, Sergéi Lavrov, Sergey Lavrov',
      [
        [0, 'Sergei Lavrov', 'sergey-lavrov'],
        [15, 'Sergéi Lavrov', 'sergey-lavrov'],
        [30, 'Sergey Lavrov', 'sergey-lavrov'],
      ],
    ],
    [
      'decomposed diacritics (e + combining acute) fold the same',
      // 0         1
      // 01234567890123
      'Serge\u0301i Lavrov',
      [[0, 'Serge\u0301i Lavrov', 'sergey-lavrov']],
    ],
    [
      'dotted abbreviations',
      // 0         1         2         3
      // 012345678901234567890123456789012
      'The U.S. State Department and U.S.',
      [
        [4, 'U.S. State Department', 'us-state-department'],
        [30, 'U.S.', 'united-states'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('matcher: capitalization', () => {
  it.each<[string, string, [number, string, string][]]>([
    [
      'ALL-CAPS headline still matches',
      // 0         1         2
      // 0123456789012345678901234
      'PUTIN SAYS RUSSIA IS READY',
      [
        [0, 'PUTIN', 'vladimir-putin'],
        [11, 'RUSSIA', 'russia'],
      ],
    ],
    [
      'lowercase names in running text do not match',
      // 0         1         2
      // 01234567890123456789012345
      'putin and russia, us, syria',
      [],
    ],
    [
      'mixed case that is neither the alias nor all caps does not match',
      // 0         1
      // 0123456789012345
      'PuTin, Us, RUSSia',
      [],
    ],
    [
      'lowercase aliases match any capitalization',
      // 0         1         2         3         4
      // 012345678901234567890123456789012345678901234
      'Syria. Civil war, CIVIL WAR, civil war in Syria',
      [
        [0, 'Syria', 'syria'],
        [7, 'Civil war', 'syrian-civil-war'],
        [18, 'CIVIL WAR', 'syrian-civil-war'],
        [29, 'civil war', 'syrian-civil-war'],
        [42, 'Syria', 'syria'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('matcher: URLs, e-mail addresses and handles', () => {
  it.each<[string, string]>([
    ['underscore identifier', 'russian_space_geckos Russia_Today'],
    ['handle', '@Putin and @Kerry'],
    ['domain', 'kerry.com and putin.ru and www.Russia.com'],
    ['e-mail', 'John.Kerry@state.gov'],
    ['URL path', 'https://example.com/Putin/Syria'],
    ['hashtag', '#Putin #Syria'],
  ])('%s', (_name, text) => {
    expect(spans(text)).toEqual([]);
  });

  it('still matches right next to such a chunk', () => {
    // 0         1         2
    // 0123456789012345678901234567
    const text = 'Putin (@kremlin) and Russia.';
    expect(spans(text)).toEqual([
      [0, 'Putin', 'vladimir-putin'],
      [21, 'Russia', 'russia'],
    ]);
  });
});

describe('matcher: properties over random text', () => {
  const words = [
    'John',
    'Kerry',
    'Sergey',
    'Lavrov',
    'Putin',
    'Russia',
    'US',
    'civil',
    'war',
    'the',
    'G20',
    'summit',
    'al',
  ];
  const glue = [' ', '\u00a0', '\n', '-', '’s ', ', ', '. ', '_', '@', 'x', ''];

  it('every mention is whole words, in order, without overlap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...glue)), { maxLength: 40 }),
        (parts) => {
          const text = parts.map(([w, g]) => w + g).join('');
          let last = 0;
          for (const m of seedSpotter.spot(text)) {
            expect(m.start).toBeGreaterThanOrEqual(last);
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(/[\p{L}\p{N}]/u.test(text.charAt(m.start - 1))).toBe(false);
            expect(/[\p{L}\p{N}]/u.test(text.charAt(m.end))).toBe(false);
            last = m.end;
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('findMatchSteps: matching in steps', () => {
  const pack = loadMatcherPack(packFor());

  it('finds, in steps of any size, what one scan finds', () => {
    fc.assert(
      fc.property(seedText(80), fc.integer({ min: 1, max: 64 }), (text, stepChars) => {
        const whole = drain(findMatchSteps(pack, text, Infinity));
        expect(drain(findMatchSteps(pack, text, stepChars))).toEqual(whole);
      }),
      { numRuns: 500 },
    );
  });

  it('yields once per MATCH_STEP_CHARS characters', () => {
    const text = 'Putin said. '.repeat(3 * MATCH_STEP_CHARS);
    const steps = findMatchSteps(pack, text);
    let yields = 0;
    while (!steps.next().done) yields++;
    expect(yields).toBe(Math.ceil(text.length / MATCH_STEP_CHARS) - 1);
    expect(findMatches(pack, text)).toHaveLength(3 * MATCH_STEP_CHARS);
  });
});
