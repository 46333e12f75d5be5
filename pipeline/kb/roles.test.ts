import { describe, expect, it } from 'vitest';
import { roleAsOf } from '../../core/brief-timeline';
import { roleBefore, roleTimeline } from './roles';

const at = (text: string, name: string) => roleBefore(text, text.indexOf(name));

describe('roleBefore', () => {
  it.each([
    [
      'Russian Foreign Minister Sergey Lavrov meets John Kerry.',
      'Sergey Lavrov',
      'Russian Foreign Minister',
    ],
    ['U.S. Secretary of State John Kerry says…', 'John Kerry', 'U.S. Secretary of State'],
    ['The talks between Kerry and Lavrov end.', 'Lavrov', undefined],
    ['Protesters in Moscow, Putin says.', 'Putin', undefined],
    [
      'Kerry and Russian Foreign Affairs Minister Sergey Lavrov meet.',
      'Sergey Lavrov',
      'Russian Foreign Affairs Minister',
    ],
    [
      'President Vladimir Putin and Foreign Minister Sergey Lavrov',
      'Sergey Lavrov',
      'Foreign Minister',
    ],
    [
      'Health and Human Services Secretary Robert F. Kennedy Jr. speaks.',
      'Robert F. Kennedy Jr.',
      'Health and Human Services Secretary',
    ],
  ])('%s', (text, name, role) => expect(at(text, name)).toBe(role));
});

describe('roleTimeline and roleAsOf', () => {
  const timeline = roleTimeline([
    { role: 'U.S. Secretary of State', date: '2016-09-08' },
    { role: 'U.S. Senator', date: '2008-01-01' },
    { role: 'U.S. Secretary of State', date: '2014-02-01' },
    { role: 'U.S. Special Presidential Envoy for Climate', date: '2021-04-22' },
  ]);
  it('takes a role written in another case for the same role', () => {
    const roles = roleTimeline([
      { role: 'Russian Foreign Minister', date: '2014-02-13' },
      { role: 'Russian foreign minister', date: '2014-05-06' },
    ]);
    expect(roles).toEqual([{ role: 'Russian Foreign Minister', date: '2014-02-13' }]);
  });
  it('keeps one entry per change of role, oldest first', () => {
    expect(timeline.map((r) => r.date)).toEqual(['2008-01-01', '2014-02-01', '2021-04-22']);
  });
  it('gives the role as of a date, or the first one before any', () => {
    expect(roleAsOf(timeline, '2016-09-08')?.role).toBe('U.S. Secretary of State');
    expect(roleAsOf(timeline, '2026-01-01')?.role).toBe(
      'U.S. Special Presidential Envoy for Climate',
    );
    expect(roleAsOf(timeline, '2001-01-01')?.role).toBe('U.S. Senator');
  });
});
