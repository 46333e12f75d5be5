import { describe, expect, it, vi } from 'vitest';
import { cardPartOf } from '../core/cards-parts';
import { shardBriefs, type BriefShard } from '../core/brief-timeline';
import type { CardsPack, EntityCard, PackBrief } from '../core/pack';
import { cardsAnswerer } from './answer-cards';
import { filesReader, packSource, type CardsSource } from './pack-reader';

const card = (id: string, related: string[], articles: string[] = []): EntityCard => ({
  id,
  kind: 'person',
  name: id.toUpperCase(),
  aliases: [],
  summary: '',
  facts: articles.map((articleId) => ({ text: 't', quote: 'q', articleId })),
  citations: [],
  related: related.map((r) => ({ id: r, count: 1, via: 'cooccurrence' as const })),
  asOf: '2016-09-08',
  articles,
});
const pack: CardsPack = {
  schema: 1,
  hash: 'h',
  entities: [card('kerry', ['lavrov', 'gone'], ['a1']), card('lavrov', ['kerry'])],
  articles: [
    { id: 'a1', title: 'T', source: 'S', published: '2016-09-08', origin: 'o', body: 'long body' },
  ],
};

describe('cardsAnswerer', () => {
  it('answers known cards with related names and article sources, without bodies', async () => {
    const answer = await cardsAnswerer(filesReader(packSource(pack)))(['kerry', 'nobody']);
    expect(answer.cards.map((c) => c.id)).toEqual(['kerry']);
    expect(answer.names).toEqual({ lavrov: { name: 'LAVROV', kind: 'person' } });
    expect(answer.sources).toEqual({
      a1: { title: 'T', source: 'S', published: '2016-09-08', url: undefined },
    });
  });

  it('answers nothing for no ids', async () => {
    expect(await cardsAnswerer(filesReader(packSource(pack)))([])).toEqual({
      cards: [],
      names: {},
      sources: {},
    });
  });

  // Forty cards in parts of about four: each answer reads the head and the parts of its cards.
  const many: CardsPack = {
    ...pack,
    entities: Array.from({ length: 40 }, (_, i) => card(`p${i}`, i ? ['p0'] : [])),
  };
  const counted = (source: CardsSource, fail = new Set<number>()) => {
    const read = { parts: [] as number[], names: [] as number[] };
    const wrapped: CardsSource = {
      head: () => source.head(),
      part: (n) => {
        read.parts.push(n);
        return fail.has(n) ? Promise.reject(new Error('gone')) : source.part(n);
      },
      names: (n) => {
        read.names.push(n);
        return fail.has(n) ? Promise.reject(new Error('gone')) : source.names(n);
      },
    };
    return { read, source: wrapped };
  };

  it('reads only the parts that hold the cards asked for, and the names of their related cards', async () => {
    const { read, source } = counted(packSource(many, 4));
    const answer = await cardsAnswerer(filesReader(source))(['p7', 'p31']);
    expect(answer.cards.map((c) => c.id)).toEqual(['p7', 'p31']);
    expect(answer.names).toEqual({ p0: { name: 'P0', kind: 'person' } });
    expect(new Set(read.parts).size).toBeLessThanOrEqual(2);
    expect(read.names).toEqual([cardPartOf('p0', 10)]);
  });

  it('names only the first related entities of each card when asked to, reading on past those without a name', async () => {
    const wide: CardsPack = {
      ...pack,
      entities: [
        { ...card('hub', ['gone', 'r1', 'r2', 'r3', 'r4']), children: ['r4', 'r5'] },
        ...['r1', 'r2', 'r3', 'r4', 'r5'].map((id) => card(id, [])),
      ],
    };
    const asked: string[][] = [];
    const reader = filesReader(packSource(wide));
    const answerer = cardsAnswerer({
      ...reader,
      names: (ids) => {
        asked.push([...ids]);
        return reader.names(ids);
      },
    });
    const answer = await answerer(['hub'], undefined, true, undefined, 2);
    // 'gone' has no name: one more related is read in its place.
    expect(Object.keys(answer.names).sort()).toEqual(['r1', 'r2', 'r4', 'r5']);
    expect(asked).toEqual([['gone', 'r1', 'r4', 'r5'], ['r2']]);
    const all = await answerer(['hub']);
    expect(Object.keys(all.names).sort()).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
  });

  it('leaves out the names it cannot read, and answers the cards', async () => {
    const lost = cardPartOf('p0', 10);
    const { source } = counted(packSource(many, 4), new Set([lost]));
    const asked = many.entities.find((c, i) => i > 0 && cardPartOf(c.id, 10) !== lost)!.id;
    const answer = await cardsAnswerer(filesReader(source))([asked]);
    expect(answer.cards.map((c) => c.id)).toEqual([asked]);
    expect(answer.names).toEqual({});
  });

  it('leaves out the cards of a part it cannot read, and answers the rest', async () => {
    const head = await packSource(many, 4).head();
    const lost = cardPartOf('p7', head.parts);
    const other = many.entities.find((c) => cardPartOf(c.id, head.parts) !== lost)!.id;
    const { source } = counted(packSource(many, 4), new Set([lost]));
    const answer = await cardsAnswerer(filesReader(source))(['p7', other]);
    expect(answer.cards.map((c) => c.id)).toEqual([other]);
  });
});

