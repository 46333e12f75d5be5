import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../core/brief-timeline';
import type { EntityCard } from '../../core/pack';
import { entryLine } from './entry-line';

const card = (extra: Partial<EntityCard> = {}): EntityCard =>
  ({ id: 'sergey-lavrov', name: 'Sergey Lavrov', kind: 'person', ...extra }) as EntityCard;
const timeline: Timeline = { asOf: '2016-09-08', before: [7, 3], after: [9], earlier: 3, later: 0 };
const briefs = {
  3: { date: '2016-03-01', text: 'Older.', outlets: [] },
  7: { date: '2016-09-01', text: 'Lavrov meets Kerry in Geneva.', outlets: [{ name: 'Reuters' }] },
  9: { date: '2022-02-24', text: 'Later.', outlets: [] },
};

describe('entryLine', () => {
  it('gives the role the briefs state as of the page date and the newest brief up to it', () => {
    const roles = [
      { role: 'Russian Ambassador to the UN', date: '2003-01-01' },
      { role: 'Russian Foreign Minister', date: '2004-03-09' },
    ];
    expect(entryLine(card({ roles }), timeline, briefs, '2003-06-01').role).toBe(
      'Russian Ambassador to the UN',
    );
    expect(entryLine(card({ roles }), timeline, briefs, '2016-09-08')).toEqual({
      role: 'Russian Foreign Minister',
      latest: briefs[7],
    });
  });

  it('prefers a curated role, and says nothing it does not have', () => {
    expect(
      entryLine(card({ role: 'Foreign Minister of Russia' }), undefined, undefined, undefined),
    ).toEqual({
      role: 'Foreign Minister of Russia',
    });
    expect(entryLine(undefined, timeline, briefs, '2016-09-08')).toEqual({});
    expect(entryLine(card(), { ...timeline, before: [] }, briefs, '2016-09-08')).toEqual({});
  });
});
