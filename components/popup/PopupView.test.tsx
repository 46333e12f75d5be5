import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEED_PACK } from '../../core/fixtures/seed-cards';
import type { PageState } from '../../messaging/page-state';
import type { PageMention } from '../../messaging/protocol';
import { TEST_BRIEFS } from '../briefs/test-briefs';
import type { BriefSearchState } from '../briefs/use-brief-search';
import { indexPack } from '../pack/pack-index';
import { summarizeMentions } from './page-entries';
import { PopupView, type PopupViewProps } from './PopupView';

afterEach(cleanup);
const pack = indexPack(SEED_PACK);

const mention = (entityId: string): PageMention => {
  const card = pack.cards.get(entityId)!;
  return { entityId, name: card.name, kind: card.kind, text: card.name, rule: 'strong-alias' };
};
const ready = (ids: string[], status: 'ready' | 'scanning' = 'ready'): PageState => ({
  status,
  url: 'https://www.news.example/a',
  mentions: ids.map(mention),
});

function show(page: PageState, overrides: Partial<PopupViewProps> = {}) {
  const props: PopupViewProps = {
    pack,
    packSize: pack.pack.entities.length,
    searchReady: true,
    page,
    entries:
      page.status === 'ready' || page.status === 'scanning' ? summarizeMentions(page.mentions) : [],
    query: '',
    onQuery: vi.fn(),
    hits: [],
    onPickHit: vi.fn(),
    onFocus: vi.fn(),
    onToggle: vi.fn(),
    onReveal: vi.fn(),
    site: page.status === 'ready' || page.status === 'scanning' ? 'news.example' : undefined,
    siteEnabled: true,
    globalEnabled: true,
    onSiteEnabled: vi.fn(),
    onGlobalEnabled: vi.fn(),
    libraryHref: (route) => `library.html#${route}`,
    settingsHref: 'options.html',
    ...overrides,
  };
  render(<PopupView {...props} />);
  return props;
}

const stateOf = () => document.querySelector('[data-state]')?.getAttribute('data-state');

