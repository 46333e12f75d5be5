import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINK_RULE_EXPLANATIONS, LINK_RULES } from './link-rules';
import { type Link, LINK_STEP_MATCHES, linkMatches, linkSteps } from './linker';
import { findMatches, type Match } from './matcher';
import { loadMatcherPack, type SpotEntityInput } from './matcher-pack';
import { createSpotter } from './spotter';
import { seedText } from './testing/random-text';
import { packFor, seedSpotter, spans } from './testing/spot';

describe('linker: weak aliases need support on the same page', () => {
  it.each<[string, string, [number, string, string][]]>([
    [
      'surnames alone link to nothing',
      // 0         1         2
      // 0123456789012345678901
      'Kerry and Lavrov met.',
      [],
    ],
    [
      'a full name anywhere on the page supports the surname (even before it)',
      // 0         1         2         3
      // 0123456789012345678901234567890123
      'Kerry arrived. John Kerry spoke.',
      [
        [0, 'Kerry', 'john-kerry'],
        [15, 'John Kerry', 'john-kerry'],
      ],
    ],
    [
      'a related entity supports it (Lavrov ~ Russia)',
      // 0         1         2
      // 01234567890123456789012
      'Lavrov spoke for Russia.',
      [
        [0, 'Lavrov', 'sergey-lavrov'],
        [17, 'Russia', 'russia'],
      ],
    ],
    [
      'a city standing for a government: Moscow needs Russia or a related actor',
      // 0         1         2
      // 0123456789012345678901234
      'Moscow said. Putin agreed.',
      [
        [0, 'Moscow', 'russia'],
        [13, 'Putin', 'vladimir-putin'],
      ],
    ],
    [
      'Moscow with nothing related is just a city',
      // 0         1
      // 012345678901234567
      'Moscow is snowy.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('names the rule and confidence', () => {
    const [weak, strong] = seedSpotter.spot('Kerry arrived. John Kerry spoke.');
    expect(weak).toMatchObject({ rule: 'weak-alias-same-entity', alias: 'Kerry' });
    expect(strong).toMatchObject({ rule: 'strong-alias', alias: 'John Kerry', confidence: 0.95 });
    expect(weak!.confidence).toBeLessThan(strong!.confidence);
    const [related] = seedSpotter.spot('Lavrov spoke for Russia.');
    expect(related).toMatchObject({ rule: 'weak-alias-related-entity' });
    expect(related!.confidence).toBeLessThan(weak!.confidence);
  });
});

describe('linker: a name inside a longer capitalized name is not a mention', () => {
  it.each<[string, string, [number, string, string][]]>([
    [
      'Michelle Obama is not Barack Obama, and makes bare "Obama" ambiguous',
      // 0         1         2         3         4         5         6
      // 0123456789012345678901234567890123456789012345678901234567890123
      'Barack Obama and Michelle Obama. Obama said. President Obama won.',
      [
        [0, 'Barack Obama', 'barack-obama'],
        [45, 'President Obama', 'barack-obama'],
      ],
    ],
    [
      'Kerry Washington is neither John Kerry nor the US government',
      // 0         1         2         3         4         5
      // 012345678901234567890123456789012345678901234567890123456
      'John Kerry in the United States. Kerry Washington starred.',
      [
        [0, 'John Kerry', 'john-kerry'],
        [18, 'United States', 'united-states'],
      ],
    ],
    [
      'The Washington Post is not the US government, but Washington is',
      // 0         1         2         3         4         5         6
      // 0123456789012345678901234567890123456789012345678901234567890
      'US officials told The Washington Post. Washington denied it.',
      [
        [0, 'US', 'united-states'],
        [39, 'Washington', 'united-states'],
      ],
    ],
    [
      'Kirby, Alex in a citation is not John Kirby',
      // 0         1         2         3         4         5
      // 012345678901234567890123456789012345678901234567890
      'John Kirby said so.\nSources: Kirby, Alex. (2016).',
      [[0, 'John Kirby', 'john-kirby']],
    ],
    [
      'a list of surnames is not a citation',
      // 0         1         2         3         4
      // 012345678901234567890123456789012345678901234
      'John Kerry, Sergey Lavrov. Kerry, Lavrov, aides.',
      [
        [0, 'John Kerry', 'john-kerry'],
        [12, 'Sergey Lavrov', 'sergey-lavrov'],
        [27, 'Kerry', 'john-kerry'],
        [34, 'Lavrov', 'sergey-lavrov'],
      ],
    ],
    [
      'titles, days and headline verbs are not names',
      // 0         1         2         3         4         5
      // 0123456789012345678901234567890123456789012345678901234
      'John Kerry. Secretary Kerry Says Friday Lavrov Meets Russia',
      [
        [0, 'John Kerry', 'john-kerry'],
        [12, 'Secretary Kerry', 'john-kerry'],
        [40, 'Lavrov', 'sergey-lavrov'],
        [53, 'Russia', 'russia'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('linker: generic and recurring event names', () => {
  it.each<[string, string, string | undefined, [number, string, string][]]>([
    [
      'civil war next to Syria',
      // 0         1         2         3
      // 0123456789012345678901234567890123
      "Syria's civil war; the civil war in Syria",
      undefined,
      [
        [0, 'Syria', 'syria'],
        [8, 'civil war', 'syrian-civil-war'],
        [23, 'civil war', 'syrian-civil-war'],
        [36, 'Syria', 'syria'],
      ],
    ],
    [
      "never South Sudan's, even with Syria in the sentence",
      // 0         1         2         3         4         5
      // 012345678901234567890123456789012345678901234567890123
      "Unlike Syria, South Sudan's civil war is over.",
      undefined,
      [[7, 'Syria', 'syria']],
    ],
    [
      'no cue, no date: no link',
      // 0         1         2
      // 0123456789012345678901234
      'The civil war went on.',
      '2016-09-09',
      [],
    ],
    [
      'one sense per discourse: tied once, the same on the whole page',
      // 0         1         2         3         4
      // 0123456789012345678901234567890123456789012
      'The Syrian civil war. Aid. The civil war, again.',
      undefined,
      [
        [4, 'Syrian civil war', 'syrian-civil-war'],
        [31, 'civil war', 'syrian-civil-war'],
      ],
    ],
    [
      'but not when the page also ties it elsewhere',
      // 0         1         2         3         4         5         6
      // 0123456789012345678901234567890123456789012345678901234567890123456
      "Syria's civil war. The Libyan civil war. The civil war, again.",
      undefined,
      [
        [0, 'Syria', 'syria'],
        [8, 'civil war', 'syrian-civil-war'],
      ],
    ],
    [
      "G20 summit when the page's date fits",
      // 0         1         2
      // 01234567890123456789012345
      'Leaders met at the G20 summit.',
      '2016-09-06',
      [[19, 'G20 summit', 'g20-summit-2016']],
    ],
    [
      'G20 summit on another date falls back to the G20 itself',
      // 0         1         2
      // 01234567890123456789012345
      'Leaders met at the G20 summit.',
      '2018-11-30',
      [[19, 'G20', 'g20']],
    ],
    [
      'a cue ties it without a date',
      // 0         1         2         3
      // 0123456789012345678901234567890123456
      'At the G20 summit in Hangzhou, leaders met.',
      undefined,
      [[7, 'G20 summit', 'g20-summit-2016']],
    ],
  ])('%s', (_name, text, pageDate, expected) => {
    expect(spans(text, pageDate ? { pageDate } : {})).toEqual(expected);
  });

  it('says which rule tied it', () => {
    const rules = (text: string, pageDate?: string) =>
      seedSpotter.spot(text, pageDate ? { pageDate } : {}).map((m) => m.rule);
    expect(rules("Syria's civil war")).toEqual(['strong-alias', 'generic-context-cue']);
    expect(rules('the G20 summit', '2016-09-05')).toEqual(['generic-page-date']);
    expect(rules('Syrian civil war. The civil war.')).toEqual([
      'strong-alias',
      'generic-same-page',
    ]);
  });
});

describe('linker: a strong alias shared by several entities', () => {
  const entities: SpotEntityInput[] = [
    {
      id: 'georgia-country',
      name: 'Georgia',
      kind: 'country',
      aliases: [{ text: 'Georgia', strength: 'strong' }],
      related: ['tbilisi-gov'],
    },
    {
      id: 'georgia-state',
      name: 'Georgia (US state)',
      kind: 'organization',
      aliases: [{ text: 'Georgia', strength: 'strong' }],
      related: ['atlanta-gov'],
    },
    {
      id: 'tbilisi-gov',
      name: 'Government of Georgia',
      kind: 'organization',
      aliases: [{ text: 'Tbilisi', strength: 'strong' }],
      related: [],
    },
    {
      id: 'atlanta-gov',
      name: 'City of Atlanta',
      kind: 'organization',
      aliases: [{ text: 'Atlanta', strength: 'strong' }],
      related: [],
    },
  ];
  const spotter = createSpotter(packFor(entities));

  it.each<[string, string[]]>([
    ['Georgia votes.', []],
    ['Tbilisi said Georgia votes.', ['tbilisi-gov', 'georgia-country']],
    ['Atlanta said Georgia votes.', ['atlanta-gov', 'georgia-state']],
    ['Atlanta and Tbilisi: Georgia votes.', ['atlanta-gov', 'tbilisi-gov']],
  ])('%s', (text, ids) => {
    expect(spans(text, {}, spotter).map(([, , id]) => id)).toEqual(ids);
  });

  it('marks the resolved link', () => {
    expect(spotter.spot('Tbilisi said Georgia votes.')[1]?.rule).toBe('strong-alias-disambiguated');
  });
});

describe('link rules', () => {
  it('every rule has an explanation for the card', () => {
    for (const rule of LINK_RULES) expect(LINK_RULE_EXPLANATIONS[rule].length).toBeGreaterThan(20);
  });
});

describe('linker: cities, acronyms, headlines and nearest full names', () => {
  it.each<[string, string, [number, string, string][]]>([
    [
      'a city used as a place is not the government',
      // 0         1         2         3         4         5         6         7
      // 0123456789012345678901234567890123456789012345678901234567890123456789012345
      'Russia and Vladimir Putin. Talks in Moscow. Moscow said no. Back to Moscow’s view.',
      [
        [0, 'Russia', 'russia'],
        [11, 'Vladimir Putin', 'vladimir-putin'],
        [44, 'Moscow', 'russia'],
        [68, 'Moscow', 'russia'],
      ],
    ],
    [
      'a place coordinated with another place',
      // 0         1         2         3         4         5
      // 0123456789012345678901234567890123456789012345678901234567
      'John Kerry in the United States. Attacks in New York and Washington.',
      [
        [0, 'John Kerry', 'john-kerry'],
        [18, 'United States', 'united-states'],
      ],
    ],
    [
      'once a page uses the city as a place, a related actor is not enough',
      // 0         1         2         3         4         5
      // 0123456789012345678901234567890123456789012345678901234
      'John Kerry votes in Washington. Washington’s tribes met.',
      [[0, 'John Kerry', 'john-kerry']],
    ],
    [
      'an acronym among ALL-CAPS words is a word',
      // 0         1         2         3
      // 0123456789012345678901234567890123456
      'The United States. ABOUT US PRIVACY. US',
      [
        [4, 'United States', 'united-states'],
        [37, 'US', 'united-states'],
      ],
    ],
    [
      'an acronym beside another acronym is still one (a U.S. FDA drug)',
      // 0         1         2         3
      // 0123456789012345678901234567890123456
      'The United States. A U.S. FDA drug.',
      [
        [4, 'United States', 'united-states'],
        [21, 'U.S.', 'united-states'],
      ],
    ],
    [
      'title-case headline: capitalized verbs are not names',
      // 0         1         2         3         4
      // 01234567890123456789012345678901234567890123456
      'Russia Says Lavrov Blasts Critics To Their Face',
      [
        [0, 'Russia', 'russia'],
        [12, 'Lavrov', 'sergey-lavrov'],
      ],
    ],
    [
      'title-case headline: a given name still is',
      // 0         1         2         3         4
      // 01234567890123456789012345678901234567890123456789
      'Sergey Lavrov spoke.\nRussia Hails Alex Lavrov For It',
      [
        [0, 'Sergey Lavrov', 'sergey-lavrov'],
        [21, 'Russia', 'russia'],
      ],
    ],
    [
      'a bare surname follows the nearest full name before it',
      // 0         1         2         3         4         5         6         7
      // 01234567890123456789012345678901234567890123456789012345678901234567890
      'Michelle Obama spoke. Obama smiled. Barack Obama spoke. Obama smiled.',
      [
        [36, 'Barack Obama', 'barack-obama'],
        [56, 'Obama', 'barack-obama'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('linkSteps: linking in steps', () => {
  const pack = loadMatcherPack(packFor());
  const view = (links: Link[]) => links.map((l) => [l.match.start, l.match.end, l.entity, l.rule]);

  it('handles at most LINK_STEP_MATCHES matches between two yields, and links the same', () => {
    fc.assert(
      fc.property(
        seedText(500, 200),
        fc.constantFrom(undefined, '2016-09-08'),
        (text, pageDate) => {
          const found = findMatches(pack, text);
          expect(found.length).toBeGreaterThan(3 * LINK_STEP_MATCHES);
          // Each match (and its shorter fallbacks) reports when the linker reads it.
          let touched = new Set<number>();
          const watch = (m: Match, id: number): Match =>
            new Proxy(
              { ...m, shorter: m.shorter && watch(m.shorter, id) },
              { get: (target, key) => (touched.add(id), Reflect.get(target, key)) },
            );
          const steps = linkSteps(pack, text, found.map(watch), { pageDate });
          const perStep: number[] = [];
          let step = steps.next();
          for (;;) {
            perStep.push(touched.size);
            touched = new Set();
            if (step.done) break;
            step = steps.next();
          }
          expect(Math.max(...perStep)).toBeLessThanOrEqual(LINK_STEP_MATCHES);
          expect(view(step.value)).toEqual(view(linkMatches(pack, text, found, { pageDate })));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('a lone strong surname inside a longer name', () => {
  it('is not linked when the longer name is someone else’s; the full name still is', async () => {
    const { buildMatcherPack } = await import('./matcher-pack');
    const { createSpotter } = await import('./spotter');
    const spotter = createSpotter(
      buildMatcherPack(
        [
          {
            id: 'alpha-conde',
            name: 'Alpha Condé',
            kind: 'person',
            aliases: [
              { text: 'Alpha Condé', strength: 'strong' },
              { text: 'Condé', strength: 'strong' },
            ],
            related: [],
          },
          {
            id: 'al-franken',
            name: 'Al Franken',
            kind: 'person',
            aliases: [{ text: 'Al Franken', strength: 'strong' }],
            related: [],
          },
        ],
        { schema: 1, hash: 't' },
      ),
    );
    const ids = (text: string) => spotter.spot(text).map((m) => `${m.entityId}:${m.text}`);
    expect(ids('She works at Condé Nast in New York.')).toEqual([]);
    expect(ids('Guinea: Condé wins a third term.')).toEqual(['alpha-conde:Condé']);
    expect(ids('Tania Contente-Condé wrote it.')).toEqual([]);
    expect(ids('Associate Supt. Earl R. Condé spoke.')).toEqual([]);
    expect(ids('Guinea’s Alpha K. Condé spoke.')).toEqual(['alpha-conde:Condé']);
    expect(ids('Comedian Al Franken wins.')).toEqual(['al-franken:Franken']); // `Al` is read as the particle of `al-Assad`;
  });
});

describe('a place inside a longer name of something else', () => {
  const place = (id: string, name: string, kind: 'place' | 'country'): SpotEntityInput => ({
    id,
    name,
    kind,
    aliases: [{ text: name, strength: 'strong' }],
    related: [],
  });
  const spotter = createSpotter(
    packFor([
      place('canada', 'Canada', 'country'),
      place('japan', 'Japan', 'country'),
      place('china', 'China', 'country'),
      place('united-states', 'United States', 'country'),
      place('iowa', 'Iowa', 'place'),
      place('north-dakota', 'North Dakota', 'place'),
      place('california', 'California', 'place'),
      place('russia', 'Russia', 'country'),
      place('midland', 'Midland', 'place'),
      {
        ...place('mitch-daniels', 'Mitch Daniels', 'place'),
        kind: 'person',
        aliases: [
          { text: 'Mitch Daniels', strength: 'strong' },
          { text: 'Daniels', strength: 'weak' },
        ],
      },
      {
        ...place('barack-obama', 'Barack Obama', 'place'),
        kind: 'person',
        aliases: [{ text: 'Obama', strength: 'strong' }],
      },
    ]),
  );
  const ids = (text: string) => spotter.spot(text).map((m) => m.entityId);

  it.each([
    ['a name word before it', 'Read it on CNET Japan today.'],
    ['a name word after it', 'The clock is set to Japan Standard Time for the show.'],
    ['glued by a hyphen', 'She hosts a show on Radio-Canada in Montreal.'],
    ['after `<Name> of`', 'The Bank of Canada raised rates.'],
    ['a longer place after `of`', 'said a lawyer for the ACLU of North Dakota.'],
    ['a body named after it', 'Fellows of the United States Digital Service met.'],
    ['after a known name inside an unknown one', 'Shares of Archer Daniels Midland fell.'],
  ])('is not linked: %s', (_, text) => {
    expect(ids(text)).toEqual([]);
  });

  it.each([
    ['as a place', 'Rates rose in Canada on Tuesday.', ['canada']],
    [
      'next to another place',
      'Talks between the United States and China resumed.',
      ['united-states', 'china'],
    ],
    ['after a title and `of`', 'The President of Russia spoke.', ['russia']],
    ['for a party member from it', 'An Iowa Republican said so.', ['iowa']],
    ['after a party initial', 'Rep. Steve King (R-Iowa) spoke.', ['iowa']],
    ['after a word of state', 'Fires burn in Southern California.', ['california']],
    ['after a quantity word', 'One of Russia’s top commanders spoke.', ['russia']],
    ['after two known names', 'Obama Daniels Midland rally', ['midland']],
  ])('is linked: %s', (_, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('a weak name that is a month, and a country named by its own weak name', () => {
  const spotter = createSpotter(
    packFor([
      {
        id: 'theresa-may',
        name: 'Theresa May',
        kind: 'person',
        aliases: [
          { text: 'Theresa May', strength: 'strong' },
          { text: 'May', strength: 'weak' },
        ],
        related: [],
      },
      {
        id: 'georgia-country',
        name: 'Georgia',
        kind: 'country',
        aliases: [{ text: 'Georgia', strength: 'weak' }],
        related: ['tbilisi'],
      },
      {
        id: 'tbilisi',
        name: 'Tbilisi',
        kind: 'place',
        aliases: [{ text: 'Tbilisi', strength: 'strong' }],
        related: [],
      },
    ]),
  );
  const linked = (text: string) => spotter.spot(text).map((m) => `${m.start}:${m.entityId}`);

  it.each([
    ['in May', 'Theresa May won. She led in May.'],
    ['May 5', 'Theresa May won. On May 5 she spoke.'],
    ['5 May', 'Theresa May won. On 5 May she spoke.'],
    ['May 2017', 'Theresa May won. By May 2017 she led.'],
    ['May and June', 'Theresa May won. May and June were busy.'],
  ])('the month (%s) is not the person', (_, text) => {
    expect(linked(text)).toEqual(['0:theresa-may']);
  });

  it('the surname after the full name is still the person', () => {
    expect(linked('Theresa May won. May said so.')).toEqual(['0:theresa-may', '17:theresa-may']);
  });

  it('a country named by its own weak name is linked as a place too (in Georgia)', () => {
    expect(linked('Protests in Tbilisi. Officials in Georgia said so.')).toEqual([
      '12:tbilisi',
      '34:georgia-country',
    ]);
  });
});

describe('a body before `Company` names its owner', () => {
  const spotter = createSpotter(
    packFor([
      {
        id: 'new-york-times',
        name: 'New York Times',
        kind: 'organization',
        aliases: [{ text: 'New York Times', strength: 'strong' }],
        related: [],
      },
    ]),
  );
  const linked = (text: string) => spotter.spot(text).map((m) => `${m.start}:${m.entityId}`);

  it('is not the body', () => {
    expect(linked('© 2022 The New York Times Company. All rights reserved.')).toEqual([]);
  });

  it('but the body elsewhere', () => {
    expect(linked('The New York Times reported it; The New York Times Co. agreed.')).toEqual([
      '4:new-york-times',
      '36:new-york-times',
    ]);
  });
});

/** A person with their full name (strong) and a weak surname (`sole`: no one else has it). */
const personWithSurname = (id: string, name: string, surname: string, sole = false) => ({
  id,
  name,
  kind: 'person' as const,
  aliases: [
    { text: name, strength: 'strong' as const },
    { text: surname, strength: 'weak' as const, ...(sole && { sole }) },
  ],
  related: [],
});

describe('a surname after a short form of the given name', () => {
  const person = personWithSurname;
  const spotter = createSpotter(
    packFor([
      person('nicolas-cage', 'Nicolas Cage', 'Cage'),
      person('john-cage', 'John Cage', 'Cage'),
      person('daniel-brown', 'Daniel Brown', 'Brown'),
      person('danielle-brown', 'Danielle Brown', 'Brown'),
    ]),
  );
  const linked = (text: string) =>
    spotter.spot(text).map((m) => `${m.start}:${m.text}:${m.entityId}`);

  it('is the one person whose given name it shortens', () => {
    expect(linked('A movie with Nic Cage in it.')).toEqual(['13:Nic Cage:nicolas-cage']);
  });

  it.each(['A book by Dan Brown.', 'A song by Jo Cage.', 'Nicolas Cage met Nicole Cage.'])(
    'not when it shortens none or several: %s',
    (text) => {
      expect(linked(text).filter((l) => !l.includes('Nicolas Cage'))).toEqual([]);
    },
  );
});

describe('a body cited as a source, sharing its name with a person', () => {
  const spotter = createSpotter(
    packFor([
      {
        id: 'bloomberg-news',
        name: 'Bloomberg News',
        kind: 'organization',
        aliases: [{ text: 'Bloomberg', strength: 'weak' }],
        related: [],
      },
      {
        id: 'michael-bloomberg',
        name: 'Michael Bloomberg',
        kind: 'person',
        aliases: [{ text: 'Bloomberg', strength: 'weak' }],
        related: [],
      },
    ]),
  );
  const linked = (text: string) =>
    spotter.spot(text).map((m) => `${m.start}:${m.entityId}:${m.rule}`);

  it.each([
    ['A report from Bloomberg said so.', ['14:bloomberg-news:weak-alias-cited-source']],
    ['It is coming, according to Bloomberg.', ['27:bloomberg-news:weak-alias-cited-source']],
    ['Bloomberg reported it first.', ['0:bloomberg-news:weak-alias-cited-source']],
  ])('is the body: %s', (text, expected) => {
    expect(linked(text)).toEqual(expected);
  });

  it('not otherwise', () => {
    expect(linked('Bloomberg spoke in Denver.')).toEqual([]);
  });
});

describe('a surname only one person has (sole)', () => {
  const person = (id: string, name: string, surname: string) =>
    personWithSurname(id, name, surname, true);
  const spotter = createSpotter(
    packFor([
      person('j-k-rowling', 'J. K. Rowling', 'Rowling'),
      person('anthony-fauci', 'Anthony Fauci', 'Fauci'),
    ]),
  );
  const linked = (text: string) =>
    spotter.spot(text).map((m) => `${m.start}:${m.entityId}:${m.rule}`);

  it('links where the page writes it again and again', () => {
    expect(linked('In Rowling’s world. As Rowling wrote. The Rowling sense.')).toEqual([
      '3:j-k-rowling:weak-alias-sole-surname',
      '23:j-k-rowling:weak-alias-sole-surname',
      '42:j-k-rowling:weak-alias-sole-surname',
    ]);
  });

  it('links after its own given name and an initial', () => {
    expect(linked('Anthony S. Fauci spoke. Fauci said. Fauci went.')).toHaveLength(3);
  });

  it('links after a title', () => {
    expect(linked('Dr. Fauci threw the pitch.')).toEqual([
      '4:anthony-fauci:weak-alias-sole-surname',
    ]);
  });

  it.each([
    'As Rowling wrote.', // once, with no title
    'Kelly Rowling won. Then Rowling ran. As Rowling said. Rowling left.', // another Rowling
    'Authors: Jun Rowling, Rowling A, Rowling B. Rowling C.', // a list of authors
    'Michelina C. de la Rowling. Rowling said. Rowling did. Rowling went.', // a particle
    'Sarah K. Rowling wrote. Rowling said. Rowling did. Rowling went.', // another Rowling
    'Eben Burnham-Rowling said. Rowling did. Rowling went. Rowling ran.', // another name
  ])('not otherwise: %s', (text) => {
    expect(linked(text)).toEqual([]);
  });
});

describe('a company whose name is also a word', () => {
  const spotter = createSpotter(
    packFor([
      {
        id: 'amazon-company',
        name: 'Amazon',
        kind: 'organization',
        aliases: [{ text: 'Amazon', strength: 'weak' }],
        related: [],
      },
    ]),
  );
  const linked = (text: string) =>
    spotter.spot(text).map((m) => `${m.start}:${m.entityId}:${m.rule}`);

  it.each([
    ['Amazon said it would cut jobs.', ['0:amazon-company:weak-alias-company-verb']],
    ['Shares of Amazon rose; Amazon shares rose.', ['23:amazon-company:weak-alias-company-verb']],
    ['Analysts praised Amazon’s results.', ['17:amazon-company:weak-alias-company-verb']],
    ['Staff were told. Amazon\n   shares fell.', ['17:amazon-company:weak-alias-company-verb']],
    ['She sells on Amazon now.', ['13:amazon-company:weak-alias-company-verb']],
    ['Amazon just delivered its first package.', ['0:amazon-company:weak-alias-company-verb']],
    ['Rumors say Amazon is planning a phone.', ['11:amazon-company:weak-alias-company-verb']],
    // A product name (`Kindle Amazon`) does not make the name a contested surname elsewhere.
    ['The Kindle Amazon Video app. Amazon said so.', ['29:amazon-company:weak-alias-company-verb']],
  ])('links where it acts: %s', (text, expected) => {
    expect(linked(text)).toEqual(expected);
  });

  it.each([
    'Fires burn in the Amazon basin.',
    'The mouth of the Amazon said nothing to them.',
    'Amazon rainforest loss slowed.',
  ])('not otherwise: %s', (text) => {
    expect(linked(text)).toEqual([]);
  });
});

describe('a description more than a name (`AliasInput.description`)', () => {
  const spotter = createSpotter(
    packFor([
      {
        id: 'central-bank-of-iran',
        name: 'Central Bank of Iran',
        kind: 'organization',
        aliases: [
          { text: 'Central Bank of Iran', strength: 'strong' },
          { text: 'Central Bank', strength: 'weak', description: true },
        ],
        related: ['iran'],
      },
      {
        id: 'the-times',
        name: 'The Times',
        kind: 'organization',
        aliases: [{ text: 'The Times', strength: 'weak', description: true }],
        related: [],
      },
      {
        id: 'iran',
        name: 'Iran',
        kind: 'country',
        aliases: [{ text: 'Iran', strength: 'strong' }],
        related: [],
      },
    ]),
  );
  const linked = (text: string) =>
    spotter.spot(text).map((m) => `${m.start}:${m.entityId}:${m.rule}`);

  it.each([
    'Central Bank Chief Sees Slow Rate Rises', // acting, as a company would
    'The Times has pieced together the decisions.',
    '“Until then,” Zimmer told The Times.', // cited as a source
  ])('names no one by how it is used: %s', (text) => {
    expect(linked(text)).toEqual([]);
  });

  it('names the owner the page supports', () => {
    expect(linked('In Iran, the Central Bank said rates would rise.')).toEqual([
      '3:iran:strong-alias',
      '13:central-bank-of-iran:weak-alias-related-entity',
    ]);
  });
});

describe('a second look at names linked by support', () => {
  const entity = (
    id: string,
    kind: 'organization' | 'country',
    text: string,
    strength: 'strong' | 'weak',
    related: string[],
  ) => ({
    id,
    name: id,
    kind,
    aliases: [{ text, strength }],
    related,
  });
  const spotter = createSpotter(
    packFor([
      entity('ukrainian-army', 'organization', 'Army', 'weak', ['ukraine']),
      entity('us-army', 'organization', 'Army', 'weak', ['united-states']),
      entity('ukraine', 'country', 'Ukraine', 'strong', []),
      entity('united-states', 'country', 'U.S.', 'weak', ['ukraine']),
    ]),
  );
  const linked = (text: string) =>
    spotter.spot(text).map((m) => `${m.start}:${m.entityId}:${m.rule}`);

  it('links the one supported entity', () => {
    expect(linked('Ukraine asked for help. Army Gen. Ivanov spoke.')).toEqual([
      '0:ukraine:strong-alias',
      '24:ukrainian-army:weak-alias-related-entity',
    ]);
  });

  it('not when a weak link supports a rival of the same name', () => {
    expect(linked('Ukraine asked the U.S. for help. Army Gen. Mark Milley spoke.')).toEqual([
      '0:ukraine:strong-alias',
      '18:united-states:weak-alias-related-entity',
    ]);
  });
});

describe('an event named by its date', () => {
  const spotter = createSpotter(
    packFor([
      {
        id: 'january-6-attack',
        name: 'January 6 United States Capitol attack',
        kind: 'event',
        aliases: [{ text: 'January 6', strength: 'strong' }],
        related: [],
      },
    ]),
  );
  const ids = (text: string) => spotter.spot(text).map((m) => `${m.start}:${m.entityId}`);

  it.each([
    'The deadline to apply is January 6, 2017, with final notification.',
    'It ended on January 6 2022.',
  ])('not before a year, where it is the date: %s', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('is the event otherwise', () => {
    expect(ids('The January 6 committee met.')).toEqual(['4:january-6-attack']);
  });
});

describe('a place named like a given name, before a surname', () => {
  const spotter = createSpotter(
    packFor([
      {
        id: 'fatima',
        name: 'Fátima',
        kind: 'place',
        aliases: [{ text: 'Fátima', strength: 'strong' }],
        related: [],
      },
      {
        id: 'saddam-hussein',
        name: 'Saddam Hussein',
        kind: 'person',
        aliases: [
          { text: 'Saddam Hussein', strength: 'strong' },
          { text: 'Hussein', strength: 'weak' },
        ],
        related: [],
      },
    ]),
  );
  const ids = (text: string) => spotter.spot(text).map((m) => `${m.start}:${m.entityId}`);

  it.each([
    'By: Paul Wiseman, Fatima Hussein, The Associated Press',
    'Fatima Hussein reported from Washington.',
  ])('is a given name: %s', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('is the place otherwise', () => {
    expect(ids('Pilgrims went to Fátima in May.')).toEqual(['17:fatima']);
    expect(ids('Fátima 5th district')).toEqual(['0:fatima']);
  });

  it('is a team named by a number after it', () => {
    expect(ids('The Fátima 76ers won.')).toEqual([]);
  });
});

describe('a place before one of its offices or voters', () => {
  const place = (id: string, name: string, kind: 'place' | 'country', alias = name) => ({
    id,
    name,
    kind,
    aliases: [{ text: alias, strength: 'weak' as const }],
    related: [],
  });
  const spotter = createSpotter(
    packFor([
      place('new-york-state', 'New York', 'place'),
      place('virginia', 'Virginia', 'place'),
      place('georgia-us-state', 'Georgia', 'place'),
      place('georgia-country', 'Georgia', 'country'),
      place('washington-state', 'Washington', 'place'),
      place('united-states', 'United States', 'country', 'Washington'),
      {
        id: 'virginia-woolf',
        name: 'Virginia Woolf',
        kind: 'person',
        aliases: [{ text: 'Virginia Woolf', strength: 'strong' }],
        related: [],
      },
    ]),
  );
  const linked = (text: string) =>
    spotter.spot(text).map((m) => `${m.start}:${m.entityId}:${m.rule}`);

  it.each([
    ['As was New York Gov. Andrew Cuomo.', ['7:new-york-state:weak-alias-place-office']],
    ['A probe by the New York AG office.', ['15:new-york-state:weak-alias-place-office']],
    ['“Sincere,” said a Virginia Democrat.', ['18:virginia:weak-alias-place-office']],
    ['He met two Virginia Republicans.', ['11:virginia:weak-alias-place-office']],
  ])('links the one place of that name: %s', (text, expected) => {
    expect(linked(text)).toEqual(expected);
  });

  it.each([
    'Georgia Republicans met.', // the US state or the country
    'Washington Republicans met.', // the state, or the capital for the country
    'Virginia said so.', // a person
    'New York mayor Eric Adams spoke.', // the city's office
  ])('not when the office does not pick one place: %s', (text) => {
    expect(linked(text)).toEqual([]);
  });
});

describe('a place that is part of the name of an accord, a school or a paper', () => {
  const spotter = createSpotter(
    packFor([
      {
        id: 'paris',
        name: 'Paris',
        kind: 'place',
        aliases: [{ text: 'Paris', strength: 'strong' }],
        related: [],
      },
      {
        id: 'san-diego',
        name: 'San Diego',
        kind: 'place',
        aliases: [{ text: 'San Diego', strength: 'strong' }],
        related: [],
      },
      {
        id: 'angola',
        name: 'Angola',
        kind: 'country',
        aliases: [{ text: 'Angola', strength: 'strong' }],
        related: [],
      },
    ]),
  );
  const ids = (text: string) => spotter.spot(text).map((m) => m.entityId);

  it.each([
    'Trump left the Paris accord.',
    'He doubts the Paris agreement.',
    'She teaches at San Diego State University.',
    'A draft of San Diego State’s plan.',
    'The San Diego Union-Tribune reported it.',
    'Rain fell on San Diego County.',
    'A photo of the Angola prison tower.',
  ])('is not the place: %s', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it.each([
    ['Talks in Paris ended.', ['paris']],
    ['Fires near San Diego spread.', ['san-diego']],
  ])('is the place: %s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('a person’s name in the name of something named for them', () => {
  const spotter = createSpotter(
    packFor([
      {
        id: 'john-f-kennedy',
        name: 'John F. Kennedy',
        kind: 'person',
        aliases: [
          { text: 'John F. Kennedy', strength: 'strong' },
          { text: 'Kennedy', strength: 'weak' },
        ],
        related: [],
      },
    ]),
  );
  const ids = (text: string) => spotter.spot(text).map((m) => `${m.start}:${m.entityId}`);

  it('is not the person (John F. Kennedy Center, Kennedy Airport)', () => {
    expect(ids('A gala at the John F. Kennedy Center for the Performing Arts.')).toEqual([]);
    expect(ids('John F. Kennedy spoke. Flights left Kennedy Airport.')).toEqual([
      '0:john-f-kennedy',
    ]);
  });
});

describe('a name that is one piece of a brand, a title or a byline', () => {
  const entity = (
    id: string,
    name: string,
    kind: SpotEntityInput['kind'],
    aliases: string[] = [name],
  ): SpotEntityInput => ({
    id,
    name,
    kind,
    aliases: aliases.map((text) => ({ text, strength: 'strong' })),
    related: [],
  });
  const spotter = createSpotter(
    packFor([
      entity('ap', 'Associated Press', 'organization', ['Associated Press', 'AP']),
      entity('japan', 'Japan', 'country'),
      entity('china', 'China', 'country'),
      entity('bedford', 'Bedford', 'place'),
      entity('the-news', 'The News', 'organization'),
      entity('abc', 'American Broadcasting Company', 'organization', ['ABC']),
      entity('intel', 'Intel', 'organization'),
      entity('eric-adams', 'Eric Adams', 'person'),
      entity('el-salvador', 'El Salvador', 'country'),
      entity('el-reno', 'El Reno', 'place'),
      entity('san-diego', 'San Diego', 'place'),
      entity('chicago', 'Chicago', 'place'),
      entity('humboldt-university', 'Humboldt University', 'organization', [
        'Humboldt University',
        'Humboldt',
      ]),
      entity('texas-rangers', 'Texas Rangers', 'organization', ['Texas Rangers', 'Rangers']),
      entity('hamas', 'Hamas', 'group'),
      entity('un', 'United Nations', 'organization', ['United Nations', 'UN', 'U.N.']),
      entity('fbi', 'Federal Bureau of Investigation', 'organization', ['FBI']),
      entity('oracle', 'Oracle Corporation', 'organization', ['Oracle Corporation', 'Oracle']),
    ]),
  );
  const ids = (text: string) => spotter.spot(text).map((m) => `${m.entityId}:${m.text}`);

  it.each([
    ['glued by punctuation', 'The Founders Of A$AP Foundation and Asia&Japan Watch'],
    ['joined by & to an unknown name', 'Science of Us Bedford & Bowery Like Us'],
    ['a The-title that goes on with `with`', 'Shows The News with Shepard Smith'],
    ['an acronym glued to a name word', 'Fahrberichte & Tests Auto-ABC Verkehrsrecht'],
    ['a body after an unknown name word', 'impact on Nigeria, SBM Intel, a Lagos firm'],
    ['a byline', 'Start of Article. Author: Eric Adams. Date of Publication'],
    ['a Spanish name without its article', 'from Salvador, Bahia to Reno, Nevada'],
    ['a menu item that is one title', 'Podcasts\nSan Diego News Fix\nBorder Dispatch'],
    ['a place before a word of a title', 'a photo of the Chicago Fire actor, 35, posing'],
    ["a body's short name before a name word", 'A bus carrying the Humboldt Broncos crashed.'],
    ["a body's short name before a place word", 'An earthquake strikes Humboldt County today.'],
    ["a body's short name after a name word", 'They signed for Glasgow Rangers last year.'],
  ])('is not linked: %s', (_, text) => {
    expect(ids(text)).toEqual([]);
  });

  it.each([
    ['names joined by &', 'Japan & China agree', ['japan:Japan', 'china:China']],
    ['a place in prose', 'He flew to Chicago Monday night.', ['chicago:Chicago']],
    ['a body on its own', 'Shares of Intel rose, AP said.', ['intel:Intel', 'ap:AP']],
    ['a person not in a byline', 'The mayor, Eric Adams, spoke.', ['eric-adams:Eric Adams']],
    [
      'a Spanish name with its article, highlighted whole',
      'Troops left El Salvador for El Reno.',
      ['el-salvador:El Salvador', 'el-reno:El Reno'],
    ],
    [
      "a body's full name, and its short name on its own",
      'Humboldt University staff met; Humboldt students cheered.',
      ['humboldt-university:Humboldt University', 'humboldt-university:Humboldt'],
    ],
    ["a body's short name on its own", 'The Rangers beat the Rays.', ['texas-rangers:Rangers']],
    [
      "a body's short name before an acronym",
      'Soto launches first Rangers HR, Machado hits a walk-off.',
      ['texas-rangers:Rangers'],
    ],
    [
      "a body's acronym before the name of one of its parts",
      'Russia vetoes a U.N. Security Council resolution; an FBI Ten Most Wanted fugitive.',
      ['un:U.N.', 'fbi:FBI'],
    ],
    [
      "a body's short name before a word that names it",
      'A reporter said Oracle Corp. agreed.',
      ['oracle:Oracle'],
    ],
    [
      "a body's own one-word name before a name word",
      'Hamas Political Bureau chief spoke.',
      ['hamas:Hamas'],
    ],
  ])('is linked: %s', (_, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('a place whose one-word name is the surname of someone the page names', () => {
  const spotter = createSpotter(
    packFor([
      {
        id: 'jordan',
        name: 'Jordan',
        kind: 'country',
        aliases: [{ text: 'Jordan', strength: 'strong' }],
        related: [],
      },
      {
        id: 'michael-jordan',
        name: 'Michael Jordan',
        kind: 'person',
        aliases: [{ text: 'Michael Jordan', strength: 'strong' }],
        related: [],
      },
    ]),
  );
  const ids = (text: string) => spotter.spot(text).map((m) => `${m.text}=${m.entityId}`);

  it('is the person’s, before and after the full name', () => {
    expect(ids('Jordan smiled. Michael Jordan played, and Jordan scored.')).toEqual([
      'Michael Jordan=michael-jordan',
    ]);
  });

  it('is the place on a page that names no one of that surname', () => {
    expect(ids('Talks in Jordan resumed on Tuesday.')).toEqual(['Jordan=jordan']);
  });
});

describe('a name the pack keeps without its article, on a page that writes it', () => {
  // Only `Jazeera`, `Qaeda`, `Bayda Governorate` are in the pack (core/matcher-pack.ts), and no
  // alias starts with `Al`: the article is no unknown name before them.
  const spotter = createSpotter(
    packFor([
      {
        id: 'al-jazeera',
        name: 'Al Jazeera Media Network',
        kind: 'organization',
        aliases: [{ text: 'Al Jazeera', strength: 'strong' }],
        related: [],
      },
      {
        id: 'al-qaeda',
        name: 'Al Qaeda',
        kind: 'group',
        aliases: [{ text: 'Al Qaeda', strength: 'strong' }],
        related: [],
      },
      {
        id: 'al-bayda',
        name: 'Al Bayda Governorate',
        kind: 'place',
        aliases: [{ text: 'Al Bayda Governorate', strength: 'strong' }],
        related: [],
      },
    ]),
  );
  it.each([
    ['He spoke to Al Jazeera.', ['al-jazeera']],
    ['Qatar-based Al Jazeera satellite television', ['al-jazeera']],
    ['Al Qaeda claimed it.', ['al-qaeda']],
    ['Fighting in Al Bayda Governorate.', ['al-bayda']],
  ])('%s', (text, expected) => {
    expect(spotter.spot(text).map((m) => m.entityId)).toEqual(expected);
  });
});
