import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../core/pack';
import type { Candidate } from './candidates';
import {
  mergeSameThings,
  sameThingKey,
  spelledAlike,
  variantKey,
  withoutDescriptor,
  yearsOf,
} from './same-thing';

const accepted = (title: string, kind: EntityKind, briefs: number[]) => ({
  c: {
    title,
    anchors: new Map([[title, 1]]),
    before: new Map(),
    briefs: new Set(briefs),
    story: false,
    parents: new Map(),
  } satisfies Candidate,
  kind,
  source: 'link' as const,
});

describe('sameThingKey', () => {
  it.each([
    ['War in Sudan (2023–present)', 'War in Sudan (2023)'],
    ['2019–20 Chilean protests', '2019–2020 Chilean protests'],
    ['The Arab League', 'Arab League'],
    ['U.S. Senate', 'United States Senate'],
    ['UN Security Council', 'United Nations Security Council'],
    ['U.N. General Assembly', 'United Nations General Assembly'],
    ['Erdoğan', 'Erdogan'],
    [
      'Northwestern Syria offensive (December 2019–March 2020)',
      'Northwestern Syria offensive (December 2019–present)',
    ],
    ['Aleppo offensive (November–December 2016)', 'Aleppo offensive (November 2016)'],
    ['U.S.-Mexico border crisis', 'United States-Mexico border crisis'],
    ['Jarosław Kaczyński', 'Jaroslaw Kaczynski'],
    ['Binali Yıldırım', 'Binali Yildirim'],
    ['Bærum mosque shooting', 'Baerum mosque shooting'],
  ])('%s is %s', (a, b) => expect(sameThingKey(a)).toBe(sameThingKey(b)));

  it.each([
    ['2019 Chilean protests', '2020 Chilean protests'],
    ['Georgia (country)', 'Georgia (U.S. state)'],
    ['Aleppo offensive (May 2016)', 'Aleppo offensive (November 2016)'],
  ])('%s is not %s', (a, b) => expect(sameThingKey(a)).not.toBe(sameThingKey(b)));
});

describe('yearsOf', () => {
  it.each([
    ['2014 Gaza War', [2014, 2014]],
    ['War in Sudan (2023–present)', [2023, Infinity]],
    ['2019–20 Chilean protests', [2019, 2020]],
    ['Syrian civil war', undefined],
  ])('%s spans %j', (title, years) => expect(yearsOf(title)).toEqual(years));
});

