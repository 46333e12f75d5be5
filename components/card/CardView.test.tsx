import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EntityCard } from '../../core/pack';
import { CardView } from './CardView';

const lavrov: EntityCard = {
  id: 'sergey-lavrov',
  kind: 'person',
  name: 'Sergey Lavrov',
  aliases: ['Lavrov'],
  role: 'Foreign Minister of Russia',
  summary: 'Russian diplomat.',
  facts: [
    {
      text: 'Met Kerry in Geneva.',
      quote: 'talks with Russian counterpart Sergey Lavrov',
      articleId: 'a1',
    },
    { text: 'Spoke by phone.', quote: 'Kerry and Lavrov spoke by telephone', articleId: 'a1' },
    { text: 'Third.', quote: 'q3', articleId: 'a2' },
    { text: 'Fourth.', quote: 'q4', articleId: 'a2' },
  ],
  citations: [],
  related: [
    { id: 'john-kerry', count: 3, via: 'cooccurrence' },
    { id: 'unknown-id', count: 1, via: 'cooccurrence' },
  ],
  asOf: '2016-09-08',
  articles: ['a1', 'a2'],
};
const names = { 'john-kerry': { name: 'John Kerry', kind: 'person' as const } };
const sources = {
  a1: { title: 'Kerry to Geneva', source: 'The Times of Israel', published: '2016-09-08' },
};

describe('CardView', () => {
  afterEach(cleanup);

  it('shows name, kind, role as of the evidence date and summary', () => {
    render(<CardView card={lavrov} headingId="h" />);
    expect(screen.getByRole('heading', { name: 'Sergey Lavrov' }).id).toBe('h');
    expect(screen.getByText('Person')).toBeTruthy();
    expect(screen.getByText(/Foreign Minister of Russia/).textContent).toContain(
      '(as of Sep 8, 2016)',
    );
    expect(screen.getByText('Russian diplomat.')).toBeTruthy();
  });

  it('shows at most three facts by default, with quote, source and date', () => {
    const { container } = render(<CardView card={lavrov} sources={sources} />);
    const facts = container.querySelectorAll('.bs-card-fact');
    expect(facts).toHaveLength(3);
    expect(facts[0]!.textContent).toContain('“talks with Russian counterpart Sergey Lavrov”');
    expect(facts[0]!.querySelector('cite')!.textContent).toBe('The Times of Israel');
    expect(facts[0]!.querySelector('time')!.getAttribute('datetime')).toBe('2016-09-08');
    expect(facts[2]!.querySelector('cite')).toBeNull();
  });

  it('lists only named related entities and opens them on click', () => {
    const onOpen = vi.fn();
    render(<CardView card={lavrov} names={names} onOpenRelated={onOpen} />);
    const related = screen.getByRole('region', { name: 'Related' });
    expect(related.querySelectorAll('li')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'John Kerry' }));
    expect(onOpen).toHaveBeenCalledWith('john-kerry');
  });

  it('lists related entities as plain text without a handler', () => {
    render(<CardView card={lavrov} names={names} />);
    expect(screen.queryByRole('button', { name: 'John Kerry' })).toBeNull();
    expect(screen.getByText('John Kerry')).toBeTruthy();
  });

  it.each([
    [
      'weak-alias-same-entity',
      'Why highlighted: “Lavrov” matches “Lavrov”. A surname or short form; the page also names this entity in full.',
    ],
    ['some-new-rule', 'Why highlighted: “Lavrov” matches “Lavrov”. (some new rule)'],
  ])('explains why the mention was highlighted (%s)', (rule, text) => {
    render(<CardView card={lavrov} why={{ text: 'Lavrov', alias: 'Lavrov', rule }} />);
    expect(screen.getByText(/Why highlighted/).parentElement!.textContent).toBe(text);
  });

  it.each([
    ['2016-09-20', true],
    ['2016-09-08', false],
    [undefined, false],
  ])('page dated %s shows the as-of note: %s', (pageDate, shown) => {
    render(<CardView card={lavrov} pageDate={pageDate} />);
    expect(screen.queryByRole('note') !== null).toBe(shown);
  });

  it('toggles the pin and closes through callbacks', () => {
    const onPin = vi.fn();
    const onClose = vi.fn();
    render(<CardView card={lavrov} pinned onPin={onPin} onClose={onClose} />);
    const pin = screen.getByRole('button', { name: 'Pinned' });
    expect(pin.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(pin);
    expect(onPin).toHaveBeenCalledWith(false);
    fireEvent.click(screen.getByRole('button', { name: 'Close card' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('leaves out sections without data or callbacks', () => {
    const bare: EntityCard = { ...lavrov, role: undefined, summary: '', facts: [], related: [] };
    const { container } = render(<CardView card={bare} />);
    expect(container.querySelectorAll('section, button, .bs-card-role, .bs-card-why')).toHaveLength(
      0,
    );
  });
});
