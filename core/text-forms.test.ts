import { describe, expect, it } from 'vitest';
import type { SpotEntityInput } from './matcher-pack';
import { createSpotter } from './spotter';
import { packFor, spans } from './testing/spot';

/**
 * How pages write a name the catalog writes plainly: invisible characters
 * (soft hyphens, zero-width characters), other spaces, other apostrophes,
 * diacritics. Every mention must still point at the page's exact text.
 */
const strong = (...texts: string[]) => texts.map((text) => ({ text, strength: 'strong' as const }));
const ENTITIES: SpotEntityInput[] = [
  {
    id: 'vladimir-putin',
    name: 'Vladimir Putin',
    kind: 'person',
    aliases: strong('Vladimir Putin'),
    related: [],
  },
  {
    id: 'erdogan',
    name: 'Recep Tayyip Erdoğan',
    kind: 'person',
    aliases: strong('Recep Tayyip Erdoğan', 'Tayyip Erdogan'),
    related: [],
  },
  {
    id: 'yildirim',
    name: 'Binali Yıldırım',
    kind: 'person',
    aliases: strong('Binali Yıldırım'),
    related: [],
  },
  {
    id: 'sergei-lavrov',
    name: 'Sergei Lavrov',
    kind: 'person',
    aliases: strong('Sergei Lavrov'),
    related: [],
  },
  {
    id: 'beto',
    name: "Beto O'Rourke",
    kind: 'person',
    aliases: strong("Beto O'Rourke"),
    related: [],
  },
];
const spotter = createSpotter(packFor(ENTITIES));
const spot = (text: string) => spans(text, undefined, spotter);

describe('text forms: invisible characters inside a name', () => {
  it.each<[string, string]>([
    ['soft hyphen (U+00AD)', '\u00ad'],
    ['zero-width space (U+200B)', '\u200b'],
    ['zero-width non-joiner (U+200C)', '\u200c'],
    ['zero-width joiner (U+200D)', '\u200d'],
    ['word joiner (U+2060)', '\u2060'],
    ['zero-width no-break space (U+FEFF)', '\ufeff'],
  ])('%s inside a word is skipped, and the mention covers it', (_, ch) => {
    const text = `Today Vladi${ch}mir Pu${ch}tin spoke.`;
    // 0         1
    // 0123456789012345678
    // Today Vladi·mir Pu·tin spoke.
    expect(spot(text)).toEqual([[6, `Vladi${ch}mir Pu${ch}tin`, 'vladimir-putin']]);
  });

  it.each<[string, string]>([
    ['soft hyphen', '\u00ad'],
    ['zero-width space', '\u200b'],
    ['BOM', '\ufeff'],
  ])('%s before or after a name or beside its space does not hide it', (_, ch) => {
    expect(spot(`${ch}Vladimir Putin${ch} spoke`)).toEqual([
      [1, 'Vladimir Putin', 'vladimir-putin'],
    ]);
    expect(spot(`said ${ch}Vladimir ${ch}Putin`)).toEqual([
      [6, `Vladimir ${ch}Putin`, 'vladimir-putin'],
    ]);
    expect(spot(`said Vladimir${ch} Putin.`)).toEqual([
      [5, `Vladimir${ch} Putin`, 'vladimir-putin'],
    ]);
  });

  it('a soft hyphen keeps a word whole: no name inside a longer word', () => {
    expect(spot('Vladimir Putin\u00adism and Vladimir Putin\u00ad\u00adesque')).toEqual([]);
  });

  it('the soft hyphen of the Washington Post, with diacritics too', () => {
    // 0         1         2         3
    // 0123456789012345678901234567890123456
    const text = 'Vladi\u00admir Putin met Recep Tayyip Erdo\u00adğan.';
    expect(spot(text)).toEqual([
      [0, 'Vladi\u00admir Putin', 'vladimir-putin'],
      [20, 'Recep Tayyip Erdo\u00adğan', 'erdogan'],
    ]);
  });
});

describe('text forms: spaces', () => {
  it.each<[string, string]>([
    ['NBSP', '\u00a0'],
    ['narrow NBSP', '\u202f'],
    ['figure space', '\u2007'],
    ['thin space', '\u2009'],
    ['ideographic space', '\u3000'],
    ['tab', '\t'],
  ])('%s joins the words of a name', (_, ch) => {
    expect(spot(`Vladimir${ch}Putin`)).toEqual([[0, `Vladimir${ch}Putin`, 'vladimir-putin']]);
  });

  it('a zero-width space is not a space: two words written as one are not a name', () => {
    expect(spot('VladimirPutin, Vladimir\u200bPutin')).toEqual([]);
  });
});

describe('text forms: apostrophes', () => {
  it.each<[string, string]>([
    ['straight', "'"],
    ['curly', '\u2019'],
    ['modifier letter', '\u02bc'],
    ['left curly', '\u2018'],
  ])('%s apostrophe matches the alias written with a straight one', (_, ch) => {
    expect(spot(`Beto O${ch}Rourke said`)).toEqual([[0, `Beto O${ch}Rourke`, 'beto']]);
  });

  it('a modifier-letter apostrophe before s is a possessive, as the curly one is', () => {
    expect(spot('Vladimir Putin\u02bcs aide')).toEqual([[0, 'Vladimir Putin', 'vladimir-putin']]);
  });
});

describe('text forms: diacritics fold both ways', () => {
  it.each<[string, string]>([
    ['Recep Tayyip Erdogan', 'erdogan'],
    ['Recep Tayyip Erdoğan', 'erdogan'],
    ['Recep Tayyip Erdog\u0306an', 'erdogan'],
    ['Tayyip Erdoğan', 'erdogan'],
    ['Sergéi Lavrov', 'sergei-lavrov'],
    ['Serge\u0301i Lavrov', 'sergei-lavrov'],
    ['SERGÉI LAVROV', 'sergei-lavrov'],
    ['Binali Yildirim', 'yildirim'],
    ['Binali Yıldırım', 'yildirim'],
  ])('%j', (text, id) => {
    expect(spot(text)).toEqual([[0, text, id]]);
  });
});
