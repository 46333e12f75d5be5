/** A small brief corpus for the brief components' tests: shards of 3, two years. */
import { buildBriefSearchIndex } from '../../core/brief-search-index';
import { shardBriefs } from '../../core/brief-timeline';
import type { EntityCard, PackBrief } from '../../core/pack';
import type { BriefSource } from './use-brief-search';

const brief = (date: string, text: string): PackBrief => ({
  date,
  text,
  outlets: [{ name: 'Reuters' }],
});

export const TEST_BRIEFS: PackBrief[] = [
  brief('2015-12-18', 'The Security Council backs a peace plan for Syria.'), // 0
  brief('2016-02-27', 'A ceasefire in Syria begins, brokered in Geneva.'), // 1
  brief('2016-03-14', 'Peace talks on Syria resume in Geneva.'), // 2
  brief('2016-09-09', 'Kerry and Lavrov agree a Syria ceasefire in Geneva.'), // 3
  brief('2016-09-12', 'The Syrian ceasefire takes effect at sunset.'), // 4
  brief('2016-11-08', 'Donald Trump wins the presidential election.'), // 5
];

export const TEST_SHARDS = shardBriefs(TEST_BRIEFS, 3);
export const TEST_INDEX = buildBriefSearchIndex(TEST_BRIEFS.map((b) => b.text));

/** An in-memory source that counts what it was asked for. */
export function testSource(): BriefSource & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    loadHead: async () => {
      asked.push('head');
      return TEST_INDEX.head;
    },
    loadGroup: async (group) => {
      asked.push(`group ${group}`);
      return TEST_INDEX.groups[group]!;
    },
    loadShard: async (n) => {
      asked.push(`shard ${n}`);
      return TEST_SHARDS.shards[n]!;
    },
  };
}

/** A card with the given brief indices (oldest first). */
export function testCard(id: string, name: string, briefs: number[]): EntityCard {
  return {
    id,
    name,
    kind: 'event',
    aliases: [],
    summary: name,
    facts: [],
    citations: [],
    related: [],
    asOf: '2016-12-01',
    articles: [],
    briefs,
    span: { first: '2015-12-18', last: '2016-09-12' },
  };
}
