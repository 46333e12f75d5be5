import { describe, expect, it } from 'vitest';
import { archiveBrief as brief } from '../testing/brief';
import {
  buildCatalog,
  MIN_BRIEFS_FOR_LONE_SURNAME,
  placeNameOverFirstName,
  tieByWords,
  markSoleSurnames,
  slugOf,
  weakenRareSurnames,
  type GeneratedEntity,
} from './build-catalog';
import { nameUse } from './aliases';
import { referenceLists } from './reference-lists';

const entity = (
  id: string,
  kind: GeneratedEntity['kind'],
  name: string,
  briefs: number[],
  strength: 'strong' | 'weak' = 'strong',
): GeneratedEntity => ({
  id,
  wikipedia: id,
  kind,
  name,
  aliases: [{ text: name, strength }],
  briefs,
  roles: [],
  first: '',
  last: '',
  related: [],
  ties: [],
  children: [],
  participants: [],
  source: 'link',
});

describe('tieByWords', () => {
  const briefs = [
    brief('Protests fill the Georgian capital Tbilisi.'),
    brief('Georgian police clear a square in Tbilisi.'),
    brief('Tbilisi hosts Georgian and Armenian envoys.'),
    brief('A storm hits Atlanta, Georgia.'),
    brief('Atlanta votes.'),
    brief('Atlanta, Georgia, mourns.'),
  ];

  it('ties a place whose briefs mostly say the demonym to a country whose own name is weak', () => {
    const georgia = entity('Georgia_(country)', 'country', 'Georgia', [0], 'weak');
    const tbilisi = entity('tbilisi', 'place', 'Tbilisi', [0, 1, 2]);
    const atlanta = entity('atlanta', 'place', 'Atlanta', [3, 4, 5]);
    tieByWords([georgia, tbilisi, atlanta], briefs, referenceLists());
    expect(georgia.ties).toEqual(['tbilisi']);
  });

  it('leaves a country whose name is strong alone', () => {
    const georgia = entity('Georgia_(country)', 'country', 'Georgia', [0]);
    const tbilisi = entity('tbilisi', 'place', 'Tbilisi', [0, 1, 2]);
    tieByWords([georgia, tbilisi], briefs, referenceLists());
    expect(georgia.ties).toEqual([]);
  });
});

describe('markSoleSurnames', () => {
  const lists = referenceLists();
  const person = (name: string, surname: string) => ({
    kind: 'person' as const,
    name,
    aliases: [
      { text: name, strength: 'strong' as const },
      { text: surname, strength: 'weak' as const } as {
        text: string;
        strength: 'weak';
        sole?: boolean;
      },
    ],
  });
  const soles = (entities: ReturnType<typeof person>[], briefs: string[] = []) => {
    markSoleSurnames(entities, lists, nameUse(briefs, lists));
    return entities.flatMap((e) =>
      e.aliases.filter((a) => 'sole' in a && a.sole).map((a) => a.text),
    );
  };

  it('marks a weak surname only one person has', () => {
    expect(soles([person('J. K. Rowling', 'Rowling'), person('Anthony Fauci', 'Fauci')])).toEqual([
      'Rowling',
      'Fauci',
    ]);
  });

  it('not one another person’s name ends with, a word, a demonym or a lowercase word', () => {
    const jerome = { ...person('Jerome Powell', 'Jerome'), aliases: [] };
    expect(soles([person('Colin Powell', 'Powell'), jerome])).toEqual([]);
    expect(soles([person('Gordon Brown', 'Brown')])).toEqual([]);
    expect(soles([person('Bill English', 'English')])).toEqual([]);
    expect(
      soles([person('Al Jazeera English Online', 'Online')], ['news online', 'shop online']),
    ).toEqual([]);
  });
});

describe('weakenRareSurnames', () => {
  const person = (briefs: number) => ({
    kind: 'person' as const,
    name: 'Jonathan Pollard',
    aliases: [
      { text: 'Jonathan Pollard', strength: 'strong' as const },
      { text: 'Pollard', strength: 'strong' as 'strong' | 'weak' },
    ],
    briefs: Array.from({ length: briefs }, (_, i) => i),
  });

  it('leaves the surname of someone the news names often strong', () => {
    const e = person(MIN_BRIEFS_FOR_LONE_SURNAME);
    weakenRareSurnames(e);
    expect(e.aliases.map((a) => a.strength)).toEqual(['strong', 'strong']);
  });

  it('makes a rarer person’s surname wait for the full name', () => {
    const e = person(5);
    weakenRareSurnames(e);
    expect(e.aliases.map((a) => a.strength)).toEqual(['strong', 'weak']);
  });
});

describe('reference lists: everyday words', () => {
  it('holds the most common words (apple) but not rarer ones a company may be named (twitter, oracle)', () => {
    const { everydayWordsLower, commonWordsLower } = referenceLists();
    expect(everydayWordsLower.has('apple')).toBe(true);
    expect(everydayWordsLower.has('twitter')).toBe(false);
    expect(commonWordsLower.has('twitter')).toBe(true);
  });
});

describe('placeNameOverFirstName', () => {
  it('is the name of a place the links write it for, and the briefs seldom before a surname', () => {
    // Israel: 252 links, 28 uses in `Israel Katz` of 3,103.
    expect(
      placeNameOverFirstName({ ownLinks: 252, links: 252, givenNameUses: 28, uses: 3103 }),
    ).toBe(true);
  });

  it.each([
    ['too few links', { ownLinks: 9, links: 9, givenNameUses: 0, uses: 300 }],
    ['links that go elsewhere too', { ownLinks: 20, links: 25, givenNameUses: 0, uses: 300 }],
    [
      'a first name the briefs write before surnames',
      { ownLinks: 25, links: 25, givenNameUses: 16, uses: 614 },
    ],
  ])('is not: %s', (_, counts) => expect(placeNameOverFirstName(counts)).toBe(false));
});

describe('buildCatalog: places mined from the archive', () => {
  it("keeps a space centre's name, which no link vouches for, and no other mined place", () => {
    const { entities } = buildCatalog(
      [
        brief('Japan launches a probe from the Tanegashima Space Center today.'),
        brief('A rocket lifts off from the Tanegashima Space Center at dawn.'),
        brief('Engineers rebuild the Launch Complex after the fire there.'),
        brief('A crowd watches from the Launch Complex as it burns.'),
        brief('Floods reach the Mekong Delta Region in the south.'),
        brief('Farmers leave the Mekong Delta Region after the floods.'),
      ],
      referenceLists(),
    );
    expect(entities.map((e) => [e.name, e.kind])).toEqual([['Tanegashima Space Center', 'place']]);
  });
});

describe('slugOf', () => {
  it.each([
    ['Vladimir Putin', 'vladimir-putin'],
    ['Recep Tayyip Erdoğan', 'recep-tayyip-erdogan'],
    ['Binali Yıldırım', 'binali-yildirim'],
    ['Władysław Kosiniak-Kamysz', 'wladyslaw-kosiniak-kamysz'],
    ['Jonas Gahr Støre', 'jonas-gahr-store'],
    ['Bærum mosque shooting', 'baerum-mosque-shooting'],
    ['AT&T', 'at-and-t'],
  ])('%s is %s', (title, slug) => expect(slugOf(title)).toBe(slug));
});
