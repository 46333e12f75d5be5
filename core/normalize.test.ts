import { describe, expect, it } from 'vitest';
import {
  charClass,
  CLS_BARRIER,
  CLS_CONNECTOR,
  CLS_DOT,
  CLS_NEWLINE,
  CLS_SPACE,
  CLS_WORD,
  foldText,
  isAllCaps,
  isCapitalized,
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
  ])('foldText(%j) is %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('wordKey marks non-words and combining marks', () => {
    expect(wordKey(' '.charCodeAt(0))).toBe(KEY_NONE);
    expect(wordKey(0x0301)).toBe(KEY_SKIP);
    expect(wordKey('K'.charCodeAt(0))).toBe('k'.charCodeAt(0));
  });

  it('stripMarks keeps case', () => {
    expect(stripMarks('Sergéi')).toBe('Sergei');
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
