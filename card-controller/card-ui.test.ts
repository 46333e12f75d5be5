import { afterEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardData, CardLayerProps } from '../components/card/CardLayer';
import { trackedLifetime } from '../page/lifetime';
import { createCardUi } from './card-ui';
import { cardData, cardRequest } from './testing/card-requests';

let ctx: ContentScriptContext | undefined;
afterEach(() => ctx?.notifyInvalidated());
const settle = () => new Promise((done) => setTimeout(done, 0));

function setup() {
  document.body.innerHTML = '<button id="before">before</button>';
  ctx = new ContentScriptContext('test');
  const container = document.createElement('div');
  let hosts = 0;
  const painted: (CardLayerProps | null)[] = [];
  /** The card data each `get` waits for, by entity id. */
  const pending = new Map<string, (data: CardData | null) => void>();
  const asked: string[] = [];
  /** Each "earlier" ask: its id and how many briefs up to the date, with its answer to give. */
  const earlier: { id: string; before: number; answer: (data: CardData | null) => void }[] = [];
  let closedByReader = 0;
  const pointer: boolean[] = [];
  const ui = createCardUi({
    doc: document,
    lifetime: trackedLifetime(ctx),
    host: () => {
      hosts++;
      return Promise.resolve(container);
    },
    kit: {
      paint: (into, props) => {
        expect(into).toBe(container);
        painted.push(props);
      },
    },
    cards: {
      get: (id) => {
        asked.push(id);
        return new Promise((done) => pending.set(id, done));
      },
      earlier: (id, before) => new Promise((answer) => earlier.push({ id, before, answer })),
    },
    pageDate: () => '2016-09-09',
    onPointerInCard: (inside) => pointer.push(inside),
    onClosed: () => closedByReader++,
  });
  const last = () => painted.at(-1)!;
  const load = async (id: string, data: CardData | null) => {
    pending.get(id)!(data);
    await settle();
  };
  return {
    ui,
    painted,
    last,
    load,
    asked,
    earlier,
    pointer,
    hosts: () => hosts,
    closedByReader: () => closedByReader,
  };
}
const escape = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));

/** Focuses `before`, then returns a way to move focus into the card's host. */
const focusSetup = () => {
  const before = document.getElementById('before')!;
  before.focus();
  const host = document.createElement('backstory-ui');
  host.tabIndex = 0;
  document.body.append(host);
  return { before, host, focusCard: () => host.focus() };
};

