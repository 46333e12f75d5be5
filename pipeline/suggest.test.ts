import { describe, expect, it } from 'vitest';
import type { Article, Entity } from './model';
import { suggestNames } from './suggest';

function article(body: string, extra: Partial<Article> = {}): Article {
  return {
    id: 'a',
    file: 'a.md',
    title: 'T',
    source: 'S',
    published: '2016-09-08',
    origin: 'o',
    body,
    ...extra,
  };
}

function entity(id: string, aliases: string[], cues: string[] = []): Entity {
  return {
    id,
    kind: 'person',
    name: id,
    aliases: aliases.map((text) => ({ text, strength: 'strong' as const })),
    summary: '',
    participants: [],
    related: [],
    cues,
    facts: [],
    file: 'x.yaml',
  };
}

const names = (body: string, entities: Entity[] = [], extra: Partial<Article> = {}): string[] =>
  suggestNames([article(body, extra)], entities).map((s) => `${s.count} ${s.name}`);

describe('suggestNames', () => {
  it.each([
    [
      'names of several words, titles dropped',
      'Russian President Vladimir Putin spoke.',
      ['1 Vladimir Putin'],
    ],
    [
      'inner words and numbers',
      'The Group of 20 met with Bashar al-Assad.',
      ['1 Bashar al-Assad', '1 Group of 20'],
    ],
    [
      'no function words, days, months or lone titles',
      'On Monday the President said so in August.',
      [],
    ],
    ['a sentence-initial word also written in lowercase', 'Sides met. Both sides agreed.', []],
    ['two names joined by "and" stay two', 'Kerry and Lavrov met.', ['1 Kerry', '1 Lavrov']],
    ['a spaced dash separates', 'Then Chirac – Macron spoke.', ['1 Chirac', '1 Macron']],
  ])('finds %s', (_what, body, expected) => {
    expect(names(body)).toEqual(expected);
  });

  it('skips what aliases and cue words cover, by the matcher’s keys', () => {
    const catalog = [
      entity('kerry', ['John Kerry', 'Kerry']),
      entity('syria', ['Syria'], ['Syrian']),
    ];
    expect(
      names('JOHN KERRY met the Syrian envoy in Geneva. Kerry’s aide stayed in Syria.', catalog),
    ).toEqual(['1 Geneva']);
  });

  it('skips the dateline and the source-credit line', () => {
    const body = 'PARIS – Macron spoke.\nAs reported by Le Monde';
    const extra = { dateline: 'PARIS', attribution: { start: 22, end: body.length } };
    expect(names(body, [], extra)).toEqual(['1 Macron']);
  });

  it('skips any dateline core/dateline.ts knows, not only the one in front matter', () => {
    const body =
      'PARIS – Macron spoke.\n\nBERLIN (AP) — Scholz replied.\n\nIn BERLIN, Scholz left.';
    expect(names(body)).toEqual(['2 Scholz', '1 BERLIN', '1 Macron']);
  });

  it('counts every occurrence and keeps the first sentence as the sample', () => {
    const [geneva] = suggestNames([article('Talks in Geneva. More in Geneva later.')], []);
    expect(geneva).toEqual({
      name: 'Geneva',
      count: 2,
      sample: { articleId: 'a', sentence: 'Talks in Geneva.' },
    });
  });
});