describe('mergeSameThings', () => {
  it('keeps one entity per thing, with the evidence of all its titles', () => {
    const { kept, merged } = mergeSameThings([
      accepted('War in Sudan (2023–present)', 'war', [1, 2, 3]),
      accepted('War in Sudan (2023)', 'war', [4]),
      accepted('War in Sudan', 'war', [5]),
      accepted('The Arab League', 'organization', [6, 7]),
      accepted('Arab League', 'organization', [8]),
      accepted('Rodrigo Duterte', 'person', [9, 10]),
      accepted('Philippine President Rodrigo Duterte', 'person', [11, 12, 13, 14]),
      accepted('Georgia (country)', 'country', [20]),
      accepted('Ismail Khan', 'person', [21]),
      accepted('Dera Ismail Khan', 'place', [22]),
    ]);
    expect(merged).toBe(4);
    const titles = kept.map((k) => k.c.title).sort();
    expect(titles).toEqual([
      'Arab League',
      'Dera Ismail Khan',
      'Georgia (country)',
      'Ismail Khan',
      'Rodrigo Duterte',
      'War in Sudan (2023–present)',
    ]);
    const war = kept.find((k) => k.c.title.startsWith('War'))!;
    expect([...war.c.briefs].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(war.c.anchors.has('War in Sudan (2023)')).toBe(true);
  });

  it('joins a yearless event to the one dated title that starts with its year, but not a series', () => {
    const { kept } = mergeSameThings([
      accepted('2023 Israeli invasion of the Gaza Strip', 'war', [1]),
      accepted('Israeli invasion of the Gaza Strip', 'war', [2]),
      accepted('2018 Ryder Cup', 'event', [3]),
      accepted('Ryder Cup', 'event', [4]),
    ]);
    expect(kept.map((k) => k.c.title).sort()).toEqual([
      '2018 Ryder Cup',
      '2023 Israeli invasion of the Gaza Strip',
      'Ryder Cup',
    ]);
  });

  it('joins a yearless event to its dated title only when its first brief falls in those years', () => {
    const dates = ['2014-07-08', '2023-10-27', '2023-05-01', '2024-02-03'];
    const { kept } = mergeSameThings(
      [
        accepted('2014 Gaza War', 'war', [0]),
        accepted('Gaza war', 'war', [1]),
        accepted('War in Sudan (2023–present)', 'war', [2]),
        accepted('War in Sudan', 'war', [3]),
      ],
      undefined,
      (i) => dates[i]!,
    );
    expect(kept.map((k) => k.c.title).sort()).toEqual([
      '2014 Gaza War',
      'Gaza war',
      'War in Sudan (2023–present)',
    ]);
  });

  it('joins a yearless event whose briefs follow on the dated one within a few years (a trial)', () => {
    const dates = [
      '2015-08-22',
      '2017-03-03',
      '2018-04-19',
      '2014-07-08',
      '2015-01-01',
      '2023-10-27',
    ];
    const { kept } = mergeSameThings(
      [
        accepted('2015 Shoreham Airshow crash', 'event', [0, 1]),
        accepted('Shoreham Airshow crash', 'event', [2]),
        // Briefs that name the old war long after it do not stretch its years to 2023.
        accepted('2014 Gaza War', 'war', [3, 4, 5]),
        accepted('Gaza war', 'war', [5]),
      ],
      undefined,
      (i) => dates[i]!,
    );
    expect(kept.map((k) => k.c.title).sort()).toEqual([
      '2014 Gaza War',
      '2015 Shoreham Airshow crash',
      'Gaza war',
    ]);
    const crash = kept.find((k) => k.c.title === '2015 Shoreham Airshow crash')!;
    expect(crash.c.variants).toEqual(['Shoreham Airshow crash']);
  });

  it('keeps a yearless event apart when several dated ones share its words', () => {
    const { kept } = mergeSameThings([
      accepted('2013 Italian general election', 'event', [1]),
      accepted('2018 Italian general election', 'event', [2]),
      accepted('Italian general election', 'event', [3]),
    ]);
    expect(kept).toHaveLength(3);
  });

  it('joins a yearless event to the one of several dated titles whose years fit', () => {
    const dates = ['2020-11-28', '2024-02-13', '2021-01-22', '2009-02-17', '2007-08-31'];
    const { kept } = mergeSameThings(
      [
        accepted("2020–2021 Indian farmers' protest", 'event', [0]),
        accepted("2024 Indian farmers' protest", 'event', [1]),
        accepted("Indian farmers' protest", 'event', [2]),
        // `X war` and `War in X` are one wording.
        accepted('Afghanistan War', 'war', [3]),
        accepted('War in Afghanistan (2001–2021)', 'war', [4]),
      ],
      undefined,
      (i) => dates[i]!,
    );
    expect(kept.map((k) => k.c.title).sort()).toEqual([
      "2020–2021 Indian farmers' protest",
      "2024 Indian farmers' protest",
      'War in Afghanistan (2001–2021)',
    ]);
  });

  it("joins one country's war of one year under its titles, and the bare title of any of them", () => {
    const dates = [
      '2023-06-01',
      '2023-04-15',
      '2024-05-31',
      '2023-09-18',
      '2004-01-01',
      '2003-03-20',
      '2025-01-01',
    ];
    const { kept } = mergeSameThings(
      [
        accepted('2023 Sudan conflict', 'war', [0]),
        accepted('War in Sudan (2023)', 'war', [1]),
        accepted('Sudanese civil war (2023–present)', 'war', [2, 6]),
        accepted('War in Sudan', 'war', [3]),
        // An ongoing conflict may be wider than the war.
        accepted('Iraqi conflict (2003–present)', 'war', [4]),
        accepted('2003 Iraq war', 'war', [5]),
      ],
      undefined,
      (i) => dates[i]!,
    );
    // The four Sudan titles are one group; the Iraq War and the wider conflict stay apart.
    expect(kept).toHaveLength(3);
    expect(kept.map((k) => k.c.title)).toEqual(
      expect.arrayContaining(['2003 Iraq war', 'Iraqi conflict (2003–present)']),
    );
  });

  it("joins a day's title to its year's and keeps the day's, but not when the date is all its words", () => {
    const dates = [
      '2021-01-06',
      '2021-01-07',
      '2023-10-07',
      '2023-10-08',
      '2016-04-29',
      '2016-04-30',
    ];
    const { kept } = mergeSameThings(
      [
        accepted('January 6 United States Capitol attack', 'event', [0]),
        accepted('2021 United States Capitol attack', 'event', [1]),
        accepted('October 7 attacks', 'event', [2]),
        accepted('2023 Hamas attacks', 'event', [3]),
        // The head's other forms: `flooding`, `floods`, `elections`.
        accepted('Kenya flooding', 'event', [4]),
        accepted('2016 Kenya floods', 'event', [5]),
      ],
      undefined,
      (i) => dates[i]!,
    );
    expect(kept.map((k) => k.c.title).sort()).toEqual([
      '2016 Kenya floods',
      '2023 Hamas attacks',
      'January 6 United States Capitol attack',
      'October 7 attacks',
    ]);
  });

  it("joins a month's title to its year's when both began that month and no other month has one", () => {
    const dates = [
      ...['2025-08-28', '2025-09-01', '2026-01-03', '2025-08-29'],
      ...['2020-10-03', '2020-11-01', '2020-10-05', '2020-11-02'],
      ...['2022-07-07', '2022-10-20'],
    ];
    const { kept } = mergeSameThings(
      [
        accepted('2025 Indonesian protests', 'event', [0, 1, 2]),
        accepted('August 2025 Indonesian protests', 'event', [3]),
        // One of a year's lists.
        accepted('2020 Afghanistan attacks', 'event', [4, 5]),
        accepted('October 2020 Afghanistan attacks', 'event', [6]),
        accepted('November 2020 Afghanistan attacks', 'event', [7]),
        // Another event of the same year.
        accepted('2022 Conservative Party leadership election', 'event', [8]),
        accepted('October 2022 Conservative Party leadership election', 'event', [9]),
      ],
      undefined,
      (i) => dates[i]!,
    );
    expect(kept.map((k) => k.c.title).sort()).toEqual([
      '2020 Afghanistan attacks',
      '2022 Conservative Party leadership election',
      '2025 Indonesian protests',
      'November 2020 Afghanistan attacks',
      'October 2020 Afghanistan attacks',
      'October 2022 Conservative Party leadership election',
    ]);
  });

  it('takes a name with a middle initial for the one person without it, in the same years', () => {
    const dates = [
      '2004-10-01',
      '2015-03-01',
      '2016-09-08',
      '1990-01-01',
      '2005-01-01',
      '2006-01-01',
    ];
    const { kept } = mergeSameThings(
      [
        accepted('John F. Kerry', 'person', [0, 1]),
        accepted('John Kerry', 'person', [2, 1]),
        // Two people the bare name could be: it stays apart.
        accepted('George H. W. Bush', 'person', [3]),
        accepted('George W. Bush', 'person', [4]),
        accepted('George Bush', 'person', [5]),
      ],
      undefined,
      (i) => dates[i]!,
    );
    expect(kept.map((k) => k.c.title).sort()).toEqual([
      'George Bush',
      'George H. W. Bush',
      'George W. Bush',
      'John Kerry',
    ]);
  });

  it("joins an event's earlier titles to the shorter one its briefs hand over to", () => {
    const day = (d: number) => `2026-05-${String(d).padStart(2, '0')}`;
    const dates = [
      ...[15, 23].map(day), // Central Africa
      ...[16, 22].map(day), // Ituri Province
      ...[25, 31].map(day), // the epidemic
      '2017-10-05',
      '2017-10-06',
      '2017-10-07',
      '2017-10-08', // a storm's stages
    ];
    const { kept } = mergeSameThings(
      [
        accepted('2026 Central Africa Ebola epidemic', 'event', [0, 1]),
        accepted('2026 Ituri Province Ebola epidemic', 'event', [2, 3]),
        accepted('2026 Ebola epidemic', 'event', [4, 5]),
        accepted('Tropical Storm Nate', 'event', [6, 7]),
        accepted('Hurricane Nate', 'event', [8, 9]),
      ],
      undefined,
      (i) => dates[i]!,
    );
    expect(kept.map((k) => k.c.title).sort()).toEqual(['2026 Ebola epidemic', 'Hurricane Nate']);
  });

  it("keeps apart what follows an event, its parts, a series and a year's list", () => {
    const dates = [
      ...['2026-02-28', '2026-06-01'], // the war goes on
      ...['2026-04-08', '2026-04-20'], // its ceasefire
      ...['2020-05-26', '2020-05-28'], // protests in Minnesota
      ...['2020-05-29', '2020-07-01'], // the protests
      ...['2026-06-11', '2026-07-19'], // the 2026 World Cup
      ...['2026-07-20', '2026-08-01'], // the World Cup
      ...['2021-08-01', '2021-08-10'], // Greek wildfires
      ...['2021-08-12', '2021-09-01'], // wildfires in 2021
    ];
    const { kept } = mergeSameThings(
      [
        accepted('2026 Iran war', 'war', [0, 1]),
        accepted('2026 Iran war ceasefire', 'agreement', [2, 3]),
        accepted('George Floyd protests in Minnesota', 'event', [4, 5]),
        accepted('George Floyd protests', 'event', [6, 7]),
        accepted('2026 FIFA World Cup', 'event', [8, 9]),
        accepted('FIFA World Cup', 'event', [10, 11]),
        accepted('2021 Greek wildfires', 'event', [12, 13]),
        accepted('Wildfires in 2021', 'event', [14, 15]),
      ],
      undefined,
      (i) => dates[i]!,
    );
    expect(kept).toHaveLength(8);
  });

  it('does not merge an actor with an event of the same words', () => {
    expect(
      mergeSameThings([accepted('Hamas', 'group', [1]), accepted('Hamas', 'event', [2])]).kept,
    ).toHaveLength(2);
  });
});

describe('mergeSameThings: mined names', () => {
  it('gives a name mined from the archive to the title whose links the briefs write it as', () => {
    const dept = accepted('United States Department of State', 'organization', [1, 2]);
    dept.c.anchors.set('State Department', 5);
    const minedName = {
      ...accepted('The State Department', 'organization', [3, 4]),
      source: 'name' as const,
    };
    const { kept } = mergeSameThings<'link' | 'name'>(
      [dept, minedName],
      (a) => a.source === 'name',
    );
    expect(kept.map((k) => k.c.title)).toEqual(['United States Department of State']);
    expect([...kept[0]!.c.briefs].sort()).toEqual([1, 2, 3, 4]);
  });
});

describe("mergeSameThings: `X of <country>` and a body's `<demonym> X`", () => {
  it('gives a linked `Parliament of Greece` to the body whose links write `Greek parliament`', () => {
    const hellenic = accepted('Hellenic Parliament', 'organization', [1, 2, 3]);
    hellenic.c.anchors.set('Greek parliament', 1);
    const { kept } = mergeSameThings([
      hellenic,
      accepted('Parliament of Greece', 'organization', [4]),
    ]);
    expect(kept.map((k) => k.c.title)).toEqual(['Hellenic Parliament']);
  });

  it('not another wording (`Malian army` for the armed forces), nor when two bodies are written so', () => {
    const forces = accepted('Malian Armed Forces', 'organization', [1, 2]);
    forces.c.anchors.set('Malian army', 1);
    expect(
      mergeSameThings([forces, accepted('Malian Army', 'organization', [3])]).kept,
    ).toHaveLength(2);
    const a = accepted('Vouli', 'organization', [4]);
    const b = accepted('Hellenic Parliament', 'organization', [5]);
    a.c.anchors.set('Greek parliament', 1);
    b.c.anchors.set('Greek parliament', 1);
    expect(
      mergeSameThings([a, b, accepted('Parliament of Greece', 'organization', [6])]).kept,
    ).toHaveLength(3);
  });
});

describe('withoutDescriptor', () => {
  it.each([
    ["Yemen's Houthi", 'Houthi'],
    ['Shia Houthi', 'Houthi'],
    ['Yemen-based Houthi', 'Houthi'],
    ["Russia's Wagner Group", 'Wagner Group'],
    ['Kurdish-led Syrian Democratic Forces', 'Syrian Democratic Forces'],
    ['Hamas-run Al-Aqsa TV', 'Al-Aqsa TV'],
    ['U.S. Federal Aviation Administration', 'Federal Aviation Administration'],
    ["People's Liberation Army", undefined],
    ["Women's Tennis Association", undefined],
    ['Houthis', undefined],
  ])('%s → %s', (title, rest) => expect(withoutDescriptor(title)).toBe(rest));
});

describe('mergeSameThings: mined descriptors', () => {
  const mined = (title: string, kind: EntityKind, briefs: number[]) => ({
    ...accepted(title, kind, briefs),
    source: 'name' as const,
  });
  it('gives a mined name with a descriptor to the group or title that the rest names', () => {
    const houthis = accepted('Houthis', 'group', [1, 2]);
    houthis.c.anchors.set('Houthi', 6);
    const court = accepted('Supreme Court of the United States', 'organization', [4]);
    court.c.anchors.set('Supreme Court', 9);
    const { kept } = mergeSameThings<'link' | 'name'>(
      [
        houthis,
        accepted('Wagner Group', 'group', [3]),
        court,
        mined("Yemen's Houthi", 'group', [5, 6]),
        mined('Shia Houthi', 'group', [7, 8]),
        mined("Russia's Wagner Group", 'organization', [9, 10]),
        mined("Pakistan's Supreme Court", 'organization', [11, 12]),
      ],
      (a) => a.source === 'name',
    );
    expect(kept.map((k) => k.c.title).sort()).toEqual([
      'Houthis',
      "Pakistan's Supreme Court",
      'Supreme Court of the United States',
      'Wagner Group',
    ]);
    expect([...kept.find((k) => k.c.title === 'Houthis')!.c.briefs].sort()).toEqual([
      1, 2, 5, 6, 7, 8,
    ]);
  });

  it('gives it to a mined name that the rest names, but not to a generic one', () => {
    const { kept } = mergeSameThings<'link' | 'name'>(
      [
        mined('Al-Aqsa TV', 'organization', [1, 2]),
        mined('Hamas-run Al-Aqsa TV', 'group', [3, 4]),
        mined('National Assembly', 'organization', [5, 6]),
        mined("Pakistan's National Assembly", 'organization', [7, 8]),
      ],
      (a) => a.source === 'name',
    );
    expect(kept.map((k) => k.c.title).sort()).toEqual([
      'Al-Aqsa TV',
      'National Assembly',
      "Pakistan's National Assembly",
    ]);
  });
});

describe('variantKey', () => {
  it.each([
    ['ISIL', 'Islamic State'],
    ['Islamic State in Iraq and the Levant (ISIL)', 'Islamic State'],
    ['Islamic State of Iraq and Syria', 'ISIS'],
    ['Houthi movement', 'Houthis'],
    ['Chinese Coast Guard', 'China Coast Guard'],
    ['Turkish Naval Forces', 'Turkish Navy'],
    ['World Trade Organisation', 'World Trade Organization'],
    ['Israel Defence Forces', 'Israel Defense Forces'],
    ['Armed Forces of the United States', 'United States Armed Forces'],
    ['U.S. Democratic Party', 'Democratic Party (United States)'],
    ['University of Oxford', 'Oxford University'],
    ['Google Inc.', 'Google'],
    ['BP plc', 'BP'],
    ['Supreme Court of the Philippines', 'Philippine Supreme Court'],
    ['British Army', 'UK Army'],
    ['As-Suwayda Governorate', 'Suwayda Governorate'],
    ['Al-Nusra Front', 'Nusra Front'],
    ["China's Foreign Ministry", 'Chinese Foreign Ministry'],
    ["South Korea's National Intelligence Service", 'South Korean National Intelligence Service'],
    ["Pakistan's Supreme Court", 'Supreme Court of Pakistan'],
    ['United Kingdom Independence Party', 'UK Independence Party'],
    ['Revolutionary Guard Corps', 'Islamic Revolutionary Guard Corps'],
    ['Iranian Revolutionary Guard', 'Islamic Revolutionary Guard Corps'],
    ['Pakistani Taliban', 'Tehrik-i-Taliban Pakistan'],
    ['Saudi Arabian Ministry of Interior', 'Saudi Ministry of Interior'],
    ['Sri Lankan Army', 'Sri Lanka Army'],
    ["Taiwan's Defence Ministry", 'Taiwanese Defense Ministry'],
    ['Maltese Labour Party', 'Malta Labour Party'],
    ['Liverpool F.C.', 'Liverpool Football Club'],
    ['Paris Saint-Germain F.C.', 'Paris Saint-Germain FC'],
    ["Sana'a University", 'Sanaa University'],
    ['Palestinian National Authority', 'Palestinian Authority'],
  ])('%s is %s', (a, b) => expect(variantKey(a, false)).toBe(variantKey(b, false)));

  it.each([
    ['Israel–Hezbollah conflict (2023–present)', 'Hezbollah–Israel conflict (2023–present)'],
    ['2018 China–United States trade war', 'China–United States trade war (2018–present)'],
    ['2020–2023 Chinese property sector crisis', 'Chinese property sector crisis (2020–present)'],
    ['2020 Beirut explosions', '2020 Beirut explosion'],
    ['COVID-19 pandemic in the Netherlands', 'COVID-19 pandemic in Netherlands'],
    [
      'United States federal government shutdown of 2018–2019',
      '2018–2019 United States federal government shutdown',
    ],
    ['Eastern Ukraine offensive', 'Eastern Ukraine campaign'],
    ['War in Darfur', 'Darfur war'],
    ['2014 West Africa Ebola virus outbreak', '2014 West Africa Ebola outbreak'],
    ['Nobel Prize in Medicine', 'Nobel Prize in Physiology or Medicine'],
    ['2020 Kyrgyzstan protests', '2020 Kyrgyzstani protests'],
    ['Israel–Palestine conflict', 'Israeli–Palestinian conflict'],
    ['Insurgency in the Maghreb', 'Maghreb insurgency'],
    ['Civil war in the Central African Republic', 'Central African Republic civil war'],
    ['Southern Thailand insurgency', 'South Thailand insurgency'],
    ['2016 West Iran clashes', 'Western Iran clashes (2016–present)'],
    ['Winter Olympic Games', 'Winter Olympics'],
    ['2016 Summer Paralympic Games', '2016 Summer Paralympics'],
    ['South China Sea disputes', 'South China Sea dispute'],
    ['ISIL–Taliban conflict', 'Islamic State–Taliban conflict'],
    ['2025 United Kingdom anti-immigration protests', '2025 British anti-immigration protests'],
  ])('takes event %s for %s', (a, b) => expect(variantKey(a, true)).toBe(variantKey(b, true)));

  it.each([
    ['2019 Chilean protests', '2020 Chilean protests'],
    ['Iran–Israel war', 'Iran–Iraq war'],
    ['2019 Iranian protests', '2019 Iranian fuel protests'],
    ['2019 Southern Africa drought', '2019 South Africa drought'],
  ])('keeps event %s apart from %s', (a, b) =>
    expect(variantKey(a, true)).not.toBe(variantKey(b, true)),
  );

  it('takes an event head in the plural for the singular', () =>
    expect(variantKey('Boston Marathon bombings', true)).toBe(
      variantKey('Boston Marathon bombing', true),
    ));

  it.each([
    ['Labour Party (UK)', 'Labor Party (Australia)'],
    ['Democratic Party (United States)', 'Democratic Party'],
    ['Liberal Democratic Party', 'Democratic Liberal Party'],
    ['Islamic State – Somalia Province', 'Islamic State'],
    // The article only as written with its hyphen: a club's `AS` is no article.
    ['AS Roma', 'Roma'],
    ['As Seen on TV', 'Seen on TV'],
    // Only a country's possessive goes: `People's` and `Women's` tell bodies apart.
    ["People's Party", 'Party'],
    ["Women's National Basketball Association", 'National Basketball Association'],
    ['Pakistani Taliban', 'Taliban'],
  ])('%s is not %s', (a, b) => expect(variantKey(a, false)).not.toBe(variantKey(b, false)));
});

describe('mergeSameThings: variants', () => {
  it('keeps the best attested title of titles whose looser keys agree', () => {
    const { kept } = mergeSameThings([
      accepted('Islamic State', 'group', [1, 2, 3]),
      accepted('ISIL', 'group', [4]),
      accepted('Islamic State of Iraq and the Levant', 'group', [5]),
      accepted('Chinese Coast Guard', 'organization', [6]),
      accepted('China Coast Guard', 'organization', [7, 8]),
      accepted('Boston Marathon bombings', 'event', [9]),
      accepted('Boston Marathon bombing', 'event', [10, 11]),
      accepted('Boston Marathon', 'event', [12]),
    ]);
    expect(kept.map((k) => k.c.title).sort()).toEqual([
      'Boston Marathon',
      'Boston Marathon bombing',
      'China Coast Guard',
      'Islamic State',
    ]);
    const state = kept.find((k) => k.c.title === 'Islamic State')!;
    expect(state.c.variants?.sort()).toEqual(['ISIL', 'Islamic State of Iraq and the Levant']);
  });
});

describe('spelledAlike', () => {
  it.each([
    ['rafic hariri', 'rafik hariri', true],
    ['mohamed morsi', 'mohammed morsi', true],
    ['mehdi karrubi', 'mehdi karroubi', true],
    ['sergei sobyanin', 'sergey sobyanin', true],
    ['alan johnston', 'alan johnson', false],
    ['carlos manzo', 'carlos mazon', false],
    ['charles rangel', 'charlie rangel', false],
    ['ahmed ali', 'ahmad ali', false],
    ['fernando torres', 'fernanda torres', false],
    ['adrian lopez', 'adriana lopez', false],
    ['viktor yanukovych', 'viktor yanukovich', true],
    ['costas karamanlis', 'kostas karamanlis', true],
    ['bidya devi bhandari', 'bidhya devi bhandari', true],
    ['zabiullah mujahid', 'zabihullah mujahid', true],
    ['isaias afewerki', 'isaias afwerki', true],
    // `c`/`k` opens one name only when the rest is the same; an `h` only after the first letter.
    ['carlos ruiz', 'karla ruiz', false],
    ['hamid karzai', 'amid karzai', false],
  ])('%s / %s: %s', (a, b, alike) => expect(spelledAlike(a, b)).toBe(alike));
});

describe('mergeSameThings: spellings of a name', () => {
  it('joins the spellings of a name in briefs of the same years', () => {
    const dates = ['2005-02-14', '2005-03-01', '2006-01-01', '2007-09-01', '2007-10-01'];
    const { kept } = mergeSameThings(
      [
        accepted('Rafik Hariri', 'person', [0, 1]),
        accepted('Rafic Hariri', 'person', [1, 2]),
        accepted('Rafiq Hariri', 'person', [1]),
        accepted('Alan Johnston', 'person', [3]),
        accepted('Alan Johnson', 'person', [4]),
      ],
      undefined,
      (i) => dates[i]!,
    );
    expect(kept.map((k) => k.c.title).sort()).toEqual([
      'Alan Johnson',
      'Alan Johnston',
      'Rafik Hariri',
    ]);
    expect(kept.find((k) => k.c.title === 'Rafik Hariri')!.c.variants?.sort()).toEqual([
      'Rafic Hariri',
      'Rafiq Hariri',
    ]);
  });
});

describe('mergeSameThings: spellings years apart', () => {
  const dates = [
    '2009-05-26',
    '2013-01-21',
    '2018-07-08',
    '2023-09-02',
    '1995-01-01',
    '2020-01-01',
  ];
  it('joins spellings of one name a few years apart, and a name with its words run together', () => {
    const { kept } = mergeSameThings(
      [
        accepted('Isaias Afewerki', 'person', [0, 1]),
        accepted('Isaias Afwerki', 'person', [2, 3, 5]),
        accepted('Abd Rabbuh Mansur Hadi', 'person', [1, 2]),
        accepted('Abdrabbuh Mansur Hadi', 'person', [3]),
      ],
      undefined,
      (i) => dates[i]!,
    );
    expect(kept.map((k) => k.c.title).sort()).toEqual(['Abd Rabbuh Mansur Hadi', 'Isaias Afwerki']);
  });

  it('joins a name with and without the Arabic article, under the linked title', () => {
    const mined = { ...accepted('Bashar Assad', 'person', [0, 1, 2]), source: 'name' as const };
    const { kept } = mergeSameThings(
      [accepted('Bashar al-Assad', 'person', [3]), mined],
      (a) => a.source === 'name',
      (i) => dates[i]!,
    );
    expect(kept.map((k) => k.c.title)).toEqual(['Bashar al-Assad']);
  });

  it('not when more than ten years apart', () => {
    const { kept } = mergeSameThings(
      [accepted('Isaias Afewerki', 'person', [4]), accepted('Isaias Afwerki', 'person', [3])],
      undefined,
      (i) => dates[i]!,
    );
    expect(kept).toHaveLength(2);
  });
});

describe('mergeSameThings: more than two spellings', () => {
  it('gathers every spelling alike the best-attested one, even when they are not alike each other', () => {
    const dates = ['2022-02-24', '2022-03-01', '2023-01-01', '2024-01-01'];
    const { kept } = mergeSameThings(
      [
        accepted('Volodymyr Zelenskyy', 'person', [0, 1, 2, 3]),
        accepted('Volodymyr Zelensky', 'person', [1, 2]),
        accepted('Volodymyr Zelenskiy', 'person', [2]),
        accepted('Volodymyr Zelenskyi', 'person', [3]),
      ],
      undefined,
      (i) => dates[i]!,
    );
    expect(kept.map((k) => k.c.title)).toEqual(['Volodymyr Zelenskyy']);
    expect(kept[0]!.c.variants?.sort()).toEqual([
      'Volodymyr Zelenskiy',
      'Volodymyr Zelensky',
      'Volodymyr Zelenskyi',
    ]);
  });
});

describe('mergeSameThings: a linked name in full and its mined parts', () => {
  const mined = (title: string, briefs: number[]) => ({
    ...accepted(title, 'person', briefs),
    source: 'name' as const,
  });
  const isMined = (a: { source: string }) => a.source === 'name';

  it('keeps the linked full name and gathers the mined shorter ones (Recep Tayyip Erdoğan)', () => {
    const { kept } = mergeSameThings(
      [
        accepted('Recep Tayyip Erdoğan', 'person', [1, 2]),
        mined('Tayyip Erdoğan', [3, 4, 5, 6, 7, 8]),
        mined('Recep Erdoğan', [9]),
      ],
      isMined,
    );
    expect(kept.map((k) => k.c.title)).toEqual(['Recep Tayyip Erdoğan']);
    expect([...kept[0]!.c.briefs].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('still gives a mined name after a title to the person (Rodrigo Duterte)', () => {
    const { kept } = mergeSameThings(
      [
        mined('Philippine President Rodrigo Duterte', [1]),
        accepted('Rodrigo Duterte', 'person', [2]),
      ],
      isMined,
    );
    expect(kept.map((k) => k.c.title)).toEqual(['Rodrigo Duterte']);
  });

  it('gives a mined name with a middle initial to the linked name without it (Donald J. Trump)', () => {
    const { kept } = mergeSameThings(
      [accepted('Donald Trump', 'person', [1]), mined('Donald J. Trump', [2, 3])],
      isMined,
    );
    expect(kept.map((k) => k.c.title)).toEqual(['Donald Trump']);
  });

  it('leaves a first-and-last name whose linked longer name has an initial (Michael B. Jordan)', () => {
    for (const dateOf of [undefined, () => '2025-01-01']) {
      const { kept } = mergeSameThings(
        [accepted('Michael B. Jordan', 'person', [1]), mined('Michael Jordan', [2, 3])],
        isMined,
        dateOf,
      );
      expect(kept.map((k) => k.c.title).sort()).toEqual(['Michael B. Jordan', 'Michael Jordan']);
    }
  });

  it('keeps the linked name of a name with and without its initial (Victor Glover)', () => {
    const { kept } = mergeSameThings(
      [accepted('Victor Glover', 'person', [1]), mined('Victor J. Glover', [2, 3])],
      isMined,
      () => '2025-01-01',
    );
    expect(kept.map((k) => k.c.title)).toEqual(['Victor Glover']);
  });

  it('leaves a first-and-last name two linked names share (George Bush)', () => {
    const { kept } = mergeSameThings(
      [
        accepted('George W. Bush', 'person', [1]),
        accepted('George H. W. Bush', 'person', [2]),
        mined('George Bush', [3]),
      ],
      isMined,
    );
    expect(kept.map((k) => k.c.title).sort()).toEqual([
      'George Bush',
      'George H. W. Bush',
      'George W. Bush',
    ]);
  });
});

describe('mergeSameThings: ongoing events and reworded titles', () => {
  const dates = [
    '2015-03-01',
    '2016-01-01',
    '2018-01-01',
    '2025-02-01',
    '2025-02-03',
    '2025-06-01',
  ];
  const titles = (list: ReturnType<typeof accepted>[]) =>
    mergeSameThings(list, undefined, (i) => dates[i]!)
      .kept.map((k) => k.c.title)
      .sort();

  it('joins an ongoing event whose start moved a year, and then its yearless title', () =>
    expect(
      titles([
        accepted('Yemeni civil war (2014–present)', 'war', [0]),
        accepted('Yemeni Civil War (2015–present)', 'war', [1, 2]),
        accepted('Yemeni Civil War', 'war', [1]),
      ]),
    ).toEqual(['Yemeni Civil War (2015–present)']));

  it('gives a yearless title to the ongoing one that starts last by its first brief', () =>
    expect(
      titles([
        accepted('Kurdish–Turkish conflict (1978–present)', 'war', [0]),
        accepted('Kurdish–Turkish conflict (2015–present)', 'war', [1, 2]),
        accepted('Kurdish–Turkish conflict', 'war', [1, 5]),
      ]),
    ).toEqual([
      'Kurdish–Turkish conflict (1978–present)',
      'Kurdish–Turkish conflict (2015–present)',
    ]));

  it('not two ongoing titles years apart', () =>
    expect(
      titles([
        accepted('Iraqi insurgency (2011–present)', 'war', [0]),
        accepted('Iraqi insurgency (2017–present)', 'war', [2]),
      ]),
    ).toHaveLength(2));

  it("joins a title that says `with` the other's words (a trade war)", () =>
    expect(
      titles([
        accepted('2025 United States–Canada–Mexico trade war', 'war', [3]),
        accepted('2025 United States trade war with Canada and Mexico', 'war', [4, 5]),
      ]),
    ).toEqual(['2025 United States trade war with Canada and Mexico']));
});

describe('mergeSameThings: a later title with one more word', () => {
  const day = (d: number) => `2021-05-${String(d).padStart(2, '0')}`;
  const dates = [12, 13, 14, 15, 16, 17, 18, 20].map(day);
  const titles = (list: ReturnType<typeof accepted>[]) =>
    mergeSameThings(list, undefined, (i) => dates[i]!)
      .kept.map((k) => k.c.title)
      .sort();

  it('joins a title that adds a common word as the first stops (International protests …)', () =>
    expect(
      titles([
        accepted('Protests over the 2021 Israel–Palestine crisis', 'event', [0, 1, 2, 3]),
        accepted(
          'International protests over the 2021 Israel–Palestine crisis',
          'event',
          [4, 5, 6],
        ),
      ]),
    ).toEqual(['International protests over the 2021 Israel–Palestine crisis']));

  it('not a name, nor a brief or two each (another stabbing that week)', () => {
    expect(
      titles([
        accepted('2021 Africa floods', 'event', [0, 1, 2, 3]),
        accepted('2021 South Africa floods', 'event', [4, 5, 6]),
      ]),
    ).toHaveLength(2);
    expect(
      titles([
        accepted('2021 Vienna stabbing', 'event', [0]),
        accepted('2021 Vienna embassy stabbing', 'event', [4]),
      ]),
    ).toHaveLength(2);
  });
});

describe('mergeSameThings: a middle name', () => {
  const mined = (title: string, briefs: number[]) => ({
    ...accepted(title, 'person', briefs),
    source: 'name' as const,
  });
  const isMined = (a: { source: string }) => a.source === 'name';
  // 0–4: 2007–2011; 5–6: 2021; 7: 2005; 8: 2012; 9–10: 2004, 2012; 11–12: 2015, 2021; 13: 2009.
  const years = [
    2007, 2008, 2009, 2010, 2011, 2021, 2021, 2005, 2012, 2004, 2012, 2015, 2021, 2009,
  ];
  const titles = (list: { c: Candidate; kind: EntityKind; source: 'link' | 'name' }[]) =>
    mergeSameThings(list, isMined, (i) => `${years[i]}-06-01`)
      .kept.map((k) => k.c.title)
      .sort();

  it('joins a name with one more middle word to the name without it, in the same years', () =>
    expect(
      titles([
        accepted('Omar al-Bashir', 'person', [0, 1, 2, 3]),
        mined('Omar Hassan al-Bashir', [13]),
      ]),
    ).toEqual(['Omar al-Bashir']));

  it('joins a linked short name and a mined longer one after the same office, a year apart', () => {
    const office = <A extends { c: Candidate }>(a: A): A => {
      a.c.before = new Map([['general', 1]]);
      return a;
    };
    // `Attorney General Tarek Saab` (2012, 2021), `… Tarek William Saab` (2015–2021).
    expect(
      titles([
        office(accepted('Tarek Saab', 'person', [8, 12])),
        office(mined('Tarek William Saab', [11, 6, 5])),
      ]),
    ).toEqual(['Tarek William Saab']);
    // Without the office, or years apart, they stay two.
    expect(
      titles([accepted('Tarek Saab', 'person', [8, 12]), mined('Tarek William Saab', [11, 6, 5])]),
    ).toHaveLength(2);
  });

  it('not a son and his father, other years, nor two linked titles', () => {
    expect(
      titles([mined('Ahmad Massoud', [5, 6]), mined('Ahmad Shah Massoud', [7, 8, 5, 6])]),
    ).toHaveLength(2);
    expect(
      titles([accepted('John Edwards', 'person', [9, 10]), mined('John Bel Edwards', [11, 12])]),
    ).toHaveLength(2);
    expect(
      titles([
        accepted('Pedro Sánchez', 'person', [0, 1]),
        accepted('Pedro Arnulfo Sánchez', 'person', [2]),
      ]),
    ).toHaveLength(2);
  });
});

describe('mergeSameThings: a short title of a far better attested event', () => {
  const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
  // 0–29: 2015–2020; 100 on: 2017.
  const dateOf = (i: number) => (i >= 100 ? '2017-03-01' : `${2015 + Math.floor(i / 5)}-06-01`);
  const titles = (list: ReturnType<typeof accepted>[]) =>
    mergeSameThings(list, undefined, dateOf)
      .kept.map((k) => k.c.title)
      .sort();

  it("joins a yearless title to the dated one written with the country's name (Afghan conflict)", () =>
    expect(
      titles([
        accepted('Afghanistan conflict (1978–present)', 'war', range(0, 30)),
        accepted('Afghan conflict', 'war', [100, 101]),
      ]),
    ).toEqual(['Afghanistan conflict (1978–present)']));

  it('joins a yearless title of a few briefs to the one title with all its words', () =>
    expect(
      titles([
        accepted('Insurgency in Jammu and Kashmir', 'war', range(0, 30)),
        accepted('Kashmir insurgency', 'war', [100, 101]),
      ]),
    ).toEqual(['Insurgency in Jammu and Kashmir']));

  it('not when two titles have its words, nor when the other is not ten times as attested', () => {
    expect(
      titles([
        accepted('Insurgency in Jammu and Kashmir', 'war', range(0, 30)),
        accepted('Insurgency in Azad Kashmir', 'war', range(0, 30)),
        accepted('Kashmir insurgency', 'war', [100, 101]),
      ]),
    ).toHaveLength(3);
    expect(
      titles([
        accepted('Insurgency in Jammu and Kashmir', 'war', range(0, 10)),
        accepted('Kashmir insurgency', 'war', [100, 101]),
      ]),
    ).toHaveLength(2);
  });
});

describe('mergeSameThings: a team that moved', () => {
  const dates = [
    '2003-02-21',
    '2003-06-15',
    '2017-08-22',
    '2022-03-24',
    '2013-01-01',
    '2018-01-01',
  ];
  const homes: Record<string, string> = {
    'New Jersey': 'US',
    Brooklyn: 'US',
    'Los Angeles': 'US',
    Sacramento: 'US',
    Pittsburgh: 'US',
    Sheffield: 'GB',
  };
  const teamOf = (title: string) => {
    const m = /^(.+) (\w+s)$/.exec(title);
    return m && homes[m[1]!] ? { country: homes[m[1]!]!, nickname: m[2]! } : undefined;
  };
  const titles = (list: ReturnType<typeof accepted>[]) =>
    mergeSameThings(list, undefined, (i) => dates[i]!, undefined, teamOf)
      .kept.map((k) => k.c.title)
      .sort();

  it('joins the two teams of one country and nickname named one after the other', () =>
    expect(
      titles([
        accepted('New Jersey Nets', 'organization', [0, 1]),
        accepted('Brooklyn Nets', 'organization', [2, 3]),
      ]),
    ).toEqual(['Brooklyn Nets']));

  it('not two named in the same years, nor two of two countries', () => {
    expect(
      titles([
        accepted('Los Angeles Kings', 'organization', [0, 5]),
        accepted('Sacramento Kings', 'organization', [2, 4]),
      ]),
    ).toHaveLength(2);
    expect(
      titles([
        accepted('Pittsburgh Steelers', 'organization', [0, 1]),
        accepted('Sheffield Steelers', 'organization', [2, 3]),
      ]),
    ).toHaveLength(2);
  });
});

describe('mergeSameThings: a mined name two people share', () => {
  const mined = (title: string, briefs: number[]) => ({
    ...accepted(title, 'person', briefs),
    source: 'name' as const,
  });
  const isMined = (a: { source: string }) => a.source === 'name';
  const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
  // 0–9: 2003–2007; 10–11: 2018; 12–13: 2004; 20–22: the mined name's, 2003–2007.
  const dateOf = (i: number) =>
    i < 10
      ? `${2003 + (i % 5)}-06-01`
      : i < 12
        ? '2018-12-01'
        : i < 14
          ? '2004-06-01'
          : `${2003 + (i - 20) * 2}-02-26`;

  it("joins it to the one whose briefs outnumber the other's tenfold in its years (George Bush)", () => {
    const { kept } = mergeSameThings(
      [
        accepted('George W. Bush', 'person', range(0, 10)),
        accepted('George H. W. Bush', 'person', [10, 11]),
        mined('George Bush', [20, 21, 22]),
      ],
      isMined,
      dateOf,
    );
    expect(kept.map((k) => k.c.title).sort()).toEqual(['George H. W. Bush', 'George W. Bush']);
  });

  it('leaves it apart when the other is named in those years too', () => {
    const { kept } = mergeSameThings(
      [
        accepted('George W. Bush', 'person', range(0, 10)),
        accepted('George H. W. Bush', 'person', [10, 11, 12, 13]),
        mined('George Bush', [20, 21, 22]),
      ],
      isMined,
      dateOf,
    );
    expect(kept).toHaveLength(3);
  });
});

describe('mergeSameThings: a later, shorter title that takes over', () => {
  // 0–11: the first title, 15 Jun–4 Sep 2019; 12–23: the later one, 28 Jul 2019 on.
  const first = ['06-15', '06-16', '07-01', '07-02', '07-21', '07-29', '08-05', '08-13', '08-17'];
  const dates = [
    ...first.map((d) => `2019-${d}`),
    '2019-08-18',
    '2019-08-29',
    '2019-09-04',
    ...['07-28', '07-31', '08-12', '08-25', '08-30', '09-10', '10-01', '10-16', '11-02'].map(
      (d) => `2019-${d}`,
    ),
    '2019-12-01',
    '2020-01-01',
    '2020-06-30',
  ];
  const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
  const merge = (...list: ReturnType<typeof accepted>[]) =>
    mergeSameThings(list, undefined, (i) => dates[i]!)
      .kept.map((k) => k.c.title)
      .sort();

  it('joins them when it outlasts and outweighs the first, five weeks beside it', () =>
    expect(
      merge(
        accepted('2019 Hong Kong anti-extradition bill protests', 'event', range(0, 12)),
        accepted('2019 Hong Kong protests', 'event', range(12, 12)),
      ),
    ).toEqual(['2019 Hong Kong protests']));

  it('joins them, fewer briefs and all, when the first title fades as it starts', () =>
    expect(
      merge(
        accepted('2019 Hong Kong anti-extradition bill protests', 'event', range(0, 9)),
        accepted('2019 Hong Kong protests', 'event', [13, 14, 15]),
      ),
    ).toEqual(['2019 Hong Kong protests']));

  it('not when it has fewer briefs, nor when it stops first', () => {
    expect(
      merge(
        accepted('2019 Hong Kong anti-extradition bill protests', 'event', range(0, 12)),
        accepted('2019 Hong Kong protests', 'event', range(12, 5)),
      ),
    ).toHaveLength(2);
    expect(
      merge(
        accepted('2019 Hong Kong anti-extradition bill protests', 'event', range(0, 12)),
        accepted('2019 Hong Kong protests', 'event', [12, 13, 14, 15, ...range(0, 9)]),
      ),
    ).toHaveLength(2);
  });
});

describe('mergeSameThings: renamed events', () => {
  const dates = [
    '2020-09-27',
    '2020-10-20',
    '2020-10-28',
    '2020-11-05',
    '2020-11-10',
    '2021-10-01',
  ];
  const merge = (...list: ReturnType<typeof accepted>[]) =>
    mergeSameThings(list, undefined, (i) => dates[i]!)
      .kept.map((k) => k.c.title)
      .sort();

  it('joins two titles whose words agree and whose briefs hand over in time', () => {
    expect(
      merge(
        accepted('2020 Nagorno-Karabakh conflict', 'war', [0, 1, 2]),
        accepted('2020 Nagorno-Karabakh war', 'war', [3, 4]),
      ),
    ).toEqual(['2020 Nagorno-Karabakh conflict']);
  });

  it('not when a year apart, nor recurring events, nor other words', () => {
    expect(
      merge(
        accepted('2020 Chilean protests', 'event', [0, 1]),
        accepted('2021 Chilean protests', 'event', [5]),
      ),
    ).toEqual(['2020 Chilean protests', '2021 Chilean protests']);
    expect(
      merge(
        accepted('2020 Kursk offensive', 'war', [0, 1]),
        accepted('2020 Belgorod offensive', 'war', [3, 4]),
      ),
    ).toEqual(['2020 Belgorod offensive', '2020 Kursk offensive']);
    expect(
      merge(
        accepted('Nagorno-Karabakh parliamentary election', 'event', [0, 1]),
        accepted('Nagorno-Karabakh presidential election', 'event', [3, 4]),
      ),
    ).toEqual([
      'Nagorno-Karabakh parliamentary election',
      'Nagorno-Karabakh presidential election',
    ]);
  });

  it('joins a battle renamed around the one place both titles name', () => {
    expect(
      merge(
        accepted('Battle of El Fasher', 'war', [0, 1, 2]),
        accepted('Siege of El Fasher', 'war', [3, 4]),
      ),
    ).toEqual(['Battle of El Fasher']);
    expect(
      merge(
        accepted('Battle of Kyiv', 'war', [0, 1]),
        accepted('Kyiv offensive', 'war', [2, 3, 4]),
      ),
    ).toEqual(['Kyiv offensive']);
  });

  it('not a war and a battle in it, a country, nor protests and a crisis', () => {
    expect(
      merge(
        accepted('War in Donbas', 'war', [0, 1, 2]),
        accepted('Battle of Donbas', 'war', [3, 4]),
      ),
    ).toEqual(['Battle of Donbas', 'War in Donbas']);
    expect(
      merge(
        accepted('Pakistan protests', 'event', [0, 1]),
        accepted('Pakistan unrest', 'event', [3]),
      ),
    ).toEqual(['Pakistan protests', 'Pakistan unrest']);
    expect(
      merge(
        accepted('Haitian protests', 'event', [0, 1]),
        accepted('Haitian crisis', 'event', [3, 4]),
      ),
    ).toEqual(['Haitian crisis', 'Haitian protests']);
  });
});

describe('mergeSameThings: which title names a variant group', () => {
  it('a linked title before a mined one, and one without a country possessive', () => {
    const minedName = (title: string, briefs: number[]) => ({
      ...accepted(title, 'organization', briefs),
      source: 'name' as const,
    });
    const { kept } = mergeSameThings<'link' | 'name'>(
      [
        accepted('Parliament of the United Kingdom', 'organization', [1]),
        minedName('UK Parliament', [2, 3, 4]),
        minedName("Japan's Meteorological Agency", [5, 6, 7]),
        minedName('Japan Meteorological Agency', [8]),
      ],
      (a) => a.source === 'name',
    );
    expect(kept.map((k) => k.c.title).sort()).toEqual([
      'Japan Meteorological Agency',
      'Parliament of the United Kingdom',
    ]);
  });
});

describe('mergeSameThings: a bare title the briefs write for a country-qualified one', () => {
  it('stays its own: `Taliban` is not the `Pakistani Taliban` some links shorten to it', () => {
    const pakistani = accepted('Pakistani Taliban', 'group', [1, 2, 3]);
    pakistani.c.anchors.set('Taliban', 2);
    const { kept } = mergeSameThings([pakistani, accepted('Taliban', 'group', [4, 5])]);
    expect(kept.map((k) => k.c.title).sort()).toEqual(['Pakistani Taliban', 'Taliban']);
  });
});

describe('mergeSameThings: a short name and another form of a first name', () => {
  const person = (
    title: string,
    briefs: number[],
    before: [string, number][],
    source: 'link' | 'name' = 'name',
  ) => {
    const a = { ...accepted(title, 'person', briefs), source };
    a.c.before = new Map(before);
    return a;
  };
  const isMined = (a: { source: string }) => a.source === 'name';
  // 0–9: 2016–2025, one a year; 10–11: 2026.
  const dateOf = (i: number) => `${i < 10 ? 2016 + i : 2026}-06-01`;
  const titles = (list: ReturnType<typeof person>[]) =>
    mergeSameThings(list, isMined, dateOf)
      .kept.map((k) => k.c.title)
      .sort();

  it('joins a mined name that opens one linked name, after the same office', () =>
    expect(
      titles([
        person('Teodoro Obiang', [0, 4], [['president', 2]]),
        person('Teodoro Obiang Nguema Mbasogo', [10], [['president', 1]], 'link'),
        person('Teodoro Nguema Obiang Mangue', [1, 2], [['vice-president', 2]]),
      ]),
    ).toEqual(['Teodoro Nguema Obiang Mangue', 'Teodoro Obiang Nguema Mbasogo']));

  it('not a namesake of another office, nor a name that opens two', () => {
    expect(
      titles([
        person('Abdul Rahman', [0, 3], [['convert', 1]]),
        person('Abdul Rahman Yusuf', [10], [['activist', 1]], 'link'),
      ]),
    ).toHaveLength(2);
    expect(
      titles([
        person('Abdel Fattah', [0, 3], [['president', 2]]),
        person('Abdel Fattah el-Sisi', [10], [['president', 1]], 'link'),
        person('Abdel Fattah al-Burhan', [11], [['general', 1]], 'link'),
      ]),
    ).toHaveLength(3);
  });

  it('joins another form of a first name after the same office (Binyamin, Benjamin Netanyahu)', () =>
    expect(
      titles([
        person('Binyamin Netanyahu', [0, 2], [['minister', 2]]),
        person('Benjamin Netanyahu', [10, 11], [['minister', 1]], 'link'),
        person('Ash Carter', [3, 4], [['secretary', 1]]),
        person('Ashton Carter', [4, 5, 6], [['secretary', 2]]),
      ]),
    ).toEqual(['Ashton Carter', 'Benjamin Netanyahu']));

  it('joins a first name opened by another vowel after the same office (Ayad, Iyad Allawi)', () =>
    expect(
      titles([
        person('Ayad Allawi', [0, 4], [['minister', 1]]),
        person('Iyad Allawi', [1, 2, 3], [['minister', 5]]),
      ]),
    ).toEqual(['Iyad Allawi']));

  it('not two vowel-opened first names of other offices (Ivan, Evan)', () =>
    expect(
      titles([
        person('Ivan Lewandowski', [0, 1], [['minister', 1]]),
        person('Evan Lewandowski', [1, 2], [['coach', 1]]),
      ]),
    ).toHaveLength(2));

  it('not a relative of another office, a short surname, nor two mined names years apart', () =>
    expect(
      titles([
        person('Jill Biden', [0, 1], [['lady', 2]]),
        person('Joe Biden', [10], [['president', 1]], 'link'),
        person('Imran Khan', [10], [['minister', 1]], 'link'),
        person('Ismail Khan', [2, 3], [['minister', 1]]),
        person('Jan Fischer', [8, 9], [['minister', 1]]),
        person('Joschka Fischer', [0, 1], [['minister', 2]]),
        person('Mansour bin Zayed Al Nahyan', [2, 7], [['minister', 1]]),
        person('Mohamed bin Zayed Al Nahyan', [10, 11], [['minister', 1]], 'link'),
      ]),
    ).toHaveLength(8));
});

describe('mergeSameThings: renamed titles (renames.ts)', () => {
  const dateOf = (i: number) => `${2010 + i}-06-01`;
  it('joins a body titled by an acronym a brief defines, as a group when either is one', () => {
    const { kept } = mergeSameThings(
      [
        accepted('FARC', 'group', [0, 1]),
        accepted('Revolutionary Armed Forces of Colombia', 'organization', [2, 3, 4]),
      ],
      undefined,
      dateOf,
      undefined,
      undefined,
      { acronyms: [['the Revolutionary Armed Forces of Colombia', 'FARC']] },
    );
    expect(kept.map((k) => [k.c.title, k.kind])).toEqual([
      ['Revolutionary Armed Forces of Colombia', 'group'],
    ]);
  });
  it('joins an old name a brief gives into the better attested title', () => {
    const { kept } = mergeSameThings(
      [
        accepted('Twitter', 'organization', [0, 1, 2]),
        accepted('X (social network)', 'organization', [13]),
      ],
      undefined,
      dateOf,
      undefined,
      undefined,
      { formerly: [['X', 'Twitter']] },
    );
    expect(kept.map((k) => k.c.title)).toEqual(['Twitter']);
  });
});

describe('mergeSameThings: a heading that lists two stories', () => {
  const heading = (title: string, briefs: number[]) => {
    const a = accepted(title, 'event', briefs);
    return { ...a, c: { ...a.c, anchors: new Map<string, number>(), story: true } };
  };
  it('is the one of them that is an event title of its own', () =>
    expect(
      mergeSameThings([
        heading('Kenosha unrest shooting, Kenosha unrest', [0, 1, 2]),
        accepted('Kenosha unrest', 'event', [3, 4]),
      ])
        .kept.map((k) => k.c.title)
        .sort(),
    ).toEqual(['Kenosha unrest']));
  it('not a linked title with a comma, nor a heading whose parts are no titles', () =>
    expect(
      mergeSameThings([
        accepted('October 7, 2023 attacks', 'event', [0, 1]),
        accepted('October 7', 'event', [2, 3]),
        heading('Paris, Texas', [4, 5]),
        heading('George Floyd protests in Washington, D.C.', [6, 7]),
        accepted('George Floyd protests in Washington', 'event', [8, 9]),
      ]).kept,
    ).toHaveLength(5));
});

describe('mergeSameThings: a title whose disambiguator has no year', () => {
  // 0–1: 2013; 2–3: 2014; 4–5: 2008.
  const dateOf = (i: number) => `${[2013, 2013, 2014, 2014, 2008, 2008][i]}-06-01`;
  it('joins the one dated title of its words whose years fit', () =>
    expect(
      mergeSameThings(
        [
          accepted('Iraqi insurgency (post-U.S. withdrawal)', 'war', [0, 1]),
          accepted('Iraqi insurgency (2011–present)', 'war', [2, 3]),
          accepted('Iraqi insurgency (2003–2011)', 'war', [4, 5]),
        ],
        undefined,
        dateOf,
      )
        .kept.map((k) => k.c.title)
        .sort(),
    ).toEqual(['Iraqi insurgency (2003–2011)', 'Iraqi insurgency (2011–present)']));
  it('not a dated title with another disambiguator', () =>
    expect(
      mergeSameThings(
        [
          accepted('2008 Gaza War (Operation Cast Lead)', 'war', [4, 5]),
          accepted('Gaza War (2008–2009)', 'war', [4, 5]),
        ],
        undefined,
        dateOf,
      ).kept,
    ).toHaveLength(2));
});

describe('mergeSameThings: a title one link writes for another', () => {
  const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
  const ohchr = () => {
    const a = accepted(
      'Office of the United Nations High Commissioner for Human Rights',
      'organization',
      range(0, 12),
    );
    a.c.anchors.set('U.N. Human Rights Office', 1);
    a.c.anchors.set('human rights chief', 1);
    return a;
  };
  it('joins a linked title of a few briefs that one link writes, as a name, for a far heavier one', () =>
    expect(
      mergeSameThings([
        ohchr(),
        accepted('United Nations Human Rights Office', 'organization', [20]),
      ]).kept.length,
    ).toBe(1));
  it('not a well attested title (Africa Cup of Nations, written once for the women’s), nor a short or lowercase anchor', () => {
    const women = accepted("Women's Africa Cup of Nations", 'event', range(0, 4));
    women.c.anchors.set('Africa Cup of Nations', 1);
    const idf = accepted('Israel Defense Forces', 'organization', range(0, 40));
    idf.c.anchors.set('Israeli army', 1);
    idf.c.anchors.set('the military wing', 1);
    expect(
      mergeSameThings([
        women,
        accepted('Africa Cup of Nations', 'event', range(10, 20)),
        idf,
        accepted('Israeli Army', 'organization', [50]),
        accepted('The military wing', 'organization', [51]),
      ]).kept,
    ).toHaveLength(5);
  });
});

describe('mergeSameThings: the hand-reviewed table (catalog/same-thing.yaml)', () => {
  const table = (keep: string, ...join: string[]) => ({ table: [{ keep, join }] });
  const merge = (
    items: ReturnType<typeof accepted>[],
    evidence: Parameters<typeof mergeSameThings>[5],
  ) => mergeSameThings(items, undefined, undefined, undefined, undefined, evidence);

  it('folds each joined title into the kept one, which names it and gives its kind', () => {
    const { kept, unmatched } = merge(
      [
        accepted('Washington Redskins', 'organization', [0, 1, 2]),
        accepted('Washington Football Team', 'person', [3]),
        accepted('Washington Wizards', 'organization', [4]),
      ],
      table('Washington Redskins', 'Washington Football Team'),
    );
    expect(kept.map((k) => [k.c.title, k.kind, [...k.c.briefs]])).toEqual([
      ['Washington Redskins', 'organization', [0, 1, 2, 3]],
      ['Washington Wizards', 'organization', [4]],
    ]);
    expect(unmatched).toEqual([]);
  });
  it('finds a title as written with underscores, other case and accents, and across actor and event', () => {
    const { kept } = merge(
      [
        accepted('Andrew Mountbatten-Windsor', 'person', [0]),
        accepted('Prince Andrew', 'person', [1]),
        accepted('Schism of 2018', 'event', [2]),
        accepted('2018 Moscow–Constantinople schism', 'event', [3]),
      ],
      {
        table: [
          { keep: 'Andrew Mountbatten-Windsor', join: ['prince andrew'] },
          { keep: '2018 Moscow–Constantinople schism', join: ['Schism_of_2018'] },
        ],
      },
    );
    expect(kept.map((k) => [k.c.title, [...k.c.briefs].sort()])).toEqual([
      ['Andrew Mountbatten-Windsor', [0, 1]],
      ['2018 Moscow–Constantinople schism', [2, 3]],
    ]);
  });
  it('reads underscores as spaces before the key sees the words (`The_`, `United_States_`)', () => {
    const { kept } = merge(
      [
        accepted('United States Department of the Treasury', 'organization', [0]),
        accepted('Treasury Department', 'organization', [1]),
      ],
      {
        table: [
          {
            keep: 'United_States_Department_of_the_Treasury',
            join: ['The_Treasury_Department'],
          },
        ],
      },
    );
    expect(kept.map((k) => [k.c.title, [...k.c.briefs].sort()])).toEqual([
      ['United States Department of the Treasury', [0, 1]],
    ]);
  });
  it('finds a title a rule has already joined to another', () => {
    const { kept } = merge(
      [
        accepted('China Coast Guard', 'organization', [0, 1]),
        accepted('Chinese Coast Guard', 'organization', [2]),
        accepted('Haijing', 'organization', [3]),
      ],
      table('Haijing', 'Chinese Coast Guard'),
    );
    expect(kept.map((k) => [k.c.title, [...k.c.briefs].sort()])).toEqual([
      ['Haijing', [0, 1, 2, 3]],
    ]);
  });
  it('reports the titles no entity has, and joins nothing for them', () => {
    const { kept, unmatched } = merge(
      [accepted('Prince Andrew', 'person', [0]), accepted('Rohingya genocide', 'event', [1])],
      {
        table: [
          { keep: 'Andrew Mountbatten-Windsor', join: ['Prince Andrew'] },
          { keep: 'Rohingya genocide', join: ['2016–17 Rohingya persecution in Myanmar'] },
        ],
      },
    );
    expect(kept).toHaveLength(2);
    expect(unmatched).toEqual([
      'Andrew Mountbatten-Windsor',
      '2016–17 Rohingya persecution in Myanmar',
    ]);
  });
});
