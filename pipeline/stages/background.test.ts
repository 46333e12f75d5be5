import { describe, expect, it } from 'vitest';
import type { Brief } from '../../core/brief';
import type { Entity } from '../model';
import { background, joinBackgrounds } from './background';

const brief = (date: string, text: string, links: Brief['links'] = []): Brief => ({
  date,
  text,
  category: 'Armed conflicts and attacks',
  stories: [],
  outlets: [{ name: 'Reuters' }],
  links,
  copy: links.length > 0 ? 'linked' : 'archive',
  file: 'data/corpus/archive/2016.jsonl',
  line: 1,
});

const ministry: Entity = {
  id: 'russian-foreign-ministry',
  wikipedia: 'Ministry_of_Foreign_Affairs_(Russia)',
  kind: 'organization',
  name: 'Russian Foreign Ministry',
  aliases: [{ text: 'Russian Ministry of Foreign Affairs', strength: 'strong' }],
  summary: 'Russia’s ministry of foreign affairs.',
  participants: [],
  related: [],
  cues: [],
  facts: [],
  file: 'data/catalog/actors.yaml',
};

describe('background', () => {
  it('folds a name the archive repeats into the catalog entry that has it, not a twin', () => {
    const briefs = [
      brief(
        '2016-03-01',
        'Moscow: the Russian Foreign Ministry summons the Turkish ambassador over the downing of a jet.',
      ),
      brief(
        '2016-05-02',
        'In Moscow, the Russian Foreign Ministry rejects claims of strikes on hospitals in Aleppo.',
      ),
      brief(
        '2016-07-03',
        'Syria: the Russian Foreign Ministry says talks on Syria will resume in Geneva.',
      ),
    ];
    const { entities } = background([ministry], briefs);
    const named = entities.filter((e) => e.name === 'Russian Foreign Ministry');
    expect(named.map((e) => e.id)).toEqual(['russian-foreign-ministry']);
    expect(named[0]!.summary).toBe(ministry.summary);
    expect(named[0]!.background?.briefs).toEqual([0, 1, 2]);
    expect(named[0]!.background?.span).toEqual({ first: '2016-03-01', last: '2016-07-03' });
  });

  it('joins two backgrounds of one entry: each brief once, oldest first, never itself related', () => {
    const joined = joinBackgrounds(
      {
        briefs: [1, 4],
        roles: [{ role: 'B', date: '2016-02-01' }],
        span: { first: '2016-01-01', last: '2016-02-01' },
        related: [
          { id: 'x', count: 2 },
          { id: 'self', count: 9 },
        ],
        children: ['c'],
      },
      {
        briefs: [0, 4, 7],
        roles: [{ role: 'A', date: '2015-01-01' }],
        span: { first: '2015-01-01', last: '2017-01-01' },
        related: [{ id: 'x', count: 3 }],
        parent: 'p',
        children: ['c', 'self'],
      },
      'self',
    );
    expect(joined).toEqual({
      briefs: [0, 1, 4, 7],
      roles: [
        { role: 'A', date: '2015-01-01' },
        { role: 'B', date: '2016-02-01' },
      ],
      span: { first: '2015-01-01', last: '2017-01-01' },
      related: [{ id: 'x', count: 3 }],
      parent: 'p',
      children: ['c'],
    });
  });
});
