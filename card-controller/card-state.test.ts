import { describe, expect, it } from 'vitest';
import {
  closeCard,
  goBack,
  NO_CARD,
  offerCard,
  openRelated,
  pinCard,
  showCard,
  withCardData,
  type CardState,
} from './card-state';
import { cardData, cardRequest } from './testing/card-requests';

const lavrov = { 'sergey-lavrov': { name: 'Sergey Lavrov', kind: 'person' as const } };
/** Kerry's card open with its data, which names Lavrov. */
const kerryOpen = (): CardState =>
  withCardData(
    showCard(NO_CARD, cardRequest('john-kerry')),
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
    const before: CardState = {
      ...pinCard(openRelated(kerryOpen(), 'sergey-lavrov'), true),
      offer,
    };
    const next = showCard(before, cardRequest('syria'));
    expect(next).toMatchObject({
      open: { entityId: 'syria', data: undefined },
      back: [],
      offer: null,
      pinned: true,
    });
  });

  it('takes data only for the open card, and only while it waits for it', () => {
    const open = showCard(NO_CARD, cardRequest('syria'));
    expect(withCardData(open, 'john-kerry', null)).toBe(open);
    const loaded = withCardData(open, 'syria', null);
    expect(loaded.open?.data).toBeNull();
    expect(withCardData(loaded, 'syria', cardData('syria'))).toBe(loaded);
  });

  it('opens a related card in place, named from the open card, with a step back to it', () => {
    const kerry = kerryOpen();
    const lavrovOpen = openRelated(kerry, 'sergey-lavrov');
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
    expect(openRelated(lavrovOpen, 'unnamed').open).toMatchObject({
      name: 'unnamed',
      kind: 'event',
    });

    const back = goBack(lavrovOpen);
    expect(back.open).toEqual({ ...kerry.open, autoFocus: true });
    expect(back.back).toEqual([]);
  });

  it('returns the same state when there is nothing to do', () => {
    expect(openRelated(NO_CARD, 'syria')).toBe(NO_CARD);
    const kerry = kerryOpen();
    expect(goBack(kerry)).toBe(kerry);
    expect(offerCard(NO_CARD, null)).toBe(NO_CARD);
  });

  it('closes and unpins, keeping an offer', () => {
    const closed = closeCard({ ...pinCard(kerryOpen(), true), offer });
    expect(closed).toEqual({ open: null, back: [], pinned: false, offer });
    expect(offerCard(closed, null).offer).toBeNull();
  });
});
