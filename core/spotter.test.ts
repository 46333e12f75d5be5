import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MATCH_STEP_CHARS } from './matcher';
import { buildMatcherPack } from './matcher-pack';
import { createSpotter, createSpotterSteps } from './spotter';
import { seedText } from './testing/random-text';
import { packFor, seedSpotter } from './testing/spot';
import { SEED_ENTITIES } from './testing/seed-entities';

/** The seed article's body (data/articles/, after the front matter), as the pipeline reads it. */
const seed = readFileSync(
  new URL('../data/articles/2016-09-08-kerry-lavrov-geneva-syria-talks.md', import.meta.url),
  'utf8',
)
  .replace(/^---\n[\s\S]*?\n---\n/, '')
  .replace(/\n$/, '');

describe('createSpotter over the seed article', () => {
  const mentions = seedSpotter.spot(seed, { pageDate: '2016-09-08' });

  it('finds every actor and event of the seed article', () => {
    expect(new Set(mentions.map((m) => m.entityId))).toEqual(
      new Set([
        'united-states',
        'john-kerry',
        'sergey-lavrov',
        'syria',
        'us-state-department',
        'syrian-civil-war',
        'john-kirby',
        'russian-foreign-ministry',
        'barack-obama',
        'g20',
        'russia',
        'bashar-al-assad',
        'vladimir-putin',
        'g20-summit-2016',
      ]),
    );
  });

  it('returns ordered, non-overlapping spans whose text is the page text', () => {
    let last = 0;
    for (const m of mentions) {
      expect(m.start).toBeGreaterThanOrEqual(last);
      expect(seed.slice(m.start, m.end)).toBe(m.text);
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
      last = m.end;
    }
  });

  it('skips the dateline; links the possessive and the city-for-government', () => {
    const at = (text: string) => mentions.filter((m) => m.text === text).map((m) => m.entityId);
    expect(at('WASHINGTON')).toEqual([]);
    expect(at('Washington')).toEqual(['united-states', 'united-states', 'united-states']);
    expect(at('Moscow')).toEqual(['russia', 'russia']);
    const possessive = seed.indexOf('Kerry’s');
    expect(mentions.find((m) => m.start === possessive)).toMatchObject({ end: possessive + 5 });
  });
});

describe('buildMatcherPack', () => {
  it('is plain JSON and loads without rebuilding', () => {
    const pack = buildMatcherPack(SEED_ENTITIES, { schema: 1, hash: 'h' });
    expect(JSON.parse(JSON.stringify(pack))).toEqual(pack);
    expect(createSpotter(pack).entityCount).toBe(SEED_ENTITIES.length);
    expect(createSpotter(packFor()).spot('John Kerry')[0]).toEqual({
      start: 0,
      end: 10,
      entityId: 'john-kerry',
      name: 'John Kerry',
      kind: 'person',
      text: 'John Kerry',
      alias: 'John Kerry',
      rule: 'strong-alias',
      confidence: 0.95,
    });
  });

  it('works with no entities', () => {
    const spotter = createSpotter(packFor([]));
    expect(spotter.entityCount).toBe(0);
    expect(spotter.spot('John Kerry')).toEqual([]);
  });

  const person = { id: 'p', name: 'P', kind: 'person' as const, related: [] };
  it.each([
    ['duplicate id', [person, person], /entity "p": duplicate id/],
    ['unknown related id', [{ ...person, aliases: [], related: ['q'] }], /unknown related id "q"/],
    [
      'alias with a comma',
      [{ ...person, aliases: [{ text: 'Washington, D.C.', strength: 'strong' as const }] }],
      /entity "p": alias "Washington, D.C."/,
    ],
    ['multi-line name', [{ ...person, name: 'A\nB', aliases: [] }], /name "A\nB"/],
  ])('rejects %s', (_name, entities, message) => {
    expect(() =>
      buildMatcherPack(
        entities.map((e) => ({ aliases: [], ...e })),
        { schema: 1, hash: 'h' },
      ),
    ).toThrow(message);
  });
});

