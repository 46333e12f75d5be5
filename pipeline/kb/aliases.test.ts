import { describe, expect, it } from 'vitest';
import {
  genericShortName,
  everydayWordsOnly,
  phraseCases,
  CUT_SHORT,
  isDescription,
  ownerTitles,
  ownedBody,
  anchorOwners,
  aliasStrengths,
  aliasTexts,
  hasWords,
  mostlyLowercase,
  nameUse,
  surname,
  surnameOfOthers,
  wordSurnameIsName,
  surnameStandsAlone,
} from './aliases';
import type { NameUse } from './aliases';
import { referenceLists } from './reference-lists';

const lists = referenceLists();

describe('surname', () => {
  it.each([
    ['Vladimir Putin', 'Putin'],
    ['Martin Luther King Jr.', 'King'],
    ['Madonna', undefined],
    ['El Reno', undefined],
    ['Al Gore', 'Gore'],
  ])('%s → %s', (name, last) => expect(surname(name)).toBe(last));
});

describe('aliasTexts', () => {
  it("takes the other titles of the same thing, unless another entity's", () => {
    const texts = aliasTexts(
      {
        title: 'Islamic State',
        kind: 'group',
        anchors: new Map([['ISIL', 1]]),
        variants: ['ISIL', 'Islamic State in Iraq and the Levant (ISIL)', 'Hamas'],
      },
      new Set(['Hamas']),
      lists,
    );
    expect(texts).toEqual(['Islamic State', 'ISIL', 'Islamic State in Iraq and the Levant']);
  });

  it('takes the surname of every spelling of a person (Zelensky as well as Zelenskyy)', () => {
    const texts = aliasTexts(
      {
        title: 'Volodymyr Zelenskyy',
        kind: 'person',
        anchors: new Map(),
        variants: ['Volodymyr Zelensky'],
      },
      new Set(),
      lists,
    );
    expect(texts).toEqual(['Volodymyr Zelenskyy', 'Volodymyr Zelensky', 'Zelenskyy', 'Zelensky']);
  });

  it("takes the title without its disambiguator, anchors that are part of it, acronyms, and a person's surname", () => {
    const texts = aliasTexts(
      {
        title: 'Sergey Lavrov',
        kind: 'person',
        anchors: new Map([
          ['Lavrov', 3],
          ['Sergei Lavrov', 1],
          ['the minister', 2],
        ]),
      },
      new Set(),
      lists,
    );
    expect(texts).toContain('Sergey Lavrov');
    expect(texts).toContain('Lavrov');
    expect(texts).not.toContain('the minister');
    const org = aliasTexts(
      {
        title: 'North Atlantic Treaty Organization',
        kind: 'organization',
        anchors: new Map([['NATO', 4]]),
      },
      new Set(),
      lists,
    );
    expect(org).toContain('NATO');
  });
});

describe('aliasStrengths', () => {
  const claims = new Map([
    ['Putin', 1],
    ['Lavrov', 1],
    ['Kerry', 1],
    ['Washington', 2],
    ['May', 1],
    ['Georgia', 2],
    ['Vladimir Putin', 1],
    ['X', 1],
    ['NATO', 1],
  ]);
  const strength = aliasStrengths(claims, lists);
  it.each([
    ['Putin', 'strong'],
    ['Lavrov', 'strong'],
    ['Vladimir Putin', 'strong'],
    ['Kerry', 'weak'], // a first name
    ['May', 'weak'], // a common word
    ['Washington', 'weak'], // claimed twice
    ['Georgia', 'weak'],
    ['X', 'weak'], // one letter: an initial too (`Francis X. De Luca`)
    ['NATO', 'strong'],
  ])('%s is %s', (text, expected) => expect(strength(text)).toBe(expected));
});

describe('surnameOfOthers', () => {
  const use = nameUse(
    [
      'Vladimir Putin meets Ahmed Sayed.',
      'Putin speaks. Ali Sayed is arrested. Mushahid Hussain Sayed resigns.',
      'Omar Sayed and Putin.',
      'President Putin visits.',
    ],
    lists,
  );
  it('finds a surname the briefs write after other first names too', () => {
    expect(surnameOfOthers('Sayed', 'Mushahid Hussain Sayed', use)).toBe(true);
  });
  it('keeps a surname written only after its own first name or a title', () => {
    expect(surnameOfOthers('Putin', 'Vladimir Putin', use)).toBe(false);
  });
});

