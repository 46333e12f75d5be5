import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEED_PACK } from '../../core/fixtures/seed-cards';
import { yearRanges } from '../../core/brief-years';
import { loadSearch } from '../../core/search';
import { TEST_BRIEFS, TEST_SHARDS, testSource } from '../briefs/test-briefs';
import type { BriefSearchState } from '../briefs/use-brief-search';
import { indexPack } from '../pack/pack-index';
import type { BodyMention } from './article-parts';
import { parseRoute } from './library-route';
import { LibraryView, type LibraryViewProps } from './LibraryView';

afterEach(cleanup);
const pack = indexPack(SEED_PACK);
const searcher = loadSearch(undefined, SEED_PACK);
const body = SEED_PACK.articles[0]!.body;
const at = body.indexOf('Sergey Lavrov');
const MENTIONS: BodyMention[] = [
  {
    start: at,
    end: at + 'Sergey Lavrov'.length,
    entityId: 'sergey-lavrov',
    kind: 'person',
    name: 'Sergey Lavrov',
  },
];

function show(hash: string, overrides: Partial<LibraryViewProps> = {}) {
  const props: LibraryViewProps = {
    pack,
    route: parseRoute(hash),
    onNavigate: vi.fn(),
    query: '',
    onQuery: vi.fn(),
    hits: [],
    mentionsOf: () => MENTIONS,
    ...overrides,
  };
  render(<LibraryView {...props} />);
  return props;
}

describe('LibraryView', () => {
  it('lists every card, and filters by kind', () => {
    show('');
    expect(document.querySelectorAll('.bs-grid-card')).toHaveLength(SEED_PACK.entities.length);
    cleanup();
    show('#cards/event');
    const ids = [...document.querySelectorAll('.bs-grid-card')].map((c) =>
      c.getAttribute('data-entity-id'),
    );
    expect(ids.sort()).toEqual(['g20-hangzhou-2016', 'geneva-talks-2016', 'syrian-civil-war']);
    expect(screen.getByRole('link', { name: /Events/ }).getAttribute('aria-current')).toBe('page');
  });

  it('shows one card in full from a deep link, with what the articles say', () => {
    const props = show('#entity/sergey-lavrov');
    expect(screen.getByRole('heading', { level: 2, name: 'Sergey Lavrov' })).toBeTruthy();
    expect(screen.getByText(/Met Kerry in Geneva/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What the articles say' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /John Kerry/ }));
    expect(props.onNavigate).toHaveBeenCalledWith('#entity/john-kerry');
  });

  it('says so for an unknown card', () => {
    show('#entity/nobody');
    expect(screen.getByRole('heading', { name: 'Not in the library' })).toBeTruthy();
  });

  it('shows the events in date order on the timeline', () => {
    show('#timeline');
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((i) => i.getAttribute('data-entity-id'))).toEqual([
      'syrian-civil-war',
      'g20-hangzhou-2016',
      'geneva-talks-2016',
    ]);
  });

  it('reads an article with its mentions linked, its source and the cards citing it', () => {
    show('#article/seed-geneva');
    expect(screen.getByRole('heading', { name: SEED_PACK.articles[0]!.title })).toBeTruthy();
    expect(screen.getByText(/The Times of Israel/)).toBeTruthy();
    const mention = screen
      .getAllByRole('link', { name: 'Sergey Lavrov' })
      .find((a) => a.classList.contains('bs-mention'));
    expect(mention?.getAttribute('href')).toBe('#entity/sergey-lavrov');
    expect(mention?.classList.contains('bs-mention-person')).toBe(true);
    expect(screen.getByRole('heading', { name: 'Cards that cite this article (8)' })).toBeTruthy();
  });

  it('searches, and a picked result navigates to its page', () => {
    const props = show('', { query: 'assad', hits: searcher.search('assad') });
    expect(document.querySelector('.bs-grid')).toBeNull();
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    expect(props.onNavigate).toHaveBeenCalledWith('#entity/bashar-al-assad');
    expect(props.onQuery).toHaveBeenCalledWith('');
  });

  it('shows the news briefs of a search, and an entity page with all its briefs by year', async () => {
    const briefs: BriefSearchState = {
      ready: true,
      failed: false,
      groups: [
        {
          entity: pack.cards.get('sergey-lavrov'),
          hits: [{ index: 3, score: 1, terms: ['geneva'], complete: true }],
        },
      ],
      total: 1,
      years: yearRanges(TEST_SHARDS.index),
      setYear: vi.fn(),
      setEntity: vi.fn(),
      entityChoices: [],
      briefOf: (i) => TEST_BRIEFS[i],
    };
    show('', { query: 'geneva', hits: searcher.search('geneva'), briefs });
    const group = document.querySelector('[data-group="sergey-lavrov"]')!;
    expect(
      within(group as HTMLElement)
        .getByRole('link', { name: 'Sergey Lavrov' })
        .getAttribute('href'),
    ).toBe('#entity/sergey-lavrov');
    expect(group.querySelector('mark')?.textContent).toBe('Geneva');
    cleanup();
    const withBriefs = indexPack({
      ...SEED_PACK,
      briefIndex: TEST_SHARDS.index,
      entities: SEED_PACK.entities.map((e) =>
        e.id === 'sergey-lavrov' ? { ...e, briefs: [1, 3] } : e,
      ),
    });
    show('#entity/sergey-lavrov', { pack: withBriefs, briefSource: testSource() });
    expect(screen.getByRole('heading', { name: 'All news briefs (2)' })).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/Kerry and Lavrov agree/)).toBeTruthy());
  });
});
