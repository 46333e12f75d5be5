import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../core/pack';
import {
  definedAcronymJoins,
  parenthesizedNames,
  derivedTitleRenames,
  formerNameRenames,
  formerNames,
  MIN_SHARED_SLOTS,
  type RenameGroup,
} from './renames';
import { sameThingKey } from './same-thing';

const group = (
  kind: EntityKind,
  first: string,
  last: string,
  names: string[] = [],
  mined = false,
): RenameGroup => ({ kind, first, last, names: names.map(sameThingKey), mined });
const keys = (titles: string[]) => titles.map(sameThingKey);
const recurring = (key: string) => /\b(?:olympics|election)\b/.test(key);

describe('derivedTitleRenames', () => {
  // Catalog round 8: the article `Israel–Hamas war` renamed `Gaza war` in 2024, and the articles
  // named after it with it.
  const war = new Map([
    ['e:israel hamas war', group('war', '2023-10-07', '2024-07-31')],
    ['e:gaza war', group('war', '2023-11-12', '2026-08-22')],
    ['e:2026 iran war', group('war', '2026-02-28', '2026-08-20')],
  ]);
  const titles = keys([
    'Israel–Hamas war',
    'Gaza war',
    'Israel–Hamas war hostage crisis',
    'Gaza war hostage crisis',
    'Humanitarian aid during the Israel–Hamas war',
    'Humanitarian aid during the Gaza war',
    'Killing of journalists in the Israel–Hamas war',
    'Killing of journalists in the Gaza war',
    // Slots a third war fills too tell nothing.
    'Evacuations during the Gaza war',
    'Evacuations during the 2026 Iran war',
    'Evacuations during the Israel–Hamas war',
  ]);

  it('joins an old title to its new one when other titles are renamed alike', () => {
    expect(derivedTitleRenames(war, titles, recurring)).toEqual([
      ['e:israel hamas war', 'e:gaza war'],
    ]);
  });

  it(`needs ${MIN_SHARED_SLOTS} slots that only these two fill`, () => {
    expect(derivedTitleRenames(war, titles.slice(0, 6), recurring)).toEqual([]);
  });

  it('does not join two wars that go on together (`Gaza war`, `2026 Iran war`)', () => {
    const both = keys([
      'Evacuations during the Gaza war',
      'Evacuations during the 2026 Iran war',
      'Casualties of the Gaza war',
      'Casualties of the 2026 Iran war',
      'Antisemitism during the Gaza war',
      'Antisemitism during the 2026 Iran war',
    ]);
    expect(derivedTitleRenames(war, both, recurring)).toEqual([]);
  });

  it('does not join a series (`United States at the {}`) nor actors', () => {
    const games = new Map([
      ['e:2020 summer olympics', group('event', '2021-07-01', '2021-08-10')],
      ['e:2022 winter olympics', group('event', '2022-02-01', '2022-02-20')],
      ['a:china', group('country', '2002-01-01', '2026-01-01')],
      ['a:japan', group('country', '2002-01-01', '2026-01-02')],
    ]);
    const slots = ['United States at the', 'Italy at the', 'Canada at the'].flatMap((s) => [
      `${s} 2020 Summer Olympics`,
      `${s} 2022 Winter Olympics`,
    ]);
    const countries = ['Cinema of', 'Aging of', 'Judicial system of'].flatMap((s) => [
      `${s} China`,
      `${s} Japan`,
    ]);
    expect(derivedTitleRenames(games, keys([...slots, ...countries]), recurring)).toEqual([]);
  });
});

