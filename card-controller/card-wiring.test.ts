import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { FOCUS_HIGHLIGHT, HighlightPainter } from '../page/highlight-painter';
import { trackedLifetime } from '../page/lifetime';
import { pointerMoveEvent } from '../page/pointer-watch';
import { MentionView } from '../page/mention-view';
import { fakeHighlightApi } from '../page/testing/fake-highlights';
import { fakeSpotter } from '../page/testing/fake-spotter';
import { spotPage } from '../page/testing/run-task';
import type { CardOffer, CardRequest } from './card-state';
import type { CardUi, CardUiOptions } from './card-ui';
import { wireCards } from './card-wiring';

let ctx: ContentScriptContext | undefined;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  ctx?.notifyInvalidated();
  vi.useRealTimers();
});

const allKinds = {
  person: true,
  organization: true,
  country: true,
  group: true,
  place: true,
  event: true,
};

/** Wires cards over a spotted page, with a card UI that records what it is asked. */
function setup(html = '<p id="a">John Kerry met Putin.</p><p id="b">Kerry flew to Syria.</p>') {
  const { model } = spotPage(html);
  ctx = new ContentScriptContext('test');
  const api = fakeHighlightApi();
  const painter = new HighlightPainter(api);
  const view = new MentionView(model, painter);
  view.configure({ density: 'all', kinds: allKinds, visible: true });
  const shown: CardRequest[] = [];
  const offers: (CardOffer | null)[] = [];
  const prefetched: string[] = [];
  let open = false;
  let closes = 0;
  const ui: CardUi & { pinnedNow: boolean } = {
    pinnedNow: false,
    show: (request) => {
      shown.push(request);
      open = true;
    },
    close: () => {
      closes++;
      open = false;
    },
    offer: (offer) => offers.push(offer),
    get isOpen() {
      return open;
    },
    get pinned() {
      return this.pinnedNow;
    },
  };
  let hooks: Pick<CardUiOptions, 'onPointerInCard' | 'onClosed'> | undefined;
  const wiring = wireCards({
    doc: document,
    lifetime: trackedLifetime(ctx),
    scanner: { model },
    view,
    painter,
    spotter: fakeSpotter(),
    cards: { prefetch: (id) => prefetched.push(id) },
    settings: () => ({ hoverDelayMs: 300 }),
    ui: (given) => ((hooks = given), ui),
  });
  /** The text of the range the focus highlight draws, or null. */
  const focused = () => api.entries.get(FOCUS_HIGHLIGHT)?.ranges.map(String)[0] ?? null;
  return {
    wiring,
    ui,
    view,
    shown,
    offers,
    prefetched,
    focused,
    hooks: () => hooks!,
    closes: () => closes,
  };
}

/** Only the mention whose text is `text` has a box, around (10..60, 10..26). */
function boxAround(text: string) {
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    return (String(this) === text ? [new DOMRect(10, 10, 50, 16)] : []) as unknown as DOMRectList;
  });
}
const move = (target: Element, x: number, y: number) =>
  target.dispatchEvent(
    new PointerEvent(pointerMoveEvent(window), { clientX: x, clientY: y, bubbles: true }),
  );
const $ = (id: string) => document.getElementById(id)!;

describe('wireCards: hover', () => {
  it('prefetches on arrival, opens after the hover delay, and closes after the grace period', () => {
    const { shown, prefetched, closes } = setup();
    boxAround('Putin');
    move($('a'), 20, 15);
    vi.advanceTimersByTime(20); // the pointer's frame
    expect(prefetched).toEqual(['vladimir-putin']);
    vi.advanceTimersByTime(250);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(shown).toMatchObject([
      {
        entityId: 'vladimir-putin',
        name: 'Vladimir Putin',
        kind: 'person',
        point: { x: 20, y: 15 },
        theme: 'light',
        why: { text: 'Putin', alias: 'Putin' },
        autoFocus: false,
      },
    ]);
    expect(shown[0]!.reference.getBoundingClientRect).toBeTypeOf('function');

    move($('a'), 200, 15); // off the mention
    vi.advanceTimersByTime(20 + 300);
    expect(closes()).toBe(0);
    vi.advanceTimersByTime(100);
    expect(closes()).toBe(1);
  });

  it('keeps the card while the pointer is in it, and a pinned card for good', () => {
    const { ui, shown, hooks, closes } = setup();
    boxAround('Putin');
    move($('a'), 20, 15);
    vi.advanceTimersByTime(400);
    hooks().onPointerInCard(true);
    move($('a'), 200, 15);
    vi.advanceTimersByTime(1000);
    expect(closes()).toBe(0);
    ui.pinnedNow = true;
    hooks().onPointerInCard(false);
    vi.advanceTimersByTime(1000);
    expect([shown.length, closes()]).toEqual([1, 0]);
  });

  it('opens nothing while highlights are hidden', () => {
    const { view, shown, prefetched } = setup();
    view.configure({ density: 'all', kinds: allKinds, visible: false });
    boxAround('Putin');
    move($('a'), 20, 15);
    vi.advanceTimersByTime(1000);
    expect([shown, prefetched]).toEqual([[], []]);
  });
});

