import { describe, expect, it } from 'vitest';
import {
  afterCalled,
  citedAuthor,
  firstHalfOfWord,
  acronymAfterName,
  bodyAfterUnknownName,
  gluedByPunctuation,
  inByline,
  inTitleLine,
  isSpanishArticleName,
  joinedIntoTitle,
  placeBeforeTitleWord,
  spanishArticleBefore,
} from './name-chunks';
import { pageWords } from './title-case';

/** `[start, end)` of the first `name` in `text`. */
const at = (text: string, name: string): [number, number] => {
  const start = text.indexOf(name);
  return [start, start + name.length];
};
const none = (): boolean => false;

describe('gluedByPunctuation', () => {
  it.each([
    ['The Founders Of A$AP Foundation', 'AP'],
    ['Asahi Shimbun Asia&Japan Watch', 'Japan'],
    ['Yahoo!ニュース見出し', 'Yahoo'],
    ['EHM PRODUCTIONS,INC. ALL RIGHTS', 'INC'],
    ['AT&T shares', 'AT'],
  ])('is glued: %s', (text, name) => {
    expect(gluedByPunctuation(text, ...at(text, name))).toBe(true);
  });

  it.each([
    ['Netflix, Amazon, Hulu', 'Amazon'],
    ['on Netflix, Amazon', 'Netflix'],
    ['It was Yahoo! Then it was not.', 'Yahoo'],
    ['Obama!', 'Obama'],
    ['Russia & China', 'China'],
  ])('is not glued: %s', (text, name) => {
    expect(gluedByPunctuation(text, ...at(text, name))).toBe(false);
  });
});

describe('joinedIntoTitle', () => {
  const known = (text: string, names: string[]) => (pos: number) =>
    names.some((n) => text.indexOf(n) === pos);

  it.each([
    ['Science of Us Bedford & Bowery Like Us', 'Bedford'],
    ['maker Johnson & Johnson said', 'Johnson'],
    ['Shows The News with Shepard Smith Entertainment', 'The News'],
    ['The Post and Courier newspaper reported', 'The Post'],
  ])('is one side of a title: %s', (text, name) => {
    expect(joinedIntoTitle(text, ...at(text, name), none)).toBe(true);
  });

  it.each([
    ['Russia & China talk', 'Russia', ['Russia', 'China']],
    ["'The Accused': Sir Cliff Richard & Others To Speak", 'Cliff Richard', []],
    ['Russia and Ukraine talk', 'Russia', []],
    ['The Post and the Times', 'The Post', []],
    ['The Post and The Times', 'The Post', ['The Times']],
  ])('is a name of its own: %s', (text, name, names) => {
    expect(joinedIntoTitle(text, ...at(text, name), known(text, names))).toBe(false);
  });
});

describe('acronymAfterName', () => {
  // 0         1         2
  // 012345678901234567890123
  // 'Tests Auto-ABC Verkehr'
  it('is glued after a hyphen to a name word that starts no match (Auto-ABC)', () => {
    expect(acronymAfterName('Tests Auto-ABC Verkehr', 11, none)).toBe(true);
  });

  it('not after a prefix, another name or nothing (Anti-NATO, US-EU, UN-backed)', () => {
    expect(acronymAfterName('an Anti-NATO rally', 8, none)).toBe(false);
    expect(acronymAfterName('US-EU talks', 3, (pos) => pos === 0)).toBe(false);
    expect(acronymAfterName('UN-backed talks', 0, none)).toBe(false);
  });
});

describe('inByline', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['Opinion\nBy Jane Doe and John Roe', 'Jane Doe'],
    ['Start of Article. Author: Eric Adams. Date', 'Eric Adams'],
  ])('is a byline: %s', (text, name) => {
    expect(inByline(text, text.indexOf(name))).toBe(true);
  });

  it.each([
    ['The bill was signed by Joe Biden on Monday.', 'Joe Biden'],
    ['A Speech By Joe Biden', 'Joe Biden'],
  ])('is not: %s', (text, name) => {
    expect(inByline(text, text.indexOf(name))).toBe(false);
  });
});

describe('bodyAfterUnknownName', () => {
  it.each([
    ['on Nigeria, SBM Intel, a Lagos firm', 'Intel'],
    ['a professor at George Washington University and', 'Washington University'],
    ['entered Emanuel African Methodist Episcopal Church in', 'Episcopal Church'],
  ])('follows an unknown name word: %s', (text, name) => {
    expect(bodyAfterUnknownName(text, text.indexOf(name), none, none, pageWords(text))).toBe(true);
  });

  it.each([
    ['Shares of Intel rose.', 'Intel'],
    ['Then Senator Obama joined NATO talks.', 'NATO'],
    ['The Ukrainian Naftogaz said.', 'Naftogaz'],
    ['It was. Intel rose.', 'Intel'],
  ])('does not: %s', (text, name) => {
    expect(bodyAfterUnknownName(text, text.indexOf(name), none, none, pageWords(text))).toBe(false);
  });

  it('says nothing in a title-case line, where every word is capitalized', () => {
    const text = 'Uma Pemmaraju Dies: Original Fox News Anchor Was 64';
    const check = bodyAfterUnknownName(text, text.indexOf('Fox'), none, none, pageWords(text));
    expect(check).toBe(false);
  });

  it('nor after a name we know (United Nations Security Council)', () => {
    const text = 'a session of the United Nations Security Council on Iran';
    const ends = (pos: number) => pos === text.indexOf(' Security');
    expect(bodyAfterUnknownName(text, text.indexOf('Security'), none, ends)).toBe(false);
  });
});

