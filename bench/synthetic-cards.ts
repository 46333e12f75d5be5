/**
 * A generated CardsPack of any size, for benchmarks: made-up actors and events
 * with names, aliases, roles, summaries, facts and articles whose sentences name
 * them, plus the seed pack's real cards so real queries still have answers.
 * Deterministic (seeded), so runs compare.
 */
import { SEED_PACK } from '../core/fixtures/seed-cards';
import {
  ACTOR_KINDS,
  EVENT_KINDS,
  type ArticleRecord,
  type CardsPack,
  type EntityCard,
  type EntityKind,
} from '../core/pack';
import { prng as rng } from './synthetic';

const SYLLABLES =
  'ka ro mi sa len dor vi tan bel gra no zu pe lis mar ost quin hel dra fu ne sor'.split(' ');
const NEWS_WORDS =
  'minister talks ceasefire summit election sanctions treaty border ministry council army rebels aid oil trade vote parliament envoy crisis peace deal coalition strike meeting negotiations'.split(
    ' ',
  );
const ROLES = [
  'foreign minister',
  'president',
  'prime minister',
  'defence minister',
  'envoy',
  'spokesman',
  'general',
];
const PLACES = ['Geneva', 'Vienna', 'Moscow', 'Ankara', 'Doha', 'Cairo', 'Beirut', 'Riyadh'];

/** A lexicon of `size` made-up words with the news words at common ranks, and a Zipf sampler over it. */
function zipfLexicon(r: () => number, size: number): () => string {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 2 + Math.floor(r() * 3);
    words.add(
      Array.from({ length: n }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]).join(''),
    );
  }
  const lexicon = [...words];
  // News words sit among the common words (ranks 15, 30, …), as in real reporting.
  NEWS_WORDS.forEach((w, i) => lexicon.splice(15 * (i + 1), 0, w));
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= lexicon.length; rank++) cumulative.push((total += 1 / rank ** 1.07));
  return () => {
    const x = r() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lexicon[lo] as string;
  };
}

/**
 * A CardsPack with `entityCount` generated entities (plus the seed cards) and
 * `articleCount` articles of 15 sentences. Words follow a Zipf distribution
 * over a 20k-word lexicon, so common words have long posting lists as in real text.
 */
export function syntheticCardsPack(
  entityCount: number,
  articleCount = Math.ceil(entityCount / 4),
  seed = 1,
): CardsPack {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const word = (n: number) => Array.from({ length: n }, () => pick(SYLLABLES)).join('');
  const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  const zipf = zipfLexicon(r, 20000);
  const sentence = (n: number) => Array.from({ length: n }, zipf).join(' ');

  const entities: EntityCard[] = [];
  for (let i = 0; i < entityCount; i++) {
    const isEvent = r() < 0.3;
    const kind: EntityKind = isEvent ? pick(EVENT_KINDS) : pick(ACTOR_KINDS);
    const last = cap(word(2 + Math.floor(r() * 2)));
    const name = isEvent
      ? `${pick(PLACES)} ${kind} ${2000 + (i % 25)} ${last}`
      : `${cap(word(2))} ${last}`;
    entities.push({
      id: `synthetic-${i}`,
      kind,
      name,
      aliases: [last],
      role: isEvent ? undefined : `${cap(word(2))} ${pick(ROLES)}`,
      summary: `${cap(sentence(12))}.`,
      facts: Array.from({ length: Math.floor(r() * 3) }, () => ({
        text: `${cap(sentence(10))}.`,
        quote: `${last} ${sentence(14)}.`,
        articleId: `synthetic-article-${Math.floor(r() * articleCount)}`,
      })),
      citations: [],
      related: [],
      asOf: '2016-09-08',
      articles: [],
    });
  }
  const articles: ArticleRecord[] = Array.from({ length: articleCount }, (_, i) => ({
    id: `synthetic-article-${i}`,
    title: cap(sentence(8)),
    source: pick(['Reuters', 'AFP', 'AP', 'BBC']),
    published: `2016-0${1 + (i % 9)}-1${i % 10}`,
    origin: `synthetic-${i}.txt`,
    body: Array.from({ length: 15 }, () => `${pick(entities).name} ${sentence(18)}.`).join(' '),
  }));
  return {
    schema: SEED_PACK.schema,
    hash: `synthetic-${entityCount}-${articleCount}-${seed}`,
    entities: [...SEED_PACK.entities, ...entities],
    articles: [...SEED_PACK.articles, ...articles],
  };
}