describe('wireCards: keyboard', () => {
  it('steps through the drawn mentions, outlining each and opening its card with focus', () => {
    const { wiring, shown, focused } = setup();
    move($('a'), 5, 5); // the pointer's place is no card's place from the keyboard
    vi.advanceTimersByTime(20);
    wiring.step(1);
    expect(focused()).toBe('John Kerry');
    wiring.step(1);
    wiring.step(1);
    wiring.step(-1);
    expect(focused()).toBe('Putin');
    expect(shown.map((r) => [r.why?.text, r.autoFocus, r.point])).toEqual([
      ['John Kerry', true, undefined],
      ['Putin', true, undefined],
      ['Kerry', true, undefined],
      ['Putin', true, undefined],
    ]);
  });

  it('takes the outline away when the reader closes the card', () => {
    const { wiring, hooks, focused } = setup();
    wiring.step(1);
    hooks().onClosed();
    expect(focused()).toBeNull();
  });

  it('does nothing on a page without mentions', () => {
    const { wiring, shown } = setup('<p>Nothing here.</p>');
    wiring.step(1);
    expect(shown).toEqual([]);
  });
});

describe('wireCards: reveal', () => {
  it('flashes the first mention of an entity for two seconds', () => {
    const { wiring, focused } = setup();
    expect(wiring.reveal('syria')).toBe(true);
    expect(focused()).toBe('Syria');
    vi.advanceTimersByTime(1900);
    expect(wiring.reveal('john-kerry')).toBe(true); // a new flash starts the time again
    vi.advanceTimersByTime(1900);
    expect(focused()).toBe('John Kerry');
    vi.advanceTimersByTime(100);
    expect(focused()).toBeNull();
  });

  it('keeps the outline while a card is open', () => {
    const { wiring, focused } = setup();
    wiring.step(1);
    wiring.reveal('syria');
    vi.advanceTimersByTime(2000);
    expect(focused()).toBe('Syria');
  });

  it('answers false for an entity not on the page', () => {
    const { wiring, focused } = setup();
    expect(wiring.reveal('sergey-lavrov')).toBe(false);
    expect(focused()).toBeNull();
  });
});

describe('wireCards: selection', () => {
  const select = async (node: Node, start: number, end: number) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    await vi.advanceTimersByTimeAsync(400); // the spotter's answer comes in a promise
  };

  it('offers the card of a selected name, and takes the offer back', async () => {
    const { offers } = setup();
    // 0         1
    // 0123456789012345678901
    // Kerry flew to Syria.
    await select($('b').firstChild!, 14, 19); // "Syria"
    expect(offers).toMatchObject([
      { theme: 'light', request: { entityId: 'syria', autoFocus: true, why: { text: 'Syria' } } },
    ]);
    await select($('b').firstChild!, 0, 5); // "Kerry", linked on this page
    expect(offers.at(-1)).toMatchObject({ request: { entityId: 'john-kerry' } });
    await select($('b').firstChild!, 6, 10); // "flew"
    expect(offers.at(-1)).toBeNull();
  });

  it('offers nothing while highlights are hidden', async () => {
    const { view, offers } = setup();
    view.configure({ density: 'all', kinds: allKinds, visible: false });
    await select($('b').firstChild!, 14, 19); // "Syria"
    expect(offers).toEqual([null]);
  });
});
