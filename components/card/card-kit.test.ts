import { describe, expect, it } from 'vitest';
import { cardKit } from './card-kit';
import { cardCss } from './card-css';

describe('cardKit', () => {
  it('renders the card layer into a container and empties it again', () => {
    const container = document.createElement('div');
    cardKit.paint(container, {
      open: {
        entityId: 'john-kerry',
        name: 'John Kerry',
        kind: 'person',
        reference: { getBoundingClientRect: () => new DOMRect(10, 10, 50, 16) },
        theme: 'light',
        autoFocus: false,
        data: undefined,
      },
      pinned: false,
      canGoBack: false,
      offer: null,
      onClose: () => undefined,
      onPin: () => undefined,
      onOpenRelated: () => undefined,
      onBack: () => undefined,
      onPointerEnter: () => undefined,
      onPointerLeave: () => undefined,
      onOpenOffer: () => undefined,
    });
    expect(container.textContent).toContain('John Kerry');
    cardKit.paint(container, null);
    expect(container.textContent).toBe('');
  });

  it('carries the card style sheet', () => {
    expect(cardKit.css).toBe(cardCss);
  });
});
