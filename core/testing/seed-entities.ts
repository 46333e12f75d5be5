/**
 * A small hand-written catalog of the seed article's actors and events, for
 * core tests and benchmarks (independent of data/catalog, which may change).
 */
import type { SpotEntityInput } from '../matcher-pack';

const strong = (...texts: string[]) => texts.map((text) => ({ text, strength: 'strong' as const }));
const weak = (...texts: string[]) => texts.map((text) => ({ text, strength: 'weak' as const }));
const generic = (...texts: string[]) =>
  texts.map((text) => ({ text, strength: 'weak' as const, generic: true }));

export const SEED_ENTITIES: SpotEntityInput[] = [
  {
    id: 'john-kerry',
    name: 'John Kerry',
    kind: 'person',
    aliases: [...strong('John Kerry', 'Secretary Kerry'), ...weak('Kerry')],
    related: ['us-state-department', 'united-states', 'sergey-lavrov'],
  },
  {
    id: 'sergey-lavrov',
    name: 'Sergey Lavrov',
    kind: 'person',
    aliases: [...strong('Sergey Lavrov', 'Sergei Lavrov'), ...weak('Lavrov')],
    related: ['russian-foreign-ministry', 'russia'],
  },
  {
    id: 'john-kirby',
    name: 'John Kirby',
    kind: 'person',
    aliases: [...strong('John Kirby'), ...weak('Kirby')],
    related: ['us-state-department'],
  },
  {
    id: 'barack-obama',
    name: 'Barack Obama',
    kind: 'person',
    aliases: [...strong('Barack Obama', 'President Obama'), ...weak('Obama')],
    related: ['united-states'],
  },
  {
    id: 'vladimir-putin',
    name: 'Vladimir Putin',
    kind: 'person',
    aliases: [...strong('Vladimir Putin', 'Putin')],
    related: ['russia'],
  },
  {
    id: 'bashar-al-assad',
    name: 'Bashar al-Assad',
    kind: 'person',
    aliases: [...strong('Bashar al-Assad'), ...weak('Assad', 'al-Assad')],
    related: ['syria'],
  },
  {
    id: 'us-state-department',
    name: 'US State Department',
    kind: 'organization',
    aliases: [...strong('State Department', 'U.S. State Department', 'US State Department')],
    related: ['united-states'],
  },
  {
    id: 'russian-foreign-ministry',
    name: 'Russian foreign ministry',
    kind: 'organization',
    aliases: [...strong('Russian foreign ministry', 'Russian Foreign Ministry')],
    related: ['russia'],
  },
  {
    id: 'g20',
    name: 'G20',
    kind: 'group',
    aliases: [...strong('G20', 'G-20', 'Group of 20')],
    related: [],
  },
  {
    id: 'united-states',
    name: 'United States',
    kind: 'country',
    aliases: [...strong('United States', 'US', 'U.S.'), ...weak('Washington')],
    related: [],
  },
  {
    id: 'russia',
    name: 'Russia',
    kind: 'country',
    aliases: [...strong('Russia'), ...weak('Moscow')],
    related: [],
  },
  {
    id: 'syria',
    name: 'Syria',
    kind: 'country',
    aliases: [...strong('Syria')],
    related: [],
  },
  {
    id: 'syrian-civil-war',
    name: 'Syrian civil war',
    kind: 'war',
    aliases: [...strong('Syrian civil war', 'Syria war'), ...generic('civil war')],
    cues: ['Syria', 'Syrian', 'Assad', 'Damascus', 'Aleppo'],
    dates: { start: '2011-03-15' },
    related: ['syria', 'bashar-al-assad'],
  },
  {
    id: 'g20-summit-2016',
    name: 'G20 summit in Hangzhou (2016)',
    kind: 'summit',
    aliases: [...strong('Hangzhou summit'), ...generic('G20 summit', 'G-20 summit')],
    cues: ['Hangzhou'],
    dates: { start: '2016-09-04', end: '2016-09-05' },
    related: ['g20', 'barack-obama', 'vladimir-putin'],
  },
  {
    id: 'geneva-talks-2016-09',
    name: 'Kerry–Lavrov talks in Geneva (September 2016)',
    kind: 'talks',
    aliases: [...generic('Geneva talks', 'talks in Geneva')],
    cues: ['Kerry', 'Lavrov'],
    dates: { start: '2016-09-09', end: '2016-09-10' },
    related: ['john-kerry', 'sergey-lavrov'],
  },
];
