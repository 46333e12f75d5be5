import { describe, expect, it } from 'vitest';
import type { Article, Entity } from '../model';
import { cite } from './cite';

//            0         1         2         3         4         5         6
//            0123456789012345678901234567890123456789012345678901234567890123
const BODY = 'Kerry met Lavrov. Both spoke.\nPutin stayed home.\nAs reported by Wire';

const article: Article = {
  id: 'a',
  file: 'a.md',
  title: 'T',
  source: 'Wire',
  published: '2016-09-08',
  origin: 'a.txt',
  body: BODY,
  attribution: { start: 49, end: BODY.length },
};

function entity(id: string, quote?: string): Entity {
  return {
    id,
    kind: 'person',
    name: id,
    aliases: [],
    summary: '',
    participants: [],
    related: [],
    cues: [],
    facts: quote ? [{ text: '', quote, articleId: 'a' }] : [],
    file: 'x.yaml',
  };
}

describe('cite', () => {
  const links = [
    {
      articleId: 'a',
      mentions: [
        { entityId: 'kerry', start: 0, end: 5 },
        { entityId: 'lavrov', start: 10, end: 16 },
        { entityId: 'putin', start: 30, end: 35 },
      ],
    },
  ];

  it('cites each entity by the verbatim sentences that mention it', () => {
    const { citations } = cite([article], links, [
      entity('kerry'),
      entity('lavrov'),
      entity('putin'),
    ]);
    expect(citations.get('kerry')).toEqual([
      { articleId: 'a', sentence: 'Kerry met Lavrov.', start: 0, end: 17 },
    ]);
    expect(citations.get('putin')).toEqual([
      { articleId: 'a', sentence: 'Putin stayed home.', start: 30, end: 48 },
    ]);
  });

  it('cites the sentence a fact quotes, even with no mention in it, and spans quotes across sentences', () => {
    const { citations } = cite(
      [article],
      [],
      [entity('talk', 'Both spoke.'), entity('pair', 'Lavrov. Both')],
    );
    expect(citations.get('talk')).toEqual([
      { articleId: 'a', sentence: 'Both spoke.', start: 18, end: 29 },
    ]);
    expect(citations.get('pair')?.[0]).toMatchObject({
      sentence: 'Kerry met Lavrov. Both spoke.',
      start: 0,
      end: 29,
    });
  });

  it('never cites the source-credit line', () => {
    const credit = [{ articleId: 'a', mentions: [{ entityId: 'wire', start: 64, end: 68 }] }];
    expect(cite([article], credit, [entity('wire')]).citations.get('wire')).toBeUndefined();
  });

  it('lists who appears together, per sentence', () => {
    const { together } = cite([article], links, [
      entity('kerry'),
      entity('lavrov'),
      entity('putin'),
    ]);
    expect(together).toEqual([['kerry', 'lavrov']]);
  });
});