describe('buildMatcherPack: alias forms', () => {
  const spotter = createSpotter(
    packFor([
      {
        id: 'regime',
        name: 'Syrian government',
        kind: 'organization',
        aliases: [
          { text: 'Syrian government', strength: 'strong' },
          { text: 'the regime', strength: 'weak', generic: true },
        ],
        cues: ['Syria', 'Syrian'],
        related: [],
      },
      {
        id: 'assad',
        name: 'Bashar al-Assad',
        kind: 'person',
        aliases: [
          { text: 'Bashar al-Assad', strength: 'strong' },
          { text: 'al-Assad', strength: 'weak' },
        ],
        related: [],
      },
    ]),
  );

  it.each<[string, string, [string, string, string][]]>([
    [
      'a lowercase leading article is not part of the name',
      'In Syria, the regime held.',
      [['regime', 'regime', 'regime']],
    ],
    [
      'a leading al- matches with or without it, and stays in the span',
      'Bashar al-Assad. Later al-Assad and Assad.',
      [
        ['Bashar al-Assad', 'assad', 'Bashar al-Assad'],
        ['al-Assad', 'assad', 'Assad'],
        ['Assad', 'assad', 'Assad'],
      ],
    ],
    [
      'an inner al- is optional',
      'Bashar Assad spoke.',
      [['Bashar Assad', 'assad', 'Bashar Assad']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(spotter.spot(text).map((m) => [m.text, m.entityId, m.alias])).toEqual(expected);
  });
});

describe('loading', () => {
  const mentions = seedSpotter.spot(seed, { pageDate: '2016-09-08' });

  it('refuses a pack compiled by an older layout, saying how to fix it', () => {
    const stale = { ...packFor(), formatVersion: 1 };
    expect(() => createSpotter(stale)).toThrow(/rebuild it \(npm run data\)/);
  });

  it('createSpotterSteps loads in steps a spotter that spots what createSpotter gives', () => {
    const steps = createSpotterSteps(packFor());
    let count = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) count++;
    // At least a step per decoded array and string of lines.
    expect(count).toBeGreaterThanOrEqual(15);
    expect(step.value.entityCount).toBe(SEED_ENTITIES.length);
    expect(step.value.spot(seed, { pageDate: '2016-09-08' })).toEqual(mentions);
  });

  it('createSpotterSteps refuses a stale pack at its first step', () => {
    const stale = { ...packFor(), formatVersion: 1 };
    expect(() => createSpotterSteps(stale).next()).toThrow(/rebuild it/);
  });
});

describe('spotSteps: spotting in steps', () => {
  it('returns what spot returns, though other texts are spotted between its steps', () => {
    fc.assert(
      fc.property(
        seedText(300),
        seedText(30),
        fc.constantFrom(undefined, '2016-09-08'),
        (text, other, pageDate) => {
          const steps = seedSpotter.spotSteps(text, { pageDate });
          let step = steps.next();
          while (!step.done) {
            seedSpotter.spot(other);
            step = steps.next();
          }
          expect(step.value).toEqual(seedSpotter.spot(text, { pageDate }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a bounded stretch of the text between two yields', () => {
    // Counts reads of the text's characters (charCodeAt, charAt) per step: the
    // matcher reads each character of its stretch a few times, the linker a
    // few hundred around each match.
    const bound = 6 * MATCH_STEP_CHARS;
    const proto = String.prototype;
    const { charCodeAt, charAt } = proto;
    for (const text of fc.sample(seedText(6000, 3000), { numRuns: 4, seed: 5 })) {
      let reads = 0;
      proto.charCodeAt = function (this: string, i: number) {
        if (this === text) reads++;
        return charCodeAt.call(this, i);
      };
      proto.charAt = function (this: string, i: number) {
        if (this === text) reads++;
        return charAt.call(this, i);
      };
      const perStep: number[] = [];
      try {
        const steps = seedSpotter.spotSteps(text);
        let step = steps.next();
        for (;;) {
          perStep.push(reads);
          reads = 0;
          if (step.done) break;
          step = steps.next();
        }
      } finally {
        proto.charCodeAt = charCodeAt;
        proto.charAt = charAt;
      }
      expect(perStep.reduce((a, b) => a + b)).toBeGreaterThan(5 * bound);
      expect(Math.max(...perStep)).toBeLessThanOrEqual(bound);
    }
  });
});