describe('wordSurnameIsName', () => {
  const briefs = (full: string, n: number) =>
    Array.from(
      { length: n },
      (_, i) => `${full} speaks on day ${i}; then ${full.split(' ')[1]} leaves.`,
    );
  const use = nameUse(
    [
      ...briefs('Donald Trump', 5),
      ...briefs('Gordon Brown', 5),
      'Chris Brown sings. Michael Brown is shot. Dan Brown writes. Lee Brown speaks.',
      ...briefs('Donald Tusk', 4),
      ...briefs('Theresa May', 6),
    ],
    lists,
  );
  it('makes a surname that is a word a name when the news writes it for one person', () => {
    expect(wordSurnameIsName('Trump', 'Donald Trump', lists, use)).toBe(true);
  });
  it('not when others bear it, when it is seldom written alone, or a month', () => {
    expect(wordSurnameIsName('Brown', 'Gordon Brown', lists, use)).toBe(false);
    expect(wordSurnameIsName('Tusk', 'Donald Tusk', lists, use)).toBe(false);
    expect(wordSurnameIsName('May', 'Theresa May', lists, use)).toBe(false);
  });
});

describe('surnameStandsAlone', () => {
  const use = nameUse(
    [
      'Russian President Vladimir Putin meets envoys; Putin says talks go on.',
      'Vladimir Putin signs a law. Later, Putin speaks.',
      'Bill English resigns. The English cricket team wins.',
    ],
    lists,
  );
  it('takes a surname the briefs write alone after the full name', () => {
    expect(surnameStandsAlone('Putin', 'Vladimir Putin', new Map(), use)).toBe(true);
  });
  it('or that the briefs link alone to the person', () => {
    expect(surnameStandsAlone('English', 'Bill English', new Map([['English', 1]]), use)).toBe(
      true,
    );
  });
  it('not a word the briefs write alone for something else', () => {
    expect(surnameStandsAlone('English', 'Bill English', new Map(), use)).toBe(false);
  });
  it('reads a name past its initials (George W. Bush, Robert F. Kennedy Jr.)', () => {
    const initials = nameUse(
      [
        'U.S. President George W. Bush visits Iraq; Bush meets troops.',
        'George W. Bush vetoes a bill. Bush says it costs too much.',
        'Health Secretary Robert F. Kennedy Jr. speaks; Kennedy says vaccines are safe.',
        'Robert F. Kennedy Jr. fires the panel, and Kennedy names a new one.',
      ],
      lists,
    );
    expect(surnameStandsAlone('Bush', 'George W. Bush', new Map(), initials)).toBe(true);
    expect(surnameStandsAlone('Kennedy', 'Robert F. Kennedy Jr.', new Map(), initials)).toBe(true);
  });
});

describe('aliasTexts: countries and acronyms', () => {
  const texts = (title: string, kind: string, anchors: [string, number][] = []) =>
    aliasTexts({ title, kind, anchors: new Map(anchors), variants: [] }, new Set(), lists);

  it('takes a country’s other common names (Britain, America, Ireland)', () => {
    expect(texts('United Kingdom', 'country')).toEqual(
      expect.arrayContaining(['Britain', 'Great Britain']),
    );
    expect(texts('United States', 'country')).toContain('America');
    expect(texts('Republic of Ireland', 'country')).toContain('Ireland');
  });

  it('writes a short acronym with dots too (U.K.), not a longer one', () => {
    expect(texts('United Kingdom', 'country', [['UK', 3]])).toEqual(
      expect.arrayContaining(['UK', 'U.K.']),
    );
    expect(texts('Islamic State', 'group', [['ISIL', 3]])).not.toContain('I.S.I.L.');
  });
});

describe('aliasTexts: teams', () => {
  it('takes a team’s nickname (Padres of San Diego Padres)', () => {
    const texts = aliasTexts(
      { title: 'San Diego Padres', kind: 'organization', anchors: new Map(), variants: [] },
      new Set(),
      lists,
    );
    expect(texts).toEqual(['San Diego Padres', 'Padres']);
  });
});

