/**
 * Random page text for property tests: the seed catalog's aliases among
 * everyday words, joined by the spaces, punctuation and line breaks that
 * make or break a name, with datelines and title-case headlines mixed in.
 */
import fc from 'fast-check';
import { SEED_ENTITIES } from './seed-entities';

const ALIASES = SEED_ENTITIES.flatMap((e) => e.aliases.map((a) => a.text));
const WORDS = [
  ...ALIASES,
  ...ALIASES.map((a) => a.toUpperCase()),
  'said', 'the', 'The', 'Blasts', 'blasts', 'Michelle', 'Alex', 'in', 'to', 'from', 'met',
  'Of', 'About', 'US', 'ABOUT', 'WASHINGTON (AP) —', 'MOSCOW —', 'September 8, 2016',
  'Syrian', 'Libyan', 'war', 'summit', 'Sergéi', 'é', '2016',
]; // prettier-ignore
const GLUE = [' ', ' ', ' ', '\u00a0', '\n', '\n\n', '-', '’s ', ', ', '. ', ': ', '@', '_', ''];

/** A text of `minWords` to `maxWords` words. */
export function seedText(maxWords: number, minWords = 0): fc.Arbitrary<string> {
  const word = fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GLUE));
  return fc
    .array(word, { minLength: minWords, maxLength: maxWords })
    .map((parts) => parts.map(([w, g]) => w + g).join(''));
}
