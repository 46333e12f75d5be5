/** Test helpers: many made-up people, for packs far larger than the seed catalog. */
import type { SpotEntityInput } from '../matcher-pack';

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ten', 'vos', 'bel', 'dun', 'sha', 'quor', 'fi', 'zem'];

/** A capitalized name spelled from the digits of `n` in base 12, at least `parts` syllables. */
function nameOf(n: number, parts: number): string {
  let name = '';
  for (let i = 0; i < parts || n > 0; i++) {
    name += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return name[0]!.toUpperCase() + name.slice(1);
}

/** `count` people (ids `p0`…), each with a strong full name and a weak surname. */
export function generatedPeople(count: number): SpotEntityInput[] {
  return Array.from({ length: count }, (_, i) => {
    const given = nameOf((i * 7) % 1009, 2);
    const surname = nameOf(i, 3);
    return {
      id: `p${i}`,
      name: `${given} ${surname}`,
      kind: 'person',
      aliases: [
        { text: `${given} ${surname}`, strength: 'strong' },
        { text: surname, strength: 'weak' },
      ],
      related: i > 0 && i % 10 === 0 ? [`p${i - 1}`] : [],
    };
  });
}
