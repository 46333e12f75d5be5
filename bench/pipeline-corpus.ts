/**
 * A generated data folder for the pipeline bench: `entityCount` catalog
 * entries (9 in 10 people, 1 in 10 events with participants, dates, cues and a
 * generic alias) and `articleCount` news-like articles that mention them.
 * Every entity has a "home" article whose sentence its fact quotes verbatim,
 * so the generated data passes validation like the real data/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { prng } from './synthetic';

const SYLLABLES =
  'ka lo mi ra ve sh an to ri na be de gor vi el ta mon za ku ser yan pet os lav dim ar ol fen ruz bo tri hal nes cor dan ul pri sto jem'.split(
    ' ',
  );
const FILLER = `the a of to in and said on for that with was as by at from his has have will
  officials talks ceasefire government minister president foreign after week would it were
  meeting agreement which been their are not but an they had on forces peace deal statement
  humanitarian access conflict political solution aid groups also more`.split(/\s+/);
const SENTENCES_PER_ARTICLE = 24;
const FILES_PER_CATALOG = 1000;

interface Person {
  id: string;
  given: string;
  surname: string;
}
interface Event {
  id: string;
  word: string;
  participants: [Person, Person];
}

function uniqueWords(
  count: number,
  next: () => number,
  taken: Set<string>,
  parts: () => number,
): string[] {
  const out: string[] = [];
  while (out.length < count) {
    let w = '';
    for (let i = parts(); i > 0; i--) w += SYLLABLES[Math.floor(next() * SYLLABLES.length)]!;
    w = w[0]!.toUpperCase() + w.slice(1);
    if (taken.has(w.toLowerCase())) continue;
    taken.add(w.toLowerCase());
    out.push(w);
  }
  return out;
}

function isoDay(index: number): string {
  return new Date(Date.UTC(2015, 0, 1 + (index % 700))).toISOString().slice(0, 10);
}

const pad = (n: number): string => String(n).padStart(6, '0');

/** Writes the corpus into `dir` (articles/ and catalog/). */
export async function writeCorpus(
  dir: string,
  articleCount: number,
  entityCount: number,
  seed = 11,
): Promise<void> {
  const next = prng(seed);
  const taken = new Set<string>();
  const eventCount = Math.floor(entityCount / 10);
  const personCount = entityCount - eventCount;
  const surnames = uniqueWords(personCount, next, taken, () => 3 + Math.floor(next() * 2));
  const givenPool = uniqueWords(400, next, taken, () => 2);
  const givens = surnames.map(() => givenPool[Math.floor(next() * givenPool.length)]!);
  const eventWords = uniqueWords(eventCount, next, taken, () => 3);
  const people: Person[] = surnames.map((surname, i) => ({
    id: `p${pad(i)}`,
    given: givens[i]!,
    surname,
  }));
  const events: Event[] = eventWords.map((word, i) => ({
    id: `ev${pad(i)}`,
    word,
    participants: [people[(i * 7) % personCount]!, people[(i * 7 + 3) % personCount]!],
  }));
  const home = (i: number): number => i % articleCount;
  const full = (p: Person): string => `${p.given} ${p.surname}`;

  const bodies: string[][] = Array.from({ length: articleCount }, () => []);
  people.forEach((p, i) => bodies[home(i)]!.push(`${full(p)} said the talks would continue.`));
  events.forEach((e, i) => {
    const [a, b] = e.participants;
    bodies[home(personCount + i)]!.push(
      `The ${e.word} Accord was signed by ${full(a)} and ${full(b)}.`,
    );
    bodies[home(personCount + i)]!.push(
      `${b.surname} said the ${e.word.toLowerCase()} talks went well.`,
    );
  });
  const filler = (n: number): string =>
    Array.from({ length: n }, () => FILLER[Math.floor(next() * FILLER.length)]!).join(' ');
  await mkdir(join(dir, 'articles'), { recursive: true });
  await mkdir(join(dir, 'catalog'), { recursive: true });
  for (let a = 0; a < articleCount; a++) {
    const lines = bodies[a]!;
    while (lines.length < SENTENCES_PER_ARTICLE) {
      const p = people[Math.floor(next() * personCount)]!;
      const name = next() < 0.6 ? full(p) : p.surname;
      const lead = filler(6);
      const tail = filler(4 + Math.floor(next() * 10));
      lines.push(`${lead[0]!.toUpperCase()}${lead.slice(1)} ${name} ${tail}.`);
    }
    lines.sort(() => next() - 0.5);
    const body =
      [0, 1, 2, 3].map((k) => lines.slice(k * 6, (k + 1) * 6).join(' ')).join('\n') +
      lines
        .slice(24)
        .map((l) => `\n${l}`)
        .join('');
    const text = `---\ntitle: Generated article ${a}\nsource: Bench Wire\npublished: ${isoDay(a)}\norigin: bench-${a}.txt\n---\n${body}\n`;
    await writeFile(join(dir, 'articles', `a${pad(a)}.md`), text);
  }

  const article = (i: number): string => `a${pad(home(i))}`;
  const entries: string[] = [
    ...people.map(
      (p, i) => `- id: ${p.id}
  kind: person
  name: ${full(p)}
  aliases:
    - { text: ${full(p)}, strength: strong }
    - { text: ${p.surname}, strength: weak }
  summary: A generated person.
  facts:
    - { text: Spoke about the talks., quote: ${full(p)} said the talks would continue, article: ${article(i)} }
`,
    ),
    ...events.map(
      (e, i) => `- id: ${e.id}
  kind: meeting
  name: ${e.word} Accord
  aliases:
    - { text: ${e.word} Accord, strength: strong }
    - { text: ${e.word.toLowerCase()} talks, strength: weak, generic: true }
  cues: [${e.participants.map((p) => p.surname).join(', ')}]
  summary: A generated event.
  dates: { start: ${isoDay(home(personCount + i))} }
  participants: [${e.participants.map((p) => p.id).join(', ')}]
  facts:
    - { text: It was signed., quote: The ${e.word} Accord was signed, article: ${article(personCount + i)} }
`,
    ),
  ];
  for (let f = 0; f * FILES_PER_CATALOG < entries.length; f++) {
    const part = entries.slice(f * FILES_PER_CATALOG, (f + 1) * FILES_PER_CATALOG).join('\n');
    await writeFile(join(dir, 'catalog', `part-${String(f).padStart(3, '0')}.yaml`), part);
  }
}
