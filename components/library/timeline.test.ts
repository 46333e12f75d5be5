import { describe, expect, it } from 'vitest';
import { SEED_ENTITIES } from '../../core/fixtures/seed-cards';
import type { EntityCard } from '../../core/pack';
import { timelineOf } from './timeline';

describe('timelineOf', () => {
  it('lists dated events oldest first, with date labels, and skips actors', () => {
    const endOnly: EntityCard = {
      ...SEED_ENTITIES[5]!,
      id: 'end-only',
      name: 'End only',
      dates: { end: '2015-12' },
    };
    const undated: EntityCard = {
      ...SEED_ENTITIES[5]!,
      id: 'undated',
      name: 'Undated',
      dates: undefined,
    };
    const timeline = timelineOf([...SEED_ENTITIES, endOnly, undated]);
    expect(timeline.map((t) => [t.card.id, t.date])).toEqual([
      ['syrian-civil-war', '2011-03'],
      ['end-only', '2015-12'],
      ['g20-hangzhou-2016', '2016-09-04'],
      ['geneva-talks-2016', '2016-09-09'],
    ]);
    expect(timeline[1]?.label).toMatch(/^until /);
    expect(timeline[2]?.label).toContain('–');
    expect(timeline[3]?.label).not.toContain('–');
  });
});
