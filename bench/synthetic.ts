/**
 * Deterministic synthetic inputs for benches: made-up person names as aliases
 * (a strong full name and a weak surname per entity), and news-like text with
 * some of those names in it.
 */
import type { SpotEntityInput } from '../core/matcher-pack';

import { mulberry32 } from '../core/random';

/** mulberry32: a small seeded PRNG (the one the eval samples draw with). */
export const prng = mulberry32;

const SYLLABLES =
  'ka lo mi ra ve sh an to ri na be de gor vi el ta mon za ku ser yan pet os lav dim ar ol fen ruz bo tri hal nes cor dan ul pri sto jem'.split(
    ' ',
  );

function word(next: () => number, parts: number): string {
  let w = '';
  for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(next() * SYLLABLES.length)]!;
  return w[0]!.toUpperCase() + w.slice(1);
}

/** `aliasCount / 2` entities, each with a strong full name and a weak surname. */
export function syntheticEntities(aliasCount: number, seed = 42): SpotEntityInput[] {
  const next = prng(seed);
  const out: SpotEntityInput[] = [];
  for (let i = 0; i < aliasCount / 2; i++) {
    const given = word(next, 2 + Math.floor(next() * 2));
    const surname = word(next, 3 + Math.floor(next() * 2));
    out.push({
      id: `e${i}`,
      name: `${given} ${surname}`,
      kind: 'person',
      aliases: [
        { text: `${given} ${surname}`, strength: 'strong' },
        { text: surname, strength: 'weak' },
      ],
      related: [],
    });
  }
  return out;
}

const FILLER = `the a of to in and said on for that with was as by at from his has have will
  officials talks ceasefire government minister president foreign after week would it were
  meeting agreement which been their are not but an they had on forces peace deal statement
  humanitarian access conflict political solution aid groups Thursday Monday also more`.split(
  /\s+/,
);

/**
 * About `chars` UTF-16 units of sentences; every ~40th word is a name of one
 * of the first `nameEntities` entities (so every alias-set size finds them).
 */
export function syntheticText(
  entities: SpotEntityInput[],
  chars: number,
  { nameEntities = 500, seed = 7 } = {},
): string {
  const next = prng(seed);
  const parts: string[] = [];
  let length = 0;
  let sentence = 0;
  while (length < chars) {
    const words: string[] = [];
    const n = 8 + Math.floor(next() * 18);
    for (let i = 0; i < n; i++) {
      if (next() < 0.025) {
        const e = entities[Math.floor(next() * Math.min(nameEntities, entities.length))]!;
        words.push(e.aliases[next() < 0.5 ? 0 : 1]!.text + (next() < 0.1 ? '’s' : ''));
      } else words.push(FILLER[Math.floor(next() * FILLER.length)]!);
    }
    words[0] = words[0]![0]!.toUpperCase() + words[0]!.slice(1);
    const s = `${words.join(' ')}${++sentence % 7 === 0 ? '.\n' : '. '}`;
    parts.push(s);
    length += s.length;
  }
  return parts.join('').slice(0, chars);
}
