import { describe, expect, it } from 'vitest';
import { buildMatcherPack } from '../../core/matcher-pack';
import type { Article } from '../model';
import { link } from './link';

//            0         1         2         3         4         5         6         7
//            01234567890123456789012345678901234567890123456789012345678901234567890123456789
const BODY =
  'WASHINGTON – The United States and John Kerry said Washington agreed.\nBy John Kerry Daily';

const article: Article = {
  id: 'a',
  file: 'a.md',
  title: 'T',
  source: 'S',
  published: '2016-09-08',
  dateline: 'WASHINGTON',
  origin: 'a.txt',
  body: BODY,
  attribution: { start: 70, end: BODY.length },
};

const matcher = buildMatcherPack(
  [
    {
      id: 'united-states',
      name: 'United States',
      kind: 'country',
      aliases: [
        { text: 'United States', strength: 'strong' },
        { text: 'Washington', strength: 'weak' },
      ],
      related: [],
    },
    {
      id: 'john-kerry',
      name: 'John Kerry',
      kind: 'person',
      aliases: [{ text: 'John Kerry', strength: 'strong' }],
      related: [],
    },
  ],
  { schema: 1, hash: 'test' },
);

describe('link', () => {
  it('links with the core spotter, skipping the dateline and the source-credit line', () => {
    const [links] = link([article], matcher);
    expect(links).toEqual({
      articleId: 'a',
      mentions: [
        { entityId: 'united-states', start: 17, end: 30 },
        { entityId: 'john-kerry', start: 35, end: 45 },
        { entityId: 'united-states', start: 51, end: 61 },
      ],
    });
  });

  it('links a dateline word that is not at the start of a line', () => {
    const body = 'The United States said WASHINGTON agreed.';
    const [links] = link([{ ...article, body, attribution: undefined }], matcher);
    expect(links!.mentions.map((m) => body.slice(m.start, m.end))).toEqual([
      'United States',
      'WASHINGTON',
    ]);
  });
});
