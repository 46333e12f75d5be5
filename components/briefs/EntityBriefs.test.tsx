import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EntityBriefs, YEAR_PAGE, yearBars } from './EntityBriefs';
import { TEST_SHARDS, testCard, testSource } from './test-briefs';

afterEach(cleanup);

describe('EntityBriefs', () => {
  it('groups a card’s briefs by year, newest first, with an accessible density strip', async () => {
    const source = testSource();
    render(
      <EntityBriefs
        card={testCard('syria', 'Syria', [0, 1, 2, 3, 4])}
        briefIndex={TEST_SHARDS.index}
        source={source}
      />,
    );
    expect(screen.getByRole('heading', { name: 'All news briefs (5)' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'News briefs per year: 2015 1, 2016 4' })).toBeTruthy();
    expect(
      yearBars([
        { year: '2018', briefs: [9], months: [] },
        { year: '2015', briefs: [1, 2], months: [] },
      ]),
    ).toEqual([
      ['2015', 2],
      ['2016', 0],
      ['2017', 0],
      ['2018', 1],
    ]);
    const years = [...document.querySelectorAll('details')];
    expect(years.map((d) => [d.getAttribute('data-year'), d.open])).toEqual([
      ['2016', true],
      ['2015', false],
    ]);
    expect(
      screen.getByRole('img', { name: /per month in 2016: Jan 0, Feb 1, Mar 1,.* Sep 2/ }),
    ).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/Syrian ceasefire takes effect/)).toBeTruthy());
    const order = [...document.querySelectorAll('.bs-brief')].map((li) =>
      li.getAttribute('data-brief'),
    );
    expect(order).toEqual(['4', '3', '2', '1']);
    // A closed year renders no briefs and reads no shard of its own.
    expect(document.querySelector('[data-year="2015"] .bs-brief')).toBeNull();
    fireEvent(years[1]!, new Event('toggle'));
    expect(source.asked).not.toContain('shard 99');
  });

  it('pages a long year', async () => {
    const count = YEAR_PAGE + 2;
    const index = { count, shardSize: 10, months: [['2016-01', 0]] as [string, number][] };
    const loadShard = async (n: number) => ({
      first: n * 10,
      briefs: Array.from({ length: 10 }, (_, k) => ({
        date: '2016-01-02',
        text: `Brief ${n * 10 + k}`,
        outlets: [],
      })),
    });
    const all = Array.from({ length: count }, (_, k) => k);
    render(
      <EntityBriefs
        card={testCard('busy', 'Busy', all)}
        briefIndex={index}
        source={{ loadShard }}
      />,
    );
    await waitFor(() => expect(screen.getByText('Brief 2')).toBeTruthy());
    expect(document.querySelectorAll('.bs-brief')).toHaveLength(YEAR_PAGE);
    expect(screen.queryByText('Brief 0')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show 2 more of 2016' }));
    await waitFor(() => expect(screen.getByText('Brief 0')).toBeTruthy());
    expect(document.querySelectorAll('.bs-brief')).toHaveLength(count);
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull();
  });

  it('shows nothing for a card without briefs', () => {
    render(
      <EntityBriefs
        card={testCard('none', 'None', [])}
        briefIndex={TEST_SHARDS.index}
        source={testSource()}
      />,
    );
    expect(document.querySelector('.bs-entity-briefs')).toBeNull();
  });
});