describe('aliasTexts: companies', () => {
  it('takes the name without its legal form (Apple of Apple Inc.)', () => {
    const texts = (title: string) =>
      aliasTexts(
        { title, kind: 'organization', anchors: new Map(), variants: [] },
        new Set(),
        lists,
      );
    expect(texts('Apple Inc.')).toEqual(['Apple Inc.', 'Apple']);
    expect(texts('Lockheed Martin Corporation')).toContain('Lockheed Martin');
    expect(texts('Inc.')).toEqual(['Inc.']);
  });
});

describe('anchorOwners and the names links give', () => {
  const owners = anchorOwners([
    {
      title: 'United States Navy',
      anchors: new Map([
        ['U.S. Navy', 9],
        ['navy', 4],
      ]),
    },
    {
      title: 'Russian Armed Forces',
      anchors: new Map([
        ['Russian forces', 6],
        ['Russian military', 5],
      ]),
    },
    { title: 'Taiwan', anchors: new Map([['Taiwanese', 4]]) },
    { title: 'Navy of Chile', anchors: new Map([['U.S. Navy', 1]]) },
    { title: 'A', anchors: new Map([['Shared Name', 3]]) },
    { title: 'B', anchors: new Map([['Shared Name', 3]]) },
  ]);

  it('gives an anchor to the title its links go to above all', () => {
    expect(owners.get('U.S. Navy')).toBe('United States Navy');
    expect(owners.has('Shared Name')).toBe(false);
  });

  it('makes it an alias when it is a name, not a description or a demonym', () => {
    const texts = (title: string, anchors: [string, number][]) =>
      aliasTexts(
        { title, kind: 'organization', anchors: new Map(anchors), variants: [] },
        new Set(),
        lists,
        undefined,
        owners,
      );
    expect(texts('United States Navy', [['U.S. Navy', 9]])).toContain('U.S. Navy');
    expect(texts('Russian Armed Forces', [['Russian forces', 6]])).not.toContain('Russian forces');
    expect(texts('Taiwan', [['Taiwanese', 4]])).not.toContain('Taiwanese');
  });
});

describe('aliasTexts: whole words, dated events, lowercase words', () => {
  const texts = (title: string, kind: string, anchors: [string, number][], use?: NameUse) =>
    aliasTexts({ title, kind, anchors: new Map(anchors), variants: [] }, new Set(), lists, use);

  it('takes a part of the name only as whole words (not Olympic of Winter Olympics)', () => {
    expect(hasWords('Ski jumping at the Winter Olympics', 'Olympic')).toBe(false);
    expect(hasWords('Ski jumping at the Winter Olympics', 'Winter Olympics')).toBe(true);
    expect(hasWords('Netflix, Inc.', 'Netflix')).toBe(true);
    expect(
      texts('Ski jumping at the Winter Olympics', 'event', [
        ['Olympic', 3],
        ['Winter Olympics', 3],
      ]),
    ).toEqual(['Ski jumping at the Winter Olympics', 'Winter Olympics']);
  });

  it('gives a dated event no alias without its year (any year has a Senate election)', () => {
    const anchors: [string, number][] = [
      ['Senate election', 4],
      ['2025 Philippine Senate election', 2],
    ];
    expect(texts('2025 Philippine Senate election', 'event', anchors)).toEqual([
      '2025 Philippine Senate election',
    ]);
    // An undated name keeps its parts.
    expect(texts('Philippine Senate election', 'event', anchors)).toContain('Senate election');
  });

  it('takes no part of a name Wikipedia disambiguates (Ombudsman of a country’s office)', () => {
    const anchors: [string, number][] = [['Ombudsman', 6]];
    expect(texts('Office of the Ombudsman (Philippines)', 'organization', anchors)).toEqual([
      'Office of the Ombudsman',
    ]);
    expect(texts('Office of the Ombudsman', 'organization', anchors)).toContain('Ombudsman');
  });

  it('drops a one-word name of a body that the briefs mostly write in lowercase (the mafia)', () => {
    const use = nameUse(
      [
        'The Sicilian Mafia is on trial; the mafia of Naples is not.',
        'A mafia boss, the mafia money and mafia ways.',
        'The Carabinieri arrest the Sicilian Mafia boss; Mafia dons flee.',
      ],
      lists,
    );
    expect(mostlyLowercase('Mafia', use)).toBe(true);
    expect(mostlyLowercase('Carabinieri', use)).toBe(false);
    expect(mostlyLowercase('NATO', use)).toBe(false);
    expect(texts('Sicilian Mafia', 'group', [['Mafia', 5]], use)).toEqual(['Sicilian Mafia']);
  });
});

