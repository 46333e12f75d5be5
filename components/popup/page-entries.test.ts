import { describe, expect, it } from 'vitest';
import type { PageMention } from '../../messaging/protocol';
import { groupEntries, groupLabel, summarizeMentions } from './page-entries';

const m = (entityId: string, kind: PageMention['kind'], heading = false): PageMention => ({
  entityId,
  name: entityId,
  kind,
  text: entityId,
  rule: 'strong-alias',
  heading,
});

describe('summarizeMentions', () => {
  it('counts per entity and orders by salience (headline, count, first position)', () => {
    const entries = summarizeMentions([
      m('kerry', 'person'),
      m('geneva-talks', 'talks'),
      m('lavrov', 'person'),
      m('lavrov', 'person'),
      m('syria', 'country', true),
      m('kerry', 'person'),
      m('obama', 'person'),
      m('obama', 'person'),
      m('obama', 'person'),
    ]);
    expect(entries.map((e) => [e.entityId, e.count, e.first, e.headingCount])).toEqual([
      ['syria', 1, 4, 1], // in the headline
      ['obama', 3, 6, 0],
      ['kerry', 2, 0, 0], // ties with lavrov, mentioned first
      ['lavrov', 2, 2, 0],
      ['geneva-talks', 1, 1, 0],
    ]);
  });

  it('is empty for no mentions', () => {
    expect(summarizeMentions([])).toEqual([]);
  });
});

describe('groupEntries', () => {
  it('groups by highlight kind (every event kind is an event), best group first', () => {
    const groups = groupEntries(
      summarizeMentions([
        m('geneva-talks', 'talks'),
        m('geneva-talks', 'talks'),
        m('g20', 'summit'),
        m('kerry', 'person'),
        m('russia', 'country'),
      ]),
    );
    expect(groups.map((g) => [g.kind, g.count, g.entries.map((e) => e.entityId)])).toEqual([
      ['event', 3, ['geneva-talks', 'g20']],
      ['person', 1, ['kerry']],
      ['country', 1, ['russia']],
    ]);
  });
});

describe('groupLabel', () => {
  it.each([
    ['person', 1, 'Person'],
    ['person', 3, 'People'],
    ['country', 2, 'Countries'],
    ['event', 2, 'Events'],
  ] as const)('%s × %i → %s', (kind, n, label) => {
    expect(groupLabel(kind, n)).toBe(label);
  });
});