describe('formerNames', () => {
  it.each([
    [
      'Elon Musk announces on X (formerly Twitter) that …',
      [['Elon Musk announces on X', 'Twitter']],
    ],
    [
      'The private military company Xe Services LLC (formerly Blackwater Worldwide) agrees …',
      [['Xe Services LLC', 'Blackwater Worldwide']],
    ],
    ['Ibrahim Jaafari replaces Iyad Allawi as interim prime minister.', []],
  ])('%s', (text, pairs) => {
    const got = formerNames(text).map(([n, o]) => [n.split(' ').pop(), o]);
    expect(got).toEqual(pairs.map(([n, o]) => [n!.split(' ').pop(), o]));
  });
});

describe('formerNameRenames', () => {
  // The links write `X` for Twitter too: the new name is the other group of that name.
  const groups = new Map([
    ['a:twitter', group('organization', '2009-06-02', '2026-03-20', ['Twitter', 'X'])],
    ['a:x social network', group('organization', '2023-11-17', '2026-07-23', ['X'])],
    ['a:manuel valls', group('person', '2012-05-01', '2018-01-01', ['Manuel Valls'])],
    ['a:kodak theatre', group('organization', '2011-02-27', '2012-02-26', ['Kodak Theatre'])],
  ]);
  it('joins the old name into the new one', () => {
    expect(
      formerNameRenames(groups, [['Elon Musk announces on X', 'Twitter']], sameThingKey),
    ).toEqual([['a:twitter', 'a:x social network']]);
  });
  it('needs both names to be one group each, of one family', () => {
    expect(
      formerNameRenames(
        groups,
        [
          ['Hollywood and Highland Center Theatre', 'Kodak Theatre'],
          ['Manuel Valls', 'Minister of the Interior'],
          ['Gary Glitter', 'convicted on child pornography charges'],
        ],
        sameThingKey,
      ),
    ).toEqual([]);
  });
  it('does not join a newer name into an older one', () => {
    expect(formerNameRenames(groups, [['Twitter', 'X']], sameThingKey)).toEqual([]);
  });
});

describe('definedAcronymJoins', () => {
  const groups = new Map([
    ['a:farc', group('group', '2002-07-01', '2026-01-01', ['FARC'])],
    [
      'a:revolutionary armed forces of colombia',
      group('group', '2002-08-01', '2017-01-01', ['Revolutionary Armed Forces of Colombia'], true),
    ],
    ['a:international criminal court', group('organization', '2002-07-01', '2026-01-01', ['ICC'])],
    ['a:international cricket council', group('organization', '2005-01-01', '2026-01-01')],
  ]);
  const defined = (text: string) => parenthesizedNames(text);
  it('joins a body titled by an acronym into the name a brief defines it for', () =>
    expect(
      definedAcronymJoins(
        groups,
        defined('Colombia and the Revolutionary Armed Forces of Colombia (FARC) sign a ceasefire.'),
        sameThingKey,
      ),
    ).toEqual([['a:farc', 'a:revolutionary armed forces of colombia']]));
  it('joins a party titled by a word and `Party` into the name a brief gives it (Fidesz)', () => {
    const parties = new Map([
      ['a:fidesz party', group('group', '2015-02-22', '2018-04-08', ['Fidesz Party'])],
      ['a:hungarian civic union', group('organization', '2010-04-12', '2010-04-25')],
      ['a:google', group('organization', '2005-01-01', '2026-01-01', ['Google'])],
      ['a:alphabet inc', group('organization', '2015-08-10', '2026-01-01', ['Alphabet Inc.'])],
    ]);
    expect(
      definedAcronymJoins(
        parties,
        [
          ...defined('The centre-right Hungarian Civic Union (Fidesz) wins all 119 seats.'),
          ...defined('Alphabet Inc. (Google) is fined.'),
        ],
        sameThingKey,
      ),
    ).toEqual([['a:fidesz party', 'a:hungarian civic union']]);
  });
  it('not an acronym a body goes by that is titled otherwise (ICC)', () =>
    expect(
      definedAcronymJoins(
        groups,
        defined('The International Cricket Council (ICC) suspends Zimbabwe.'),
        sameThingKey,
      ),
    ).toEqual([]));
});
