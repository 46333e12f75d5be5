/**
 * Data folders for the browser benches: the bundled data/ plus generated
 * people, each with a strong full name and a weak surname, and the articles
 * their facts quote. Names are prefix-stable: the first k people are the same
 * whatever the total, so a generated page names people found in every pack.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { prng } from '../synthetic';

export interface SyntheticPerson {
  id: string;
  given: string;
  surname: string;
}

const SYLLABLES =
  'ka lo mi ra ve an to ri na be de gor vi el ta mon za ku ser yan pet os lav dim ar ol fen ruz bo tri hal nes cor dan ul pri sto jem'.split(
    ' ',
  );
const GIVEN =
  'Anna Pavel Maria Jonas Elena Tomas Sofia Marek Irina Lukas Nadia Viktor Clara Hugo Lena Oskar Amira Felix Daria Emil Rosa Karim Ines Milan Yara Aron Leila Bruno Vera Nikolai'.split(
    ' ',
  );
/** People per catalog file and per article. */
const PER_FILE = 1000;
const PER_ARTICLE = 50;

const pad = (n: number, width = 6): string => String(n).padStart(width, '0');

/**
 * `count` people: a given name from a short list and a made-up surname,
 * unique (so every full name is too). The same seed gives the same first k
 * people whatever `count` is.
 */
export function syntheticPeople(count: number, seed = 2016): SyntheticPerson[] {
  const next = prng(seed);
  const taken = new Set<string>(GIVEN);
  const out: SyntheticPerson[] = [];
  while (out.length < count) {
    let w = '';
    for (let i = 3 + Math.floor(next() * 2); i > 0; i--) {
      w += SYLLABLES[Math.floor(next() * SYLLABLES.length)]!;
    }
    const surname = w[0]!.toUpperCase() + w.slice(1);
    const given = GIVEN[Math.floor(next() * GIVEN.length)]!;
    if (taken.has(surname)) continue;
    taken.add(surname);
    out.push({ id: `bench-p${pad(out.length)}`, given, surname });
  }
  return out;
}

/** The sentence a person's fact quotes (in their article). */
export const factSentence = (p: SyntheticPerson): string =>
  `${p.given} ${p.surname} said the talks would continue`;

/** The article id of person `i`. */
const articleOf = (i: number): string => `bench-a${pad(Math.floor(i / PER_ARTICLE))}`;

/** One catalog YAML entry. */
export function catalogEntry(p: SyntheticPerson, index: number): string {
  const full = `${p.given} ${p.surname}`;
  return `- id: ${p.id}
  kind: person
  name: ${full}
  aliases:
    - { text: ${full}, strength: strong }
    - { text: ${p.surname}, strength: weak }
  summary: A generated person for benchmarks.
  facts:
    - { text: Spoke about the talks., quote: ${factSentence(p)}, article: ${articleOf(index)} }
`;
}

/** One article: front matter and one sentence per person, six to a paragraph. */
export function articleFile(people: readonly SyntheticPerson[], articleIndex: number): string {
  const day = new Date(Date.UTC(2016, 0, 1 + (articleIndex % 365))).toISOString().slice(0, 10);
  const sentences = people.map((p) => `${factSentence(p)}.`);
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 6)
    paragraphs.push(sentences.slice(i, i + 6).join(' '));
  return `---\ntitle: Generated article ${articleIndex}\nsource: Bench Wire\npublished: ${day}\norigin: bench-${articleIndex}.txt\n---\n${paragraphs.join('\n')}\n`;
}

/**
 * Writes a data folder into `dir`: a copy of `bundledDir` (the real data/)
 * plus `people` generated people in catalog/bench-people-NNN.yaml and
 * articles/bench-aNNNNNN.md.
 */
export async function writeBenchData(
  dir: string,
  bundledDir: string,
  people: number,
): Promise<void> {
  await cp(bundledDir, dir, { recursive: true });
  await mkdir(join(dir, 'catalog'), { recursive: true });
  await mkdir(join(dir, 'articles'), { recursive: true });
  const all = syntheticPeople(people);
  for (let f = 0; f * PER_FILE < all.length; f++) {
    const from = f * PER_FILE;
    const part = all.slice(from, from + PER_FILE).map((p, i) => catalogEntry(p, from + i));
    await writeFile(join(dir, 'catalog', `bench-people-${pad(f, 3)}.yaml`), part.join('\n'));
  }
  for (let a = 0; a * PER_ARTICLE < all.length; a++) {
    const text = articleFile(all.slice(a * PER_ARTICLE, (a + 1) * PER_ARTICLE), a);
    await writeFile(join(dir, 'articles', `${articleOf(a * PER_ARTICLE)}.md`), text);
  }
}
