import { describe, expect, it } from 'vitest';
import * as card from './card-state';
import { cardData, cardRequest } from './testing/card-requests';

const lavrov = { 'sergey-lavrov': { name: 'Sergey Lavrov', kind: 'person' as const } };
/** Kerry's card open with its data, which names Lavrov. */
const kerryOpen = (): card.CardState =>
  card.withCardData(
    card.showCard(card.NO_CARD, cardRequest('john-kerry')),
    'john-kerry',
    cardData('john-kerry', lavrov),
  );
const offer = {
  reference: cardRequest('x').reference,
  theme: 'dark' as const,
  request: cardRequest('syria'),
};

describe('card state', () => {
  it('opens a card without its data, dropping the back steps and the offer but not the pin', () => {
    const before: card.CardState = {
      ...card.pinCard(card.openRelated(kerryOpen(), 'sergey-lavrov'), true),
      offer,
    };
    const next = card.showCard(before, cardRequest('syria'));
    expect(next).toMatchObject({
      open: { entityId: 'syria', data: undefined },
      back: [],
      offer: null,
      pinned: true,
    });
  });

  it('takes data only for the open card, and only while it waits for it', () => {
    const open = card.showCard(card.NO_CARD, cardRequest('syria'));
    expect(card.withCardData(open, 'john-kerry', null)).toBe(open);
    const loaded = card.withCardData(open, 'syria', null);
    expect(loaded.open?.data).toBeNull();
    expect(card.withCardData(loaded, 'syria', cardData('syria'))).toBe(loaded);
  });

  it('opens a related card in place, named from the open card, with a step back to it', () => {
    const kerry = kerryOpen();
    const lavrovOpen = card.openRelated(kerry, 'sergey-lavrov');
    expect(lavrovOpen.open).toMatchObject({
      entityId: 'sergey-lavrov',
      name: 'Sergey Lavrov',
      kind: 'person',
      autoFocus: true,
      why: undefined,
      data: undefined,
      reference: kerry.open!.reference,
    });
    expect(lavrovOpen.back).toEqual([kerry.open]);
    expect(card.openRelated(lavrovOpen, 'unnamed').open).toMatchObject({
      name: 'unnamed',
      kind: 'event',
    });

    const back = card.goBack(lavrovOpen);
    expect(back.open).toEqual({ ...kerry.open, autoFocus: true });
    expect(back.back).toEqual([]);
  });

  it('returns the same state when there is nothing to do', () => {
    expect(card.openRelated(card.NO_CARD, 'syria')).toBe(card.NO_CARD);
    const kerry = kerryOpen();
    expect(card.goBack(kerry)).toBe(kerry);
    expect(card.offerCard(card.NO_CARD, null)).toBe(card.NO_CARD);
  });

  it('closes and unpins, keeping an offer', () => {
    const closed = card.closeCard({ ...card.pinCard(kerryOpen(), true), offer });
    expect(closed).toEqual({ open: null, back: [], pinned: false, offer });
    expect(card.offerCard(closed, null).offer).toBeNull();
  });
});