describe('ownedBody', () => {
  it.each([
    ['United States Congress', 'Congress', 'United States'],
    ['U.S. Senate', 'Senate', 'United States'],
    ['Brazilian Congress', 'Congress', 'Brazil'],
    ['Indian Air Force', 'Air Force', 'India'],
  ])('%s: %s of %s', (name, body, country) =>
    expect(ownedBody(name, lists)).toEqual({ body, country }),
  );

  it.each([
    'Congress Party',
    'Indian National Congress',
    'United States Department of Defense',
    'Army',
  ])('%s is no body every country has, named after its country', (name) =>
    expect(ownedBody(name, lists)).toBeUndefined(),
  );
});

describe('aliasTexts: a university by its word, an epidemic by its disease', () => {
  const texts = (title: string, kind: string, titles: string[] = []) =>
    aliasTexts({ title, kind, anchors: new Map(), variants: [] }, new Set(titles), lists);

  it.each([
    ['Harvard University', 'Harvard'],
    ['Purdue University', 'Purdue'],
  ])('%s is also %s', (title, word) => expect(texts(title, 'organization')).toContain(word));

  it.each([
    ['Boston College', 'Boston', 'a city'],
    ['Oxford University', 'Oxford', 'a city'],
    ['Valparaiso University', 'Valparaiso', 'a city, written with a diacritic'],
    ['Howard University', 'Howard', 'a first name'],
  ])('%s is not %s: %s', (title, word) => expect(texts(title, 'organization')).not.toContain(word));

  it("is not the city its word names when the city's title drops the apostrophe", () =>
    expect(texts("Sana'a University", 'organization', ['Sanaa'])).not.toContain("Sana'a"));

  it('takes a pandemic’s disease, unless an entity is the disease', () => {
    expect(texts('COVID-19 pandemic', 'event')).toContain('COVID-19');
    expect(texts('COVID-19 pandemic', 'event', ['COVID-19'])).not.toContain('COVID-19');
  });

  it('derives those names from a title joined into it too', () => {
    const joined = (title: string, kind: string, variants: string[]) =>
      aliasTexts({ title, kind, anchors: new Map(), variants }, new Set([title]), lists);
    expect(joined('Golden Globe Awards', 'event', ['Golden Globe Award'])).toContain(
      'Golden Globes',
    );
    expect(joined('Joint Comprehensive Plan of Action', 'plan', ['Iran nuclear deal'])).toEqual(
      expect.arrayContaining([
        'Iran nuclear deal',
        'Iran nuclear accord',
        'Iran nuclear agreement',
      ]),
    );
  });

  it('names an award by its ceremonies and its winners', () => {
    expect(texts('Golden Globe Award', 'event')).toEqual([
      'Golden Globe Award',
      'Golden Globe Awards',
      'Golden Globes',
    ]);
    expect(texts('National Book Award', 'event')).toEqual([
      'National Book Award',
      'National Book Awards',
      'National Books',
    ]);
    expect(texts('Ramon Magsaysay Award', 'organization')).toEqual(['Ramon Magsaysay Award']);
    expect(texts('Tony Award', 'event', ['Tony Awards'])).toEqual(['Tony Award', 'Tonys']);
    expect(texts('Brit Awards', 'event')).toEqual(['Brit Awards']);
  });

  it('names an accord by either head word, in any case', () => {
    expect(texts('Paris Agreement', 'agreement')).toEqual(['Paris agreement', 'Paris accord']);
    expect(texts('Iran nuclear deal', 'agreement')).toEqual([
      'Iran nuclear deal',
      'Iran nuclear agreement',
      'Iran nuclear accord',
    ]);
    expect(texts('Oslo Accords', 'agreement')).toEqual(['Oslo accords']);
    expect(texts('Paris Agreement', 'event')).toEqual(['Paris Agreement']);
  });
});

