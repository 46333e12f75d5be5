import { describe, expect, it } from 'vitest';
import type { CardsPack, EntityCard } from '../core/pack';
import { cardsAnswerer } from './answer-cards';

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
  it('answers known cards with related names and article sources, without bodies', () => {
    const answer = cardsAnswerer(pack)(['kerry', 'nobody']);
    expect(answer.cards.map((c) => c.id)).toEqual(['kerry']);
    expect(answer.names).toEqual({ lavrov: { name: 'LAVROV', kind: 'person' } });
    expect(answer.sources).toEqual({
      a1: { title: 'T', source: 'S', published: '2016-09-08', url: undefined },
    });
  });

  it('answers nothing for no ids', () => {
    expect(cardsAnswerer(pack)([])).toEqual({ cards: [], names: {}, sources: {} });
  });
});
