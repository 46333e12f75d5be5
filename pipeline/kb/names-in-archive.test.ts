import { describe, expect, it } from 'vitest';
import { archiveBrief as brief } from '../testing/brief';
import { mineArchiveNames, withoutLeadingTitles } from './names-in-archive';

describe('withoutLeadingTitles', () => {
  it.each([
    ['South African President Thabo Mbeki', 'Thabo Mbeki'],
    ['New York City Mayor Michael Bloomberg', 'Michael Bloomberg'],
    ['Field Marshal Khalifa Haftar', 'Khalifa Haftar'],
    ['General Than Shwe', 'Than Shwe'],
    ['Prime Minister Rafic Hariri', 'Rafic Hariri'],
    ['U.S. President Obama', 'Obama'],
    ['United States President Bill', 'Bill'],
    ['Senior General Than Shwe', 'Than Shwe'],
    ['United States Attorney General Eric Holder', 'Eric Holder'],
    ['GNU General Public License', 'GNU General Public License'],
    ['Hosni Mubarak', 'Hosni Mubarak'],
    ['Liberal Democrats', 'Liberal Democrats'],
  ])('%s → %s', (run, name) => expect(withoutLeadingTitles(run)).toBe(name));
});

describe('mineArchiveNames', () => {
  it('mines the name after an office, whole, and drops a lone first name or surname after one', () => {
    const found = mineArchiveNames(
      [
        brief('Former United States President Bill Clinton visits Haiti.'),
        brief('Talks with former United States President Bill Clinton end.'),
        brief('Malawi says President Bingu will attend.'),
        brief('Officials say President Bingu is ill.'),
        brief('Libya says Field Marshal Khalifa Haftar will attend.'),
        brief('Forces of Field Marshal Khalifa Haftar advance.'),
      ],
      new Set(),
    );
    expect([...found.keys()].sort()).toEqual(['Bill Clinton', 'Khalifa Haftar']);
  });

  it('gives a linked name the title the archive writes before it', () => {
    const titled = new Map<string, Map<string, number>>();
    mineArchiveNames(
      [brief('Libya says Field Marshal Khalifa Haftar will attend.')],
      new Set(['Khalifa Haftar']),
      2,
      titled,
    );
    expect(titled.get('Khalifa Haftar')).toEqual(new Map([['marshal', 1]]));
  });
});

describe('mineArchiveNames: an airline and its aircraft', () => {
  it("mines no airline's name run on into its aircraft's maker", () => {
    const found = mineArchiveNames(
      [
        brief('A Southwest Airlines Boeing 737 lands safely.'),
        brief('A Southwest Airlines Boeing 737 loses a window.'),
        brief('An Air Astana Airbus A320 turns back.'),
        brief('An Air Astana Airbus A320 lands.'),
      ],
      new Set(),
    );
    expect([...found.keys()]).toEqual([]);
  });
});

describe("mineArchiveNames: a linked name's possessive", () => {
  const twice = (text: string) => [
    brief(`Officials say ${text} wins.`),
    brief(`Critics say ${text} loses.`),
  ];
  it("mines no person's possessive and what follows it: two names, or a description", () => {
    const found = mineArchiveNames(
      [
        ...twice("Robert Mugabe's ZANU-PF"),
        ...twice("Rupert Murdoch's News Corporation"),
        ...twice("Donald Trump's Cabinet"),
        ...twice("Russia's Investigative Committee"),
        ...twice("London's High Court"),
        ...twice("King Edward VII's Hospital"),
      ],
      new Set([
        'Robert Mugabe',
        'ZANU-PF',
        'Rupert Murdoch',
        'News Corporation',
        'Donald Trump',
        'Russia',
        'London',
        'Edward VII',
      ]),
      2,
      undefined,
      (name) => name === 'Russia' || name === 'London',
    );
    // A place's body, and a place named for someone, are names of their own.
    expect([...found.keys()].sort()).toEqual([
      "Edward VII's Hospital",
      "London's High Court",
      "Russia's Investigative Committee",
    ]);
  });
});

describe('mineArchiveNames: a name that ends in an abbreviation', () => {
  it('keeps the full stop of Inc. and Jr. (Apple Inc., Martin Luther King Jr.)', () => {
    const found = mineArchiveNames(
      [
        brief('Investors buy Apple Inc. shares.'),
        brief('Regulators fine Apple Inc. in Europe.'),
        brief('A march honours Martin Luther King Jr. in Atlanta.'),
        brief('Crowds remember Martin Luther King Jr. at the memorial.'),
      ],
      new Set(),
    );
    expect([...found.keys()].sort()).toEqual(['Apple Inc.', 'Martin Luther King Jr.']);
  });
});

describe('mineArchiveNames: descriptions', () => {
  it('takes no one described by place and party (a New Hampshire Republican), but a caucus', () => {
    const found = mineArchiveNames(
      [
        brief('Polls worry a New Hampshire Republican in Concord.'),
        brief('Later a New Hampshire Republican objects.'),
        brief('Then the Senate Democrats block the bill.'),
        brief('Later the Senate Democrats walk out.'),
      ],
      new Set(),
    );
    expect([...found.keys()]).toEqual(['Senate Democrats']);
  });
});

describe('mineArchiveNames: a name cut before a lowercase Arabic article', () => {
  it('takes no first names of `Abdel Fattah el-Sisi` (the run stops at `el-`), but `Abdel Fattah al-Burhan`', () => {
    const found = mineArchiveNames(
      [
        brief('Egypt says Field Marshal Abdel Fattah el-Sisi will run.'),
        brief('Voters back Abdel Fattah el-Sisi in Cairo.'),
        brief('Sudan says General Abdel Fattah al-Burhan will attend.'),
        brief('Talks with Abdel Fattah al-Burhan end.'),
      ],
      new Set(),
    );
    expect([...found.keys()]).toEqual(['Abdel Fattah al-Burhan']);
  });
});

describe("mineArchiveNames: a body's name cut before the rest of it", () => {
  it('takes no `Pontifical Council` of `… for the Laity`, `Commission` of `… on Human Rights`, nor a numbered task force', () => {
    const found = mineArchiveNames(
      [
        brief('Pope appoints him to the Pontifical Council for the Laity today.'),
        brief('He heads the Pontifical Council for Culture now.'),
        brief('Cuba leaves the United Nations Commission on Human Rights again.'),
        brief('Critics of the United Nations Commission on Narcotic Drugs meet.'),
        brief('A commando unit named Task Force 121 hunts him.'),
        brief('The Indonesian COVID-19 Task Force reports cases.'),
        brief('Jets from the Syrian Air Force on Idlib kill ten.'),
        brief('A strike by the Syrian Air Force kills five.'),
        brief('Rebels meet the Security Council on Monday in New York.'),
        brief('Talks at the Security Council end.'),
      ],
      new Set(),
    );
    expect([...found.keys()].sort()).toEqual(['Security Council', 'Syrian Air Force']);
  });

  it('takes no `Global Coalition` of `… to Counter ISIL`, but a group sent to a place', () => {
    const found = mineArchiveNames(
      [
        brief('He is envoy for the Global Coalition to Counter ISIL now.'),
        brief('McGurk quits the Global Coalition to Counter ISIL today.'),
        brief("China sends the People's Armed Police to Tibet."),
        brief("A law on the People's Armed Police passes."),
      ],
      new Set(),
    );
    expect(found.has('Global Coalition')).toBe(false);
    expect(found.has("People's Armed Police")).toBe(true);
  });
});
