import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../core/pack';
import { initialsOf, otherTitles, type TitleGroup } from './other-titles';
import { sameThingKey } from './same-thing';

type Row = [title: string, kind: EntityKind, weight: number, mined?: boolean];
const groupsOf = (rows: Row[]) =>
  new Map<string, TitleGroup>(
    rows.map(([title, kind, weight, mined = false]) => [
      `a:${sameThingKey(title)}`,
      { kind, title, weight, mined },
    ]),
  );
const OWNERS = new Set(['uk', 'bangladesh', 'iraqi', 'us', 'jordanian', 'mexican']);
const joins = (rows: Row[]) =>
  otherTitles(groupsOf(rows), OWNERS).map(([from, into]) => [
    groupsOf(rows).get(from)!.title,
    groupsOf(rows).get(into)!.title,
  ]);

describe('initialsOf', () => {
  it.each([
    ['North Atlantic Treaty Organization', 'NATO'],
    ['Movement for Democratic Change', 'MDC'],
    ['Islamic Revolutionary Guard Corps', 'IRGC'],
    ['Democratic Party (United States)', 'DP'],
  ])('%s → %s', (title, initials) => expect(initialsOf(title)).toBe(initials));

  it.each(['Hamas', 'Gaza strip'])('%s has none', (title) =>
    expect(initialsOf(title)).toBeUndefined(),
  );
});

describe('otherTitles', () => {
  it('takes a mined long name into its linked acronym', () =>
    expect(
      joins([
        ['NATO', 'organization', 175],
        ['North Atlantic Treaty Organization', 'organization', 30, true],
      ]),
    ).toEqual([['North Atlantic Treaty Organization', 'NATO']]));

  it('leaves an acronym that two bodies could spell', () =>
    expect(
      joins([
        ['MDC', 'group', 20],
        ['Movement for Democratic Change', 'group', 30],
        ['Muslim Democratic Congress', 'organization', 5],
      ]),
    ).toEqual([]));

  it('joins nothing when both titles are mined', () =>
    expect(
      joins([
        ['ABC', 'organization', 20, true],
        ['Alpha Beta Corps', 'organization', 5, true],
      ]),
    ).toEqual([]));

  it("takes a body's name after whose it is into the bare linked name", () =>
    expect(
      joins([
        ['Home Office', 'organization', 5],
        ['UK Home Office', 'organization', 15, true],
        ['Bangladesh Nationalist Party', 'group', 40],
        ['Opposition Bangladesh Nationalist Party', 'group', 4],
      ]),
    ).toEqual([
      ['UK Home Office', 'Home Office'],
      ['Opposition Bangladesh Nationalist Party', 'Bangladesh Nationalist Party'],
    ]));

  it('keeps apart a bare name that several owners write', () =>
    expect(
      joins([
        ['Supreme Court', 'organization', 50],
        ['UK Supreme Court', 'organization', 10, true],
        ['US Supreme Court', 'organization', 20, true],
      ]),
    ).toEqual([]));

  it('takes a lighter linked bare name into the one owned title', () =>
    expect(
      joins([
        ['Human Rights Council', 'organization', 8],
        ['United Nations Human Rights Council', 'organization', 48],
      ]),
    ).toEqual([['Human Rights Council', 'United Nations Human Rights Council']]));

  it('keeps a generic two-word name apart from its one owner', () =>
    expect(
      joins([
        ['Interior Ministry', 'organization', 5],
        ['Iraqi Interior Ministry', 'organization', 40],
      ]),
    ).toEqual([]));

  it("takes a mined bare name into a US, UK or UN body's linked title, not another country's", () =>
    expect(
      joins([
        ['Environmental Protection Agency', 'organization', 35, true],
        ['United States Environmental Protection Agency', 'organization', 5],
        ['National Intelligence Service', 'organization', 10, true],
        ['Iraqi National Intelligence Service', 'organization', 5],
      ]),
    ).toEqual([
      ['Environmental Protection Agency', 'United States Environmental Protection Agency'],
    ]));

  it('joins two mined names of three words or more, or of a US body', () =>
    expect(
      joins([
        ['National Security Agency', 'organization', 130, true],
        ['U.S. National Security Agency', 'organization', 10, true],
        ['National Action Party', 'group', 10, true],
        ['Mexican National Action Party', 'group', 12, true],
        ['Episcopal Church', 'organization', 46, true],
        ['United States Episcopal Church', 'organization', 10, true],
        ['Popular Front', 'group', 60, true],
        ['Iraqi Popular Front', 'group', 10, true],
      ]),
    ).toEqual([
      ['U.S. National Security Agency', 'National Security Agency'],
      ['National Action Party', 'Mexican National Action Party'],
      ['United States Episcopal Church', 'Episcopal Church'],
    ]));

  it('joins every title of one body: its acronym, its bare name and its owned name', () =>
    expect(
      joins([
        ['EPA', 'organization', 20],
        ['Environmental Protection Agency', 'organization', 35, true],
        ['United States Environmental Protection Agency', 'organization', 5],
      ]),
    ).toEqual([
      ['Environmental Protection Agency', 'EPA'],
      ['United States Environmental Protection Agency', 'EPA'],
    ]));

  it("takes a body's title without `Royal` before whose it is", () =>
    expect(
      joins([
        ['Royal Jordanian Air Force', 'organization', 15],
        ['Jordanian Air Force', 'organization', 5],
        ['Royal Navy', 'organization', 40],
        ['Navy', 'organization', 5],
      ]),
    ).toEqual([['Jordanian Air Force', 'Royal Jordanian Air Force']]));

  it('takes a word in the plural for the singular', () =>
    expect(
      joins([
        ['Islamic Courts Union', 'group', 30],
        ['Islamic Court Union', 'group', 4, true],
      ]),
    ).toEqual([['Islamic Court Union', 'Islamic Courts Union']]));

  it('joins only bodies', () =>
    expect(
      joins([
        ['NATO', 'person', 5],
        ['North Atlantic Treaty Organization', 'organization', 30],
        ['UK Home Office', 'place', 3],
        ['Home Office', 'organization', 5],
      ]),
    ).toEqual([]));

  it("joins a people's word and its place's (Baloch, Balochistan Liberation Army)", () => {
    expect(
      joins([
        ['Balochistan Liberation Army', 'group', 140],
        ['Baloch Liberation Army', 'group', 18],
      ]),
    ).toEqual([['Baloch Liberation Army', 'Balochistan Liberation Army']]);
    expect(
      joins([
        ['Sri Lankan Army', 'organization', 50],
        ['Sri Lanka Army', 'organization', 12],
      ]),
    ).toEqual([['Sri Lanka Army', 'Sri Lankan Army']]);
  });

  it("not a country's adjective of another country (Niger, Nigerian), nor a short word", () => {
    const owners = new Set(['niger', 'nigerian', 'nigeria']);
    const rows: Row[] = [
      ['Niger Army', 'organization', 10],
      ['Nigerian Army', 'organization', 50],
      ['Irani Party', 'group', 5],
      ['Iran Party', 'group', 5],
    ];
    expect(otherTitles(groupsOf(rows), owners)).toEqual([]);
  });

  it('joins a body in one era of its own to the body (Twitter under Elon Musk)', () =>
    expect(
      joins([
        ['Twitter', 'organization', 900],
        ['Twitter under Elon Musk', 'organization', 24],
      ]),
    ).toEqual([['Twitter under Elon Musk', 'Twitter']]));
});