describe('cardsAnswerer: timelines of briefs', () => {
  // Twelve briefs, two a month from 2016-01 to 2016-06, in shards of two.
  const briefs: PackBrief[] = Array.from({ length: 12 }, (_, i) => ({
    date: `2016-0${Math.floor(i / 2) + 1}-${i % 2 ? '20' : '05'}`,
    text: `brief ${i}`,
    outlets: [{ name: 'Reuters' }],
  }));
  const { index, shards } = shardBriefs(briefs, 2);
  const lavrov: EntityCard = {
    ...card('lavrov', []),
    briefs: [0, 3, 4, 5, 8, 11],
    parent: 'syria',
    children: ['geneva'],
  };
  const briefPack: CardsPack = {
    ...pack,
    briefIndex: index,
    entities: [lavrov, card('syria', []), card('geneva', [])],
  };
  const loaderOf = (fail = new Set<number>()) =>
    vi.fn(async (n: number): Promise<BriefShard> => {
      if (fail.has(n)) throw new Error('gone');
      return shards[n]!;
    });

  it('gives the briefs up to the date, newest first, then those since, reading only their shards', async () => {
    const loadShard = loaderOf();
    const answer = await cardsAnswerer(filesReader(packSource(briefPack), loadShard))(
      ['lavrov'],
      '2016-03-10',
    );
    expect(answer.timelines?.lavrov).toMatchObject({
      asOf: '2016-03-10',
      before: [4, 3, 0],
      after: [5, 8, 11],
      earlier: 0,
      later: 0,
    });
    expect(answer.briefs?.[4]).toEqual(briefs[4]);
    expect(
      Object.keys(answer.briefs ?? {})
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([0, 3, 4, 5, 8, 11]);
    expect(answer.names).toMatchObject({ syria: { name: 'SYRIA' }, geneva: { name: 'GENEVA' } });
  });

  it('counts today as the date when the request gives none', async () => {
    const answer = await cardsAnswerer(filesReader(packSource(briefPack), loaderOf()), {
      today: () => '2026-12-05',
    })(['lavrov']);
    expect(answer.timelines?.lavrov?.before).toEqual([11, 8, 5, 4, 3, 0]);
    expect(answer.timelines?.lavrov?.after).toEqual([]);
  });

  it('leaves out the timeline of a card whose shard cannot be read, and answers the rest', async () => {
    const answer = await cardsAnswerer(filesReader(packSource(briefPack), loaderOf(new Set([2]))))(
      ['lavrov'],
      '2016-03-10',
    );
    expect(answer.cards.map((c) => c.id)).toEqual(['lavrov']);
    expect(answer.timelines).toEqual({});
  });

  it('reads only the shards around the date for a card with many briefs', async () => {
    const many: PackBrief[] = Array.from({ length: 400 }, (_, i) => ({
      date: `${2000 + Math.floor(i / 20)}-01-${String((i % 20) + 1).padStart(2, '0')}`,
      text: `b${i}`,
      outlets: [],
    }));
    const shelved = shardBriefs(many, 10);
    const loadShard = vi.fn(async (n: number) => shelved.shards[n]!);
    const big: CardsPack = {
      ...pack,
      briefIndex: shelved.index,
      entities: [{ ...card('putin', []), briefs: many.map((_, i) => i) }],
    };
    const answer = await cardsAnswerer(filesReader(packSource(big), loadShard))(
      ['putin'],
      '2010-01-05',
    );
    expect(answer.timelines?.putin?.before.map((i) => many[i]!.date)[0]).toBe('2010-01-05');
    expect(answer.timelines?.putin?.after.map((i) => many[i]!.date)[0]).toBe('2010-01-06');
    expect(loadShard.mock.calls.length).toBeLessThanOrEqual(4);
  });

  it('gives earlier briefs when asked for more up to the date, within bounds', async () => {
    const many: PackBrief[] = Array.from({ length: 400 }, (_, i) => ({
      date: `${2000 + Math.floor(i / 20)}-01-${String((i % 20) + 1).padStart(2, '0')}`,
      text: `b${i}`,
      outlets: [],
    }));
    const shelved = shardBriefs(many, 10);
    const big: CardsPack = {
      ...pack,
      briefIndex: shelved.index,
      entities: [{ ...card('putin', []), briefs: many.map((_, i) => i) }],
    };
    const ask = cardsAnswerer(filesReader(packSource(big), async (n) => shelved.shards[n]!));
    const six = (await ask(['putin'], '2010-01-05')).timelines!.putin!;
    const more = await ask(['putin'], '2010-01-05', true, 26);
    const timeline = more.timelines!.putin!;
    expect(six.before).toHaveLength(6);
    expect(timeline.before).toHaveLength(26);
    expect(timeline.before.slice(0, 6)).toEqual(six.before);
    expect(timeline.earlier).toBe(six.earlier - 20);
    expect(timeline.before.every((i) => more.briefs?.[i]?.text === `b${i}`)).toBe(true);
    const capped = (await ask(['putin'], '2010-01-05', true, 10_000)).timelines!.putin!;
    expect(capped.before).toHaveLength(200);
  });
});
