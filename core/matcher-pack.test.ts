import { describe, expect, it } from 'vitest';
import { DECODE_STEP_CHARS } from './base64';
import { LINE_STEP_CHARS } from './line-index';
import {
  ALIAS_SOLE_SURNAME,
  buildMatcherPack,
  type LoadedPack,
  loadMatcherPack,
  loadMatcherPackSteps,
  type SpotEntityInput,
} from './matcher-pack';
import { createSpotter } from './spotter';
import { generatedPeople } from './testing/generated-people';
import { SEED_ENTITIES } from './testing/seed-entities';
import { packFor } from './testing/spot';

/** The seed catalog and 8,000 made-up people: about 16k aliases, arrays many steps long. */
const entities = [...SEED_ENTITIES, ...generatedPeople(8000)];
const pack = packFor(entities);

/** The loaded pack without its readers (functions never compare equal). */
const data = (loaded: LoadedPack) =>
  Object.fromEntries(Object.entries(loaded).filter(([, value]) => typeof value !== 'function'));

/** Every string the pack carries, each as `LoadedPack` gives it back. */
function strings(loaded: LoadedPack) {
  const entities = Array.from({ length: loaded.entityCount }, (_, i) => i);
  return {
    ids: entities.map(loaded.entityId),
    names: entities.map(loaded.entityName),
    kinds: entities.map(loaded.entityKind),
    wikipedia: entities.map(loaded.entityWikipedia),
    aliases: Array.from(loaded.aliasEntity, (_, a) => loaded.aliasText(a)),
  };
}

describe('loadMatcherPackSteps', () => {
  it('loads in many steps what loadMatcherPack loads at once', () => {
    const steps = loadMatcherPackSteps(pack);
    let count = 0;
    let step = steps.next();
    // Another load run to its end between two steps changes nothing.
    for (; !step.done; step = steps.next()) if (count++ === 3) loadMatcherPack(pack);
    const stepped = step.value;
    const once = loadMatcherPack(pack);
    expect(count).toBeGreaterThan(40);
    expect(data(stepped)).toEqual(data(once));
    expect(strings(stepped)).toEqual(strings(once));
    expect(strings(stepped).ids).toEqual(entities.map((e) => e.id));
    expect(strings(stepped).names).toEqual(entities.map((e) => e.name));
  });

  it('reads a bounded stretch of the pack per step', () => {
    // Counts the pack's characters each step hands to a decoder (charCodeAt in
    // the portable one, slice for the engine's) or scans for line ends (indexOf).
    const texts = new Set<string>(
      [pack.entityIds, pack.entityNames, pack.aliasTexts, pack.kindIndex, pack.relatedStart]
        .concat([pack.related, pack.aliasEntity, pack.aliasFlags])
        .concat(Object.values(pack.trie).filter((v): v is string => typeof v === 'string')),
    );
    const proto = String.prototype;
    const { charCodeAt, slice, indexOf } = proto;
    let read = 0;
    proto.charCodeAt = function (this: string, i: number) {
      if (texts.has(this)) read++;
      return charCodeAt.call(this, i);
    };
    proto.slice = function (this: string, from?: number, to?: number) {
      const part = slice.call(this, from, to);
      if (texts.has(this)) read += part.length;
      return part;
    };
    proto.indexOf = function (this: string, search: string, from?: number) {
      const found = indexOf.call(this, search, from);
      if (texts.has(this)) read += (found === -1 ? this.length : found + 1) - (from ?? 0);
      return found;
    };
    const perStep: number[] = [];
    try {
      const steps = loadMatcherPackSteps(pack);
      while (!steps.next().done) {
        perStep.push(read);
        read = 0;
      }
      perStep.push(read);
    } finally {
      Object.assign(proto, { charCodeAt, slice, indexOf });
    }
    const all = [...texts].filter((t) => t !== pack.trie.vocabText);
    expect(perStep.reduce((a, b) => a + b)).toBe(all.reduce((n, t) => n + t.length, 0));
    const lines = [pack.entityIds, pack.entityNames, pack.aliasTexts].flatMap((t) => t.split('\n'));
    const longestLine = Math.max(...lines.map((line) => line.length + 1));
    expect(Math.max(...perStep)).toBeLessThanOrEqual(
      Math.max(DECODE_STEP_CHARS, LINE_STEP_CHARS + longestLine),
    );
  });
});

describe('Wikipedia titles', () => {
  const person = (id: string, name: string, wikipedia?: string): SpotEntityInput => ({
    id,
    name,
    kind: 'person',
    ...(wikipedia !== undefined && { wikipedia }),
    aliases: [{ text: name, strength: 'strong' }],
    related: [],
  });
  const titled = [
    person('putin', 'Vladimir Putin', 'Vladimir_Putin'),
    person('assad', 'Bashar Assad', 'Bashar_al-Assad'),
    person('kerry', 'John Kerry', 'John Kerry'),
    person('nobody', 'Ann Nobody'),
  ];

  it('are stored only where the name does not imply them', () => {
    const built = buildMatcherPack(titled, { schema: 1, hash: 'h' });
    expect(built.wikipedia).toEqual({ 1: 'Bashar_al-Assad' });
    expect(built.noWikipedia).not.toBe('');
    const allTitled = buildMatcherPack(titled.slice(0, 3), { schema: 1, hash: 'h' });
    expect(allTitled.noWikipedia).toBe('');
  });

  it('come back per entity and on each mention', () => {
    const loaded = loadMatcherPack(packFor(titled));
    expect([0, 1, 2, 3].map(loaded.entityWikipedia)).toEqual([
      'Vladimir_Putin',
      'Bashar_al-Assad',
      'John_Kerry',
      undefined,
    ]);
    const spotter = createSpotter(packFor(titled));
    const mentions = spotter.spot('Vladimir Putin, Bashar Assad, John Kerry and Ann Nobody');
    expect(mentions.map((m) => [m.text, m.wikipedia])).toEqual([
      ['Vladimir Putin', 'Vladimir_Putin'],
      ['Bashar Assad', 'Bashar_al-Assad'],
      ['John Kerry', 'John_Kerry'],
      ['Ann Nobody', undefined],
    ]);
  });
});

describe('alias flags', () => {
  it('marks a weak sole surname (and only a weak one)', () => {
    const pack = loadMatcherPack(
      packFor([
        {
          id: 'rowling',
          name: 'J. K. Rowling',
          kind: 'person',
          aliases: [
            { text: 'J. K. Rowling', strength: 'strong', sole: true },
            { text: 'Rowling', strength: 'weak', sole: true },
          ],
          related: [],
        },
      ]),
    );
    const flags = [0, 1].map((a) => [pack.aliasText(a), pack.aliasFlags[a]! & ALIAS_SOLE_SURNAME]);
    expect(flags).toEqual([
      ['J. K. Rowling', 0],
      ['Rowling', ALIAS_SOLE_SURNAME],
    ]);
  });
});
