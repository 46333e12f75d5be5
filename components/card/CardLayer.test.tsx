import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EntityCard } from '../../core/pack';
import { CardLayer, type CardLayerProps, type OpenCard } from './CardLayer';

afterEach(cleanup);

const reference = { getBoundingClientRect: () => new DOMRect(10, 10, 50, 16) };
const card: EntityCard = {
  id: 'vladimir-putin',
  kind: 'person',
  name: 'Vladimir Putin',
  aliases: [],
  summary: 'President of Russia.',
  facts: [],
  citations: [],
  related: [{ id: 'russia', count: 2, via: 'catalog' }],
  asOf: '2016-09-08',
  articles: [],
};
const open = (patch: Partial<OpenCard> = {}): OpenCard => ({
  entityId: 'vladimir-putin',
  name: 'Vladimir Putin',
  kind: 'person',
  reference,
  theme: 'light',
  autoFocus: false,
  data: undefined,
  ...patch,
});
function layer(patch: Partial<CardLayerProps>) {
  const props: CardLayerProps = {
    open: null,
    pinned: false,
    canGoBack: false,
    offer: null,
    onClose: vi.fn(),
    onPin: vi.fn(),
    onOpenRelated: vi.fn(),
    onBack: vi.fn(),
    onPointerEnter: vi.fn(),
    onPointerLeave: vi.fn(),
    onOpenOffer: vi.fn(),
    ...patch,
  };
  render(<CardLayer {...props} />);
  return props;
}

describe('CardLayer', () => {
  it('shows the name while the card loads, and says so when there is none', () => {
    layer({ open: open() });
    expect(screen.getByRole('dialog', { name: 'Vladimir Putin' }).textContent).toContain(
      'Loading…',
    );
    cleanup();
    layer({ open: open({ data: null }) });
    expect(screen.getByRole('dialog').textContent).toContain('No card for this name.');
  });

  it('shows the card with related entities that open their own card', () => {
    const props = layer({
      open: open({
        data: { card, names: { russia: { name: 'Russia', kind: 'country' } }, sources: {} },
      }),
      canGoBack: true,
    });
    expect(screen.getByRole('dialog', { name: 'Vladimir Putin' }).textContent).toContain(
      'President of Russia.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Russia' }));
    expect(props.onOpenRelated).toHaveBeenCalledWith('russia');
    fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    expect(props.onBack).toHaveBeenCalled();
  });

  it('offers a selection card only while no card is open', () => {
    const offer = { reference, theme: 'dark' as const, name: 'Syria' };
    const props = layer({ offer });
    fireEvent.click(screen.getByRole('button', { name: 'Backstory: Syria' }));
    expect(props.onOpenOffer).toHaveBeenCalled();
    cleanup();
    layer({ offer, open: open() });
    expect(screen.queryByRole('button', { name: 'Backstory: Syria' })).toBeNull();
  });
});
