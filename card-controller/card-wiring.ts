/**
 * How cards open: on hover (hit test per frame, hover intent, prefetch on
 * hover start), from the keyboard (next/previous mention: scroll, outline,
 * open with focus), from a selection that names an entity (an offer), and the
 * popup's reveal (scroll and flash).
 */
import type { Mention } from '../core/spotter';
import type { CardsClient } from '../messaging/cards-client';
import { rangeOf } from '../page/block-ranges';
import { UI_HOST_NAME } from '../page/element-kind';
import type { HighlightPainter } from '../page/highlight-painter';
import { mentionAtPoint } from '../page/hit-test';
import { HoverIntent } from '../page/hover-intent';
import type { Lifetime } from '../page/lifetime';
import type { DrawnMention } from '../page/mention-index';
import { scrollToRange, stepMention } from '../page/mention-nav';
import type { MentionView } from '../page/mention-view';
import type { PageScanner } from '../page/page-scanner';
import { themeAt } from '../page/page-theme';
import { watchPointer } from '../page/pointer-watch';
import { rangeReference } from '../page/range-reference';
import { entityForText, watchSelection, type TextSpotter } from '../page/selection-watch';
import type { Settings } from '../storage/settings';
import type { CardRequest } from './card-state';
import type { CardUi, CardUiOptions } from './card-ui';

export interface CardWiringOptions {
  doc: Document;
  /** Timers and listeners that end with the content script (see page/lifetime.ts). */
  lifetime: Lifetime;
  scanner: Pick<PageScanner, 'model'>;
  view: Pick<MentionView, 'hoverable' | 'navigable' | 'visible'>;
  painter: Pick<HighlightPainter, 'focus'> | undefined;
  spotter: TextSpotter;
  cards: Pick<CardsClient, 'prefetch'>;
  settings: () => Pick<Settings, 'hoverDelayMs'>;
  ui: (hooks: Pick<CardUiOptions, 'onPointerInCard' | 'onClosed'>) => CardUi;
}

const GRACE_MS = 350;
const FLASH_MS = 2000;

/** Wires the ways a card opens to the card UI `o.ui` makes; returns it, with reveal and step. */
export function wireCards(o: CardWiringOptions) {
  let point: { x: number; y: number } | undefined;
  let cursor: DrawnMention | null = null;
  let flash: number | undefined;
  const isOwnNode = (node: unknown) =>
    node instanceof Element && node.closest(UI_HOST_NAME) !== null;

  const request = (mention: Mention, range: Range, autoFocus: boolean): CardRequest => ({
    entityId: mention.entityId,
    name: mention.name,
    kind: mention.kind,
    reference: rangeReference(range),
    point: autoFocus ? undefined : point,
    theme: themeAt(range.startContainer.parentElement),
    why: { text: mention.text, alias: mention.alias, rule: mention.rule },
    autoFocus,
  });

  const ui = o.ui({
    onPointerInCard: (inside) => (inside ? intent.enterCard() : intent.leaveCard()),
    onClosed: () => {
      intent.reset();
      o.painter?.focus(null);
    },
  });

  const intent = new HoverIntent<DrawnMention>({
    delayMs: () => o.settings().hoverDelayMs,
    graceMs: GRACE_MS,
    setTimer: (run, ms) => o.lifetime.setTimeout(run, ms),
    clearTimer: (id) => o.lifetime.clearTimeout(id),
    same: (a, b) => a.linked === b.linked,
    onStart: (d) => o.cards.prefetch(d.linked.mention.entityId),
    onShow: (d) => {
      if (!ui.pinned) ui.show(request(d.linked.mention, d.range, false));
    },
    onHide: () => {
      if (!ui.pinned) ui.close();
    },
  });

  watchPointer<DrawnMention>({
    doc: o.doc,
    lifetime: o.lifetime,
    isOwn: isOwnNode,
    test: (x, y, target) => {
      point = { x, y };
      return mentionAtPoint(o.view.hoverable, o.doc, x, y, target);
    },
    onOver: (d) => intent.over(d),
    onCard: (inside) => (inside ? intent.enterCard() : intent.leaveCard()),
  });

  watchSelection({
    doc: o.doc,
    lifetime: o.lifetime,
    isOwn: isOwnNode,
    resolve: (text) =>
      entityForText(
        text,
        o.scanner.model.mentions().map((m) => m.mention),
        o.spotter,
      ),
    onChange: (selected) => {
      if (!selected || !o.view.visible) return ui.offer(null);
      const { mention, range } = selected;
      ui.offer({
        reference: rangeReference(range),
        theme: themeAt(range.startContainer.parentElement),
        request: request(mention, range, true),
      });
    },
  });

  /** Flashes `range` with the focus highlight for a moment. */
  const flashRange = (range: Range) => {
    o.painter?.focus(range);
    if (flash !== undefined) o.lifetime.clearTimeout(flash);
    flash = o.lifetime.setTimeout(() => {
      flash = undefined;
      if (!ui.isOpen) o.painter?.focus(null);
    }, FLASH_MS);
  };

  return {
    ui,
    /** Scrolls to and flashes the first mention of `entityId`; false when it is not on the page. */
    reveal(entityId: string): boolean {
      const first = o.scanner.model.mentions().find((m) => m.mention.entityId === entityId);
      if (!first) return false;
      const range = rangeOf(first.block, first.start, first.end);
      scrollToRange(range, window);
      flashRange(range);
      return true;
    },
    /** Moves to the next (1) or previous (-1) drawn mention and opens its card. */
    step(direction: 1 | -1): void {
      const next = stepMention(o.view.navigable, cursor, direction);
      if (!next) return;
      cursor = next;
      scrollToRange(next.range, window);
      o.painter?.focus(next.range);
      intent.reset();
      ui.show(request(next.linked.mention, next.range, true));
    },
  };
}