describe('genericShortName', () => {
  it.each([
    ['Central Bank', 'Central Bank of Iran'],
    ['Press Office', 'Holy See Press Office'],
    ['Best Actress', 'Academy Award for Best Actress'],
    ['Champions League', 'UEFA Champions League'],
    ['Secret Service', 'United States Secret Service'],
    ['Album of the Year', 'Grammy Award for Album of the Year'],
    ['Medical Center', 'University of Nebraska Medical Center'], // `center`: not in the word list
  ])('%s of %s waits for its owner', (text, name) => {
    expect(genericShortName(text, name, lists)).toBe(true);
  });

  it.each([
    ['Palm Springs', 'Palm Springs, California'], // a place before its disambiguator
    ['United States Supreme Court', 'Supreme Court of the United States'], // says its owner
    ['Federal Reserve', 'Federal Reserve'], // the name itself
    ['Tel Aviv', 'Tel Aviv University'], // a name, not everyday words
    ['Bank', 'Central Bank of Iran'], // one word
    ['Central Bank of', 'European Central Bank'], // not inside the name
  ])('%s of %s is no generic short name', (text, name) => {
    expect(genericShortName(text, name, lists)).toBe(false);
  });
});

describe('ownerTitles', () => {
  it('reads the owner from the rest of the name: a country, its demonym or short form, or a title', () => {
    expect(ownerTitles('Central Bank', 'Central Bank of Iran', lists)).toContain('Iran');
    expect(ownerTitles('Security Council', 'UN Security Council', lists)).toEqual([
      'United Nations',
    ]);
    expect(
      ownerTitles('Foreign Intelligence Service', 'Russian Foreign Intelligence Service', lists),
    ).toEqual(['Russia']);
    expect(ownerTitles('Secret Service', 'United States Secret Service', lists)[0]).toBe(
      'United States',
    );
    expect(ownerTitles('Press Office', 'Holy See Press Office', lists)[0]).toBe('Holy See');
    expect(ownerTitles('Press Office', 'Holy See', lists)).toEqual([]);
  });
});

describe('isDescription', () => {
  const lastWords = new Map([
    ['Times', 18],
    ['Guardian', 2],
  ]);
  it('takes `The` and an everyday word that ends other names, and generic short names', () => {
    expect(isDescription('The Times', 'The Times', lastWords, lists)).toBe(true);
    expect(isDescription('Central Bank', 'Central Bank of Iran', lastWords, lists)).toBe(true);
  });
  it('not a word few other names end with, nor a name that is no everyday word', () => {
    expect(isDescription('The Guardian', 'The Guardian', lastWords, lists)).toBe(false);
    expect(isDescription('The Hague', 'The Hague', new Map([['Hague', 5]]), lists)).toBe(false);
    expect(isDescription('Iran', 'Iran', lastWords, lists)).toBe(false);
  });
});

describe('mined common nouns', () => {
  it('everydayWordsOnly: everyday words only, not a name among them', () => {
    expect(everydayWordsOnly('Police Officers', lists)).toBe(true);
    expect(everydayWordsOnly('Executive Director', lists)).toBe(true);
    expect(everydayWordsOnly('Minister of Finance', lists)).toBe(true);
    expect(everydayWordsOnly('Mike Pence', lists)).toBe(true); // words too: the briefs' lowercase uses tell
    expect(everydayWordsOnly('Vladimir Putin', lists)).toBe(false);
    expect(everydayWordsOnly('Officers', lists)).toBe(false);
  });

  it('CUT_SHORT: a first name and an initial', () => {
    expect(CUT_SHORT.test('Richard A.')).toBe(true);
    expect(CUT_SHORT.test('Richard A. Clarke')).toBe(false);
  });

  it('phraseCases counts lowercase and capitalized uses of the phrases asked for', () => {
    const counts = phraseCases(
      [
        'Two police officers were hurt. Police Officers Union says no.',
        'The executive director of the Executive Director office.',
      ],
      new Set(['police officers', 'executive director']),
    );
    expect(counts.get('police officers')).toEqual({ lower: 1, capitalized: 1 });
    expect(counts.get('executive director')).toEqual({ lower: 1, capitalized: 1 });
  });
});