describe('Spanish El', () => {
  it('finds the article right before a name', () => {
    // 0         1
    // 0123456789012345
    // 'in El Salvador'
    expect(spanishArticleBefore('in El Salvador', 6)).toBe(3);
    expect(spanishArticleBefore('El Reno', 3)).toBe(0);
    expect(spanishArticleBefore('to Salvador', 3)).toBe(-1);
    expect(spanishArticleBefore('Del Salvador', 4)).toBe(-1);
  });

  it('knows a name kept without its article', () => {
    expect(isSpanishArticleName('El Salvador', 'Salvador')).toBe(true);
    expect(isSpanishArticleName('El Paso, Texas', 'Paso')).toBe(true);
    expect(isSpanishArticleName('El Salvador', 'Salv')).toBe(false);
    expect(isSpanishArticleName('Salvador Dalí', 'Salvador')).toBe(false);
  });
});

describe('inTitleLine', () => {
  const known = (text: string, names: string[]) => (pos: number) =>
    names.some((n) => text.indexOf(n) === pos);

  it.each([
    ['Podcasts\nSan Diego News Fix\nBorder Dispatch', 'San Diego'],
    ['Ramona Sentinel\nRSF Review\nSolana Beach Sun', 'RSF'],
    ['ヘルプ\nThe Japan News\n有料データベース', 'Japan'],
    ['BET FOOTBALL\nBET BASEBALL\nBET HOCKEY', 'BASEBALL'],
  ])('is one title: %s', (text, name) => {
    expect(inTitleLine(text, ...at(text, name), none)).toBe(true);
  });

  it('counts a masthead’s noun that some weak alias starts (The Japan News)', () => {
    const text = 'ヘルプ\nThe Japan News\n有料データベース';
    expect(inTitleLine(text, ...at(text, 'Japan'), (pos) => pos === text.indexOf('News'))).toBe(
      true,
    );
  });

  it.each([
    ['Menu\nJapan\nKorea', 'Japan', []],
    ['Menu\nRussia Ukraine\nMore', 'Russia', ['Russia', 'Ukraine']],
    ['Japan News stories are read by many people', 'Japan', []],
    ['Talks in Japan end', 'Japan', []],
    ['WASHINGTON SAYS NO\n\nThe end', 'WASHINGTON', []],
    ['Intro\nPutin Says No\nMore', 'Putin', []],
    ['John\nKerry, US–Russia', 'US', []],
    ['Cabinet\nFirst Lady Michelle Obama\nMore', 'Michelle Obama', []],
    ['Cabinet\nDr. Jill Biden\nMore', 'Jill Biden', []],
    ['Leagues\nItalian Serie A\nMore', 'Serie A', []],
  ])('is not: %s', (text, name, names) => {
    expect(inTitleLine(text, ...at(text, name), known(text, names))).toBe(false);
  });
});

describe('placeBeforeTitleWord', () => {
  const check = (text: string, name: string): boolean =>
    placeBeforeTitleWord(text, ...at(text, name), none, pageWords(text));

  it.each([
    ['to share a photo of the Chicago Fire actor, 35, posing', 'Chicago'],
    ['I support him on his show, Chicago Fire.', 'Chicago'],
    ['Tony Young On His Takeaways From The Miami Series In The Finals', 'Miami'],
  ])('is part of a name: %s', (text, name) => {
    expect(check(text, name)).toBe(true);
  });

  it.each([
    ['leaving Ohio Gov. John Kasich alone', 'Ohio'],
    ['as an Ohio Republican said', 'Ohio'],
    ['Notice to California Residents here', 'California'],
    ['He flew to Chicago Monday night.', 'Chicago'],
    ['Ramin Skibba: Russia’s War in Ukraine Reveals More Problems', 'Ukraine'],
    ['Why Miami Beats Boston In The Finals Again', 'Miami'],
  ])('is the place: %s', (text, name) => {
    expect(check(text, name)).toBe(false);
  });
});

describe('firstHalfOfWord and afterCalled', () => {
  it.each([
    ['Sultanpur1 Bara-banki1 Sant', 'Bara', true],
    ['Russia-backed forces', 'Russia', false],
    ['a US-led coalition', 'US', false],
    ['Russia - and China', 'Russia', false],
    ['Eimsbüttel Hamburg-Mitte Hamburg-Nord', 'Hamburg', true],
    ['Miami-Dade County', 'Miami', true],
    ['the Russia-Ukraine war', 'Russia', false], // `Ukraine` starts a match
    ['the US-Mexican border', 'US', false],
    ['US-Chinese relations', 'US', false],
  ])('%s: %s is half a word? %s', (text, name, expected) => {
    const start = text.indexOf(name);
    const startsMatch = (pos: number) => text.startsWith('Ukraine', pos);
    expect(firstHalfOfWord(text, start + name.length, startsMatch)).toBe(expected);
  });

  it.each([
    ['the prison, called Angola, occupies', 'Angola', true],
    ['a town named Paris in Texas', 'Paris', true],
    ['He flew to Angola on Monday', 'Angola', false],
  ])('%s: %s follows called? %s', (text, name, expected) =>
    expect(afterCalled(text, text.indexOf(name))).toBe(expected),
  );
});

describe('citedAuthor', () => {
  it.each([
    ['Gonzalez R, Silva JM, Sanchez A, Dominguez G', 'Sanchez', true],
    ['Sanchez JM. Microsatellite alterations', 'Sanchez', true],
    ['Sanchez A said on Monday', 'Sanchez', false],
    ['Pedro Sanchez, the prime minister', 'Sanchez', false],
  ])('%s: %s is an author? %s', (text, name, expected) =>
    expect(citedAuthor(text, text.indexOf(name) + name.length)).toBe(expected),
  );
});