describe('PopupView: on this page', () => {
  it('shows only the first entries under a limit, the headings still counting all', () => {
    show(ready(['john-kerry', 'sergey-lavrov', 'sergey-lavrov', 'geneva-talks-2016', 'russia']), {
      entryLimit: 2,
    });
    const groups = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(groups).toEqual(['On this page', 'People 2']);
    const ids = [...document.querySelectorAll('.bs-entry')].map((e) =>
      e.getAttribute('data-entity-id'),
    );
    expect(ids).toEqual(['sergey-lavrov', 'john-kerry']);
  });

  it('groups the page’s cards by kind with mention counts, most salient first', () => {
    show(ready(['john-kerry', 'sergey-lavrov', 'sergey-lavrov', 'geneva-talks-2016', 'russia']));
    const groups = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(groups).toEqual(['On this page', 'People 2', 'Events 1', 'Countries 1']);
    const people = screen.getByRole('region', { name: /People/ });
    const rows = within(people).getAllByRole('listitem');
    expect(rows.map((r) => r.getAttribute('data-entity-id'))).toEqual([
      'sergey-lavrov',
      'john-kerry',
    ]);
    expect(within(rows[0]!).getByText('2 mentions')).toBeTruthy();
    expect(within(rows[0]!).getByText('Russian foreign minister')).toBeTruthy();
  });

  it('expands a card with facts, sources and the articles it comes from', () => {
    const props = show(ready(['sergey-lavrov']), { expandedId: 'sergey-lavrov' });
    const toggle = screen.getByRole('button', { name: /^Sergey Lavrov/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText(/Met Kerry in Geneva/)).toBeTruthy();
    expect(screen.getAllByText('The Times of Israel').length).toBeGreaterThan(0);
    const article = screen.getByRole('link', {
      name: 'Kerry heads to Geneva for Syria talks with Lavrov',
    });
    expect(article.getAttribute('href')).toBe('library.html#article/seed-geneva');
    expect(
      screen.getByRole('link', { name: 'Open Sergey Lavrov in the library' }).getAttribute('href'),
    ).toBe('library.html#entity/sergey-lavrov');
    fireEvent.click(toggle);
    expect(props.onToggle).toHaveBeenCalledWith('sergey-lavrov');
  });

  it('asks the page to show an entity', () => {
    const props = show(ready(['john-kerry']));
    fireEvent.click(screen.getByRole('button', { name: 'Show John Kerry on the page' }));
    expect(props.onReveal).toHaveBeenCalledWith('john-kerry');
  });
});

describe('PopupView: honest states', () => {
  it.each<[string, PageState, Partial<PopupViewProps>, string, RegExp]>([
    ['loading', { status: 'loading' }, {}, 'loading', /Reading this page/],
    [
      'a page we cannot run on',
      { status: 'unavailable' },
      {},
      'unavailable',
      /can’t read this page/,
    ],
    ['scanning, nothing yet', ready([], 'scanning'), {}, 'scanning', /Still reading this page…/],
    ['scanning, some found', ready(['russia'], 'scanning'), {}, 'scanning', /1 found so far/],
    ['nothing found', ready([]), {}, 'nothing', /Nothing on this page matches the 8 people/],
    ['off for this site', ready([]), { siteEnabled: false }, 'off-site', /off on news.example/],
    ['off everywhere', ready([]), { globalEnabled: false }, 'off-global', /off everywhere/],
  ])('%s', (_name, page, overrides, state, text) => {
    show(page, overrides);
    expect(stateOf()).toBe(state);
    expect(document.querySelector('.bs-status')?.textContent ?? '').toMatch(text);
  });

  it('keeps the list’s height with placeholder rows while loading', () => {
    show({ status: 'loading' });
    expect(screen.getByRole('region', { name: 'On this page' }).getAttribute('aria-busy')).toBe(
      'true',
    );
    expect(document.querySelectorAll('.bs-skeleton-row')).toHaveLength(4);
  });

  it('disables the site switch where the extension cannot run', () => {
    show({ status: 'unavailable' });
    expect(
      (screen.getByRole('switch', { name: /Highlight on this site/ }) as HTMLInputElement).disabled,
    ).toBe(true);
  });
});

describe('PopupView: switches, search and links', () => {
  it('flips the site and global switches', () => {
    const props = show(ready(['russia']));
    const site = screen.getByRole('switch', { name: /Highlight on this site/ }) as HTMLInputElement;
    expect(site.checked).toBe(true);
    fireEvent.click(site);
    expect(props.onSiteEnabled).toHaveBeenCalledWith(false);
    fireEvent.click(screen.getByRole('switch', { name: 'Backstory on' }));
    expect(props.onGlobalEnabled).toHaveBeenCalledWith(false);
  });

  it('shows a card picked from search on its own, with a way back', () => {
    const props = show(ready(['russia']), { focusId: 'g20-hangzhou-2016' });
    expect(screen.getByRole('heading', { name: 'G20 summit in Hangzhou' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open in the library' }).getAttribute('href')).toBe(
      'library.html#entity/g20-hangzhou-2016',
    );
    fireEvent.click(screen.getByRole('button', { name: '← On this page' }));
    expect(props.onFocus).toHaveBeenCalledWith(undefined);
  });

  it.each([
    [false, 'Searching…'],
    [true, 'Nothing found for “lavrov”.'],
  ])('with the search index ready: %s, a query with no hits says %s', (searchReady, status) => {
    show(ready(['russia']), { searchReady, query: 'lavrov' });
    expect(screen.getByRole('combobox').closest('.bs-search')?.textContent).toContain(status);
  });

  it('links to the library and settings, and focuses the search box', async () => {
    show(ready([]));
    expect(screen.getByRole('link', { name: 'Library' }).getAttribute('href')).toBe(
      'library.html#',
    );
    expect(screen.getByRole('link', { name: 'Settings' }).getAttribute('href')).toBe(
      'options.html',
    );
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('combobox')));
  });

  it('shows the news briefs of a query under the search results, card links in a new tab', () => {
    const briefs: BriefSearchState = {
      ready: true,
      failed: false,
      groups: [
        {
          entity: pack.cards.get('sergey-lavrov'),
          hits: [{ index: 3, score: 1, terms: ['lavrov'], complete: true }],
        },
      ],
      total: 1,
      years: [],
      setYear: vi.fn(),
      setEntity: vi.fn(),
      entityChoices: [],
      briefOf: (i) => TEST_BRIEFS[i],
    };
    show(ready(['russia']), { query: 'lavrov', briefs });
    const link = screen.getByRole('link', { name: 'Sergey Lavrov' });
    expect(link.getAttribute('href')).toBe('library.html#entity/sergey-lavrov');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(document.querySelector('.bs-brief mark')?.textContent).toBe('Lavrov');
    expect(screen.getByRole('heading', { name: 'News briefs' })).toBeTruthy();
  });
});
