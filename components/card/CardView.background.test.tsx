/** What a card says from the corpus: role as of the page's date, span, stories, timeline, Wikipedia and attribution. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Timeline } from '../../core/brief-timeline';
import type { EntityCard, PackBrief } from '../../core/pack';
import { CardView } from './CardView';

const kerry: EntityCard = {
  id: 'john-kerry',
  wikipedia: 'John_Kerry',
  kind: 'person',
  name: 'John Kerry',
  aliases: ['Kerry'],
  summary: '',
  facts: [],
  citations: [],
  related: [],
  asOf: '',
  articles: [],
  roles: [
    { role: 'U.S. Senator', date: '2004-03-02' },
    { role: 'U.S. Secretary of State', date: '2013-02-01' },
    { role: 'U.S. Special Presidential Envoy for Climate', date: '2021-04-22' },
  ],
  briefs: [10, 20, 30, 40],
  span: { first: '2004-03-02', last: '2021-04-22' },
  parent: 'syria-talks',
  children: ['geneva-round'],
};
const briefs: Record<number, PackBrief> = {
  20: {
    date: '2016-09-08',
    text: 'Kerry meets Lavrov in Geneva.',
    outlets: [{ name: 'Reuters', url: 'https://www.reuters.com/a' }, { name: 'AP' }],
  },
  10: { date: '2013-02-01', text: 'Kerry becomes Secretary of State.', outlets: [] },
  30: { date: '2021-04-22', text: 'Kerry hosts a climate summit.', outlets: [{ name: 'BBC' }] },
};
const timeline: Timeline = {
  asOf: '2016-09-08',
  before: [20, 10],
  after: [30],
  earlier: 0,
  later: 1,
};
const names = {
  'syria-talks': { name: 'Syria peace talks', kind: 'talks' as const },
  'geneva-round': { name: 'Geneva round', kind: 'meeting' as const },
};

describe('CardView with a background', () => {
  afterEach(cleanup);

  it("shows the role the briefs state as of the page's date", () => {
    render(<CardView card={kerry} pageDate="2016-09-08" timeline={timeline} briefs={briefs} />);
    expect(screen.getByText('U.S. Secretary of State')).toBeTruthy();
    cleanup();
    render(<CardView card={kerry} pageDate="2026-01-01" />);
    expect(screen.getByText('U.S. Special Presidential Envoy for Climate')).toBeTruthy();
  });

  it('lists the briefs up to the page, newest first, then since, each with date and outlets', () => {
    render(<CardView card={kerry} pageDate="2016-09-08" timeline={timeline} briefs={briefs} />);
    const section = screen.getByRole('region', { name: 'Timeline' });
    const items = within(section)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items[0]).toContain('Kerry meets Lavrov in Geneva.');
    expect(items[1]).toContain('Kerry becomes Secretary of State.');
    expect(items[2]).toContain('Kerry hosts a climate summit.');
    expect(within(section).getByText('Since then')).toBeTruthy();
    expect(within(section).getByText(/Up to this page/)).toBeTruthy();
    expect(within(section).getByText('1 later brief')).toBeTruthy();
    const reuters = within(section).getByRole('link', { name: '(Reuters)' });
    expect(reuters.getAttribute('href')).toBe('https://www.reuters.com/a');
    expect(reuters.getAttribute('rel')).toContain('noopener');
    expect(within(section).getByText('(AP)').tagName).toBe('CITE');
  });

  it('credits the CC BY-SA text and links the Wikipedia article', () => {
    render(<CardView card={kerry} timeline={timeline} briefs={briefs} />);
    expect(screen.getByText(/Wikipedia contributors/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'CC BY-SA 4.0' }).getAttribute('href')).toMatch(
      /creativecommons\.org\/licenses\/by-sa\/4\.0/,
    );
    expect(screen.getByRole('link', { name: 'John Kerry on Wikipedia' }).getAttribute('href')).toBe(
      'https://en.wikipedia.org/wiki/John_Kerry',
    );
  });

  it('shows its span, its parent story and sub-stories, which open on click', () => {
    const onOpen = vi.fn();
    render(<CardView card={kerry} names={names} onOpenRelated={onOpen} />);
    expect(screen.getByText(/In the news from/).textContent).toContain('4 briefs');
    fireEvent.click(screen.getByRole('button', { name: 'Syria peace talks' }));
    fireEvent.click(screen.getByRole('button', { name: 'Geneva round' }));
    expect(onOpen.mock.calls).toEqual([['syria-talks'], ['geneva-round']]);
  });

  it('offers what came before on request, and only says how much without a way to ask', () => {
    const long: Timeline = { ...timeline, earlier: 31 };
    const onEarlier = vi.fn();
    render(
      <CardView
        card={kerry}
        pageDate="2016-09-08"
        timeline={long}
        briefs={briefs}
        onEarlier={onEarlier}
      />,
    );
    fireEvent.click(
      screen.getByRole('button', { name: /What came before: 20 of 31 earlier briefs/ }),
    );
    expect(onEarlier).toHaveBeenCalledTimes(1);
    cleanup();
    render(<CardView card={kerry} pageDate="2016-09-08" timeline={long} briefs={briefs} />);
    expect(screen.queryByRole('button', { name: /What came before/ })).toBeNull();
    expect(screen.getByText('31 earlier briefs')).toBeTruthy();
  });

  it('shows no timeline without one', () => {
    render(<CardView card={kerry} />);
    expect(screen.queryByRole('region', { name: 'Timeline' })).toBeNull();
  });
});
