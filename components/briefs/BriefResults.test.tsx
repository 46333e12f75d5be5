import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { EntityCard } from '../../core/pack';
import { buildBriefSearchIndex } from '../../core/brief-search-index';
import { BriefResults } from './BriefResults';
import { TEST_SHARDS, testCard, testSource } from './test-briefs';
import { useBriefSearch, type BriefSource } from './use-brief-search';

afterEach(cleanup);
const talks = testCard('geneva-talks', 'Geneva talks', [1, 2, 3]);

function Harness(props: { source: BriefSource; query: string; found: EntityCard[] }) {
  const state = useBriefSearch(props.source, TEST_SHARDS.index, props.query, props.found);
  return <BriefResults state={state} query={props.query} entityHref={(id) => `#entity/${id}`} />;
}

const shownBriefs = () =>
  [...document.querySelectorAll('.bs-brief')].map((li) => Number(li.getAttribute('data-brief')));

describe('BriefResults with useBriefSearch', () => {
  it('loads nothing before the first keystroke, then the index once', async () => {
    const source = testSource();
    const { rerender } = render(<Harness source={source} query="" found={[]} />);
    expect(source.asked).toEqual([]);
    expect(document.querySelector('.bs-briefs')).toBeNull();
    rerender(<Harness source={source} query="gen" found={[]} />);
    rerender(<Harness source={source} query="geneva" found={[]} />);
    await waitFor(() => expect(shownBriefs()).toHaveLength(3));
    expect(source.asked.filter((a) => a === 'head')).toHaveLength(1);
    expect(source.asked.filter((a) => a.startsWith('group'))).toEqual(['group g']);
  });

  it('says so when the index is not this pack’s', async () => {
    const source = { ...testSource(), loadHead: async () => buildBriefSearchIndex(['one']).head };
    render(<Harness source={source} query="brief" found={[]} />);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('News briefs are unavailable.'),
    );
  });

  it('shows date, marked text and outlet, grouped under the cards found first', async () => {
    render(<Harness source={testSource()} query="geneva ceasefire" found={[talks]} />);
    await waitFor(() => expect(document.querySelector('[data-brief="3"] time')).toBeTruthy());
    expect(document.querySelector('[data-brief="3"] time')?.getAttribute('datetime')).toBe(
      '2016-09-09',
    );
    const groups = [...document.querySelectorAll('.bs-brief-group')];
    expect(groups.map((g) => g.getAttribute('data-group'))).toEqual(['geneva-talks', '']);
    expect(screen.getByRole('link', { name: 'Geneva talks' }).getAttribute('href')).toBe(
      '#entity/geneva-talks',
    );
    expect(groups[1]?.textContent).toContain('Other briefs');
    const first = document.querySelector('[data-brief="3"]')!;
    expect([...first.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'ceasefire',
      'Geneva',
    ]);
    expect(first.textContent).toContain('(Reuters)');
    expect(screen.getByRole('status').textContent).toBe('4 briefs');
  });

  it('narrows by year and by card, and says when nothing matches', async () => {
    render(<Harness source={testSource()} query="syria" found={[talks]} />);
    // "Syrian" is one letter off: found too.
    await waitFor(() => expect(shownBriefs().sort()).toEqual([0, 1, 2, 3, 4]));
    fireEvent.change(screen.getByRole('combobox', { name: 'Year' }), { target: { value: '2015' } });
    await waitFor(() => expect(shownBriefs()).toEqual([0]));
    expect(screen.getByRole('status').textContent).toBe('1 brief in 2015');
    fireEvent.change(screen.getByRole('combobox', { name: 'Year' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'About' }), {
      target: { value: 'geneva-talks' },
    });
    await waitFor(() => expect(shownBriefs().sort()).toEqual([1, 2, 3]));
    fireEvent.change(screen.getByRole('combobox', { name: 'Year' }), { target: { value: '2015' } });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('No news brief matches.'),
    );
  });
});