describe('createCardUi', () => {
  it('asks for the host only once there is something to show', async () => {
    const { ui, painted, hosts } = setup();
    ui.close();
    ui.offer(null);
    await settle();
    expect([hosts(), painted.length]).toEqual([0, 0]);

    ui.show(cardRequest('john-kerry'));
    await settle();
    expect(hosts()).toBe(1);
    ui.close();
    await settle();
    expect(painted.map((p) => p?.open?.entityId ?? null)).toEqual(['john-kerry', null]);
  });

  it('loads the card it opens, and paints its data when it comes', async () => {
    const { ui, last, load, asked } = setup();
    ui.show(cardRequest('john-kerry'));
    await settle();
    expect(asked).toEqual(['john-kerry']);
    expect(last()).toMatchObject({ open: { data: undefined }, pageDate: '2016-09-09' });
    expect(ui.isOpen).toBe(true);
    await load('john-kerry', cardData('john-kerry'));
    expect(last().open?.data).toEqual(cardData('john-kerry'));
  });

  it('asks for what came before, and shows it while that card is still open', async () => {
    const { ui, last, load, earlier } = setup();
    const timeline = {
      asOf: '2016-09-09',
      before: [9, 8, 7, 6, 5, 4],
      after: [],
      earlier: 40,
      later: 0,
    };
    const longer = { ...timeline, before: [9, 8, 7, 6, 5, 4, 3, 2, 1], earlier: 37 };
    ui.show(cardRequest('john-kerry'));
    await load('john-kerry', { ...cardData('john-kerry'), timeline, briefs: {} });
    last().onEarlier!();
    expect(earlier.map(({ id, before }) => [id, before])).toEqual([['john-kerry', 26]]);
    earlier[0]!.answer({ ...cardData('john-kerry'), timeline: longer, briefs: {} });
    await settle();
    expect(last().open?.data?.timeline).toEqual(longer);
    // An answer for a card no longer open is dropped.
    last().onEarlier!();
    ui.show(cardRequest('syria'));
    earlier[1]!.answer({ ...cardData('john-kerry'), timeline: longer, briefs: {} });
    await settle();
    expect(last().open).toMatchObject({ entityId: 'syria', data: undefined });
  });

  it('drops data that comes after another card opened', async () => {
    const { ui, last, load, painted } = setup();
    ui.show(cardRequest('john-kerry'));
    ui.show(cardRequest('syria'));
    await settle();
    const paints = painted.length;
    await load('john-kerry', cardData('john-kerry'));
    expect(painted.length).toBe(paints);
    await load('syria', null);
    expect(last().open).toMatchObject({ entityId: 'syria', data: null });
  });

  it('opens related cards in place and steps back to the one before', async () => {
    const { ui, last, load, asked } = setup();
    ui.show(cardRequest('john-kerry'));
    await load(
      'john-kerry',
      cardData('john-kerry', { 'sergey-lavrov': { name: 'Sergey Lavrov', kind: 'person' } }),
    );
    last().onOpenRelated('sergey-lavrov');
    await settle();
    expect(asked).toEqual(['john-kerry', 'sergey-lavrov']);
    expect(last()).toMatchObject({
      open: { name: 'Sergey Lavrov', autoFocus: true },
      canGoBack: true,
    });
    last().onBack();
    await settle();
    expect(last()).toMatchObject({
      open: { entityId: 'john-kerry', autoFocus: true },
      canGoBack: false,
    });
    expect(last().open?.data).toEqual(
      cardData('john-kerry', { 'sergey-lavrov': { name: 'Sergey Lavrov', kind: 'person' } }),
    );
  });

  it('closes on Escape and on its button, telling the wiring; not when the wiring closes it', async () => {
    const { ui, last, closedByReader } = setup();
    escape(); // nothing open: nothing to close
    ui.show(cardRequest('john-kerry'));
    escape();
    expect(ui.isOpen).toBe(false);
    ui.show(cardRequest('john-kerry'));
    await settle();
    last().onClose();
    ui.show(cardRequest('john-kerry'));
    ui.close();
    expect(closedByReader()).toBe(2);
  });

  it('does not give focus back for a card opened on hover', () => {
    const { ui } = setup();
    const { host, focusCard } = focusSetup();
    ui.show(cardRequest('john-kerry'));
    focusCard();
    escape();
    expect(document.activeElement).toBe(host);
  });

  it('gives focus back to where it was before the first card, through cards opened inside', () => {
    const { ui } = setup();
    const { before, focusCard } = focusSetup();
    ui.show(cardRequest('john-kerry', { autoFocus: true }));
    focusCard();
    ui.show(cardRequest('sergey-lavrov', { autoFocus: true }));
    escape();
    expect(document.activeElement).toBe(before);
  });

  it('leaves focus alone when it is not in the card', () => {
    const { ui } = setup();
    focusSetup();
    ui.show(cardRequest('john-kerry', { autoFocus: true }));
    const elsewhere = document.createElement('input');
    document.body.append(elsewhere);
    elsewhere.focus();
    escape();
    expect(document.activeElement).toBe(elsewhere);
  });

  it('pins until the card closes', async () => {
    const { ui, last } = setup();
    ui.show(cardRequest('john-kerry'));
    await settle();
    last().onPin(true);
    await settle();
    expect([ui.pinned, last().pinned]).toEqual([true, true]);
    ui.close();
    expect(ui.pinned).toBe(false);
  });

  it('shows a selection offer, and opens its card with focus', async () => {
    const { ui, last, asked } = setup();
    const request = cardRequest('syria', { name: 'Syria', theme: 'dark' });
    ui.offer({ reference: request.reference, theme: 'dark', request });
    await settle();
    expect(last()).toMatchObject({ open: null, offer: { name: 'Syria', theme: 'dark' } });
    last().onOpenOffer();
    await settle();
    expect(last()).toMatchObject({ open: { entityId: 'syria', autoFocus: true }, offer: null });
    expect(asked).toEqual(['syria']);
  });

  it('passes the pointer entering and leaving the card to the wiring', async () => {
    const { ui, last, pointer } = setup();
    ui.show(cardRequest('john-kerry'));
    await settle();
    last().onPointerEnter();
    last().onPointerLeave();
    expect(pointer).toEqual([true, false]);
  });
});
