import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { EntityCard } from '../../core/pack';
import { indexPack } from '../pack/pack-index';
import { EntityGrid, GRID_PAGE } from './EntityGrid';

const card = (i: number, briefs: number): EntityCard => ({
  id: `e${i}`,
  kind: i % 2 ? 'person' : 'place',
  name: `Entity ${i}`,
  aliases: [],
  summary: '',
  facts: [],
  citations: [],
  related: [],
  asOf: '',
  articles: [],
  briefs: Array.from({ length: briefs }, (_, k) => k),
  span: { first: '2016-01-01', last: '2020-01-01' },
});
const pack = indexPack({
  schema: 1,
  hash: 'h',
  articles: [],
  entities: Array.from({ length: 300 }, (_, i) => card(i, i % 7)),
});

describe('EntityGrid', () => {
  afterEach(cleanup);

  it('draws the best known cards a page at a time', () => {
    const { container } = render(<EntityGrid pack={pack} />);
    const shown = () => [...container.querySelectorAll('.bs-grid-card')];
    expect(shown()).toHaveLength(GRID_PAGE);
    expect(shown()[0]!.textContent).toContain('6 briefs, 2016–2020');
    fireEvent.click(screen.getByRole('button', { name: `Show ${GRID_PAGE} more` }));
    expect(shown()).toHaveLength(2 * GRID_PAGE);
    fireEvent.click(screen.getByRole('button', { name: 'Show 60 more' }));
    expect(shown()).toHaveLength(300);
    expect(screen.queryByRole('button', { name: /Show/ })).toBeNull();
  });

  it('filters by kind and counts each kind', () => {
    const { container } = render(<EntityGrid pack={pack} kind="place" />);
    expect(container.querySelectorAll('.bs-grid-card')).toHaveLength(GRID_PAGE);
    expect(screen.getByRole('link', { name: /Places 150/ })).toBeTruthy();
  });
});
