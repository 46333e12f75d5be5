import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  charClass,
  CLS_BARRIER,
  CLS_CONNECTOR,
  CLS_DOT,
  CLS_NEWLINE,
  CLS_SPACE,
  CLS_WORD,
  foldChar,
  foldText,
  isAllCaps,
  isCapitalized,
  isLetterOrNumberUnit,
  latinLower,
  KEY_NONE,
  KEY_SKIP,
  stripMarks,
  wordKey,
} from './normalize';

describe('charClass', () => {
  it.each<[string, number]>([
    ['a', CLS_WORD],
    ['É', CLS_WORD],
    ['ж', CLS_WORD],
    ['7', CLS_WORD],
    ['\u0301', CLS_WORD],
    [' ', CLS_SPACE],
    ['\u00a0', CLS_SPACE],
    ['\u2009', CLS_SPACE],
    ['\t', CLS_SPACE],
    ['\n', CLS_NEWLINE],
    ['\u2028', CLS_NEWLINE],
    ['-', CLS_CONNECTOR],
    ['–', CLS_CONNECTOR],
    ['—', CLS_CONNECTOR],
    ["'", CLS_CONNECTOR],
    ['’', CLS_CONNECTOR],
    ['.', CLS_DOT],
    [',', CLS_BARRIER],
    ['@', CLS_BARRIER],
    ['_', CLS_BARRIER],
    ['“', CLS_BARRIER],
    ['\u02bc', CLS_CONNECTOR],
    ['\u00ad', CLS_WORD],
    ['\u200b', CLS_WORD],
    ['\u200d', CLS_WORD],
    ['\u2060', CLS_WORD],
    ['\ufeff', CLS_WORD],
  ])('%j', (ch, cls) => {
    expect(charClass(ch.charCodeAt(0))).toBe(cls);
  });
});

describe('folding', () => {
  it.each<[string, string]>([
    ['Sergéi', 'sergei'],
    ['Serge\u0301i', 'sergei'],
    ['ÉLYSÉE', 'elysee'],
    ['Çelik', 'celik'],
    ['PUTIN', 'putin'],
    ['Vladi\u00admir', 'vladimir'],
    ['\ufeffPu\u200bt\u200c\u200din\u2060', 'putin'],
    ['Yıldırım', 'yildirim'],
    ['WAŁĘSA', 'walesa'],
    ['Støre', 'store'],
    ['Đukanović', 'dukanovic'],
  ])('foldText(%j) is %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('wordKey marks non-words and combining marks', () => {
    expect(wordKey(' '.charCodeAt(0))).toBe(KEY_NONE);
    expect(wordKey(0x0301)).toBe(KEY_SKIP);
    expect(wordKey(0x00ad)).toBe(KEY_SKIP);
    expect(wordKey(0x200b)).toBe(KEY_SKIP);
    expect(wordKey('K'.charCodeAt(0))).toBe('k'.charCodeAt(0));
  });

  it('latinLower spells the stroked and joined letters as English writes them', () => {
    expect(latinLower('Binali Yıldırım, Jarosław, Støre, Bærum, Wœrth, Straße, Erdoğan')).toBe(
      'binali yildirim, jaroslaw, store, baerum, woerth, strasse, erdogan',
    );
  });

  it('stripMarks keeps case', () => {
    expect(stripMarks('Sergéi')).toBe('Sergei');
    expect(stripMarks('Vladi\u00admir')).toBe('Vladimir');
  });
});

describe('case helpers', () => {
  it.each<[string, boolean, boolean]>([
    ['PUTIN', true, true],
    ['Putin', false, true],
    ['putin', false, false],
    ['G20', true, true],
    ['2016', false, false],
  ])('%j: all caps %s, capitalized %s', (word, caps, capitalized) => {
    expect(isAllCaps(word)).toBe(caps);
    expect(isCapitalized(word)).toBe(capitalized);
  });
});

describe('against the Unicode patterns they replace', () => {
  // The regex definitions charClass and foldChar had before (the spec), with
  // the ignorable characters (words, folded away) and `ʼ` (an apostrophe).
  const NEWLINES = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);
  const IGNORABLES = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
  function specClass(code: number): number {
    if (code >= 0xd800 && code <= 0xdfff) return CLS_WORD;
    const ch = String.fromCharCode(code);
    if (code === 0x2e) return CLS_DOT;
    if (IGNORABLES.test(ch)) return CLS_WORD;
    if (code === 0x2bc) return CLS_CONNECTOR;
    if (NEWLINES.has(code)) return CLS_NEWLINE;
    // Kana, Han and Hangul part words, as punctuation does (isUnspacedScript).
    if (
      /^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]$/.test(ch)
    )
      return CLS_BARRIER;
    if (/\s/u.test(ch)) return CLS_SPACE;
    if (/[\p{L}\p{N}\p{M}]/u.test(ch)) return CLS_WORD;
    if (/[\p{Pd}'\u2018\u2019\u02bc\u2032\u00b4\u0060]/u.test(ch)) return CLS_CONNECTOR;
    return CLS_BARRIER;
  }
  function specFold(code: number): number {
    if (code >= 0xd800 && code <= 0xdfff) return code;
    const ch = String.fromCharCode(code);
    if (/\p{M}/u.test(ch) || IGNORABLES.test(ch)) return 0;
    // Stroked and dotless letters fold to the plain ones (`Yıldırım`, `Wałęsa`).
    const strokes: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ŧ: 't' };
    const base = ch.toLowerCase().normalize('NFD');
    return (strokes[base[0]!] ?? base).charCodeAt(0);
  }

  it('charClass, foldChar and isLetterOrNumberUnit agree on every code unit', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const letterOrNumber = /^[\p{L}\p{N}]$/u.test(ch);
      if (charClass(c) !== specClass(c)) wrong.push(`class ${c.toString(16)}`);
      if (foldChar(c) !== specFold(c)) wrong.push(`fold ${c.toString(16)}`);
      if (isLetterOrNumberUnit(c) !== letterOrNumber) wrong.push(`L|N ${c.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('stripMarks removes what \\p{M} matches, and the ignorable characters', () => {
    const pieces = ['a', 'É', 'e\u0301', 'Ǆ', '\u0301', '\u0345', '\u{1d165}', '\u{1d400}', '\ud834', '\udd65', 'ﬁ', 'ß', ' ', 'ñ', '\u0300\u0316', '\u00ad', '\u200b', '\ufeff']; // prettier-ignore
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        expect(stripMarks(text)).toBe(
          text.normalize('NFD').replace(/\p{M}|[\u00ad\u200b-\u200d\u2060\ufeff]/gu, ''),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
