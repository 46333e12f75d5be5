/**
 * Hover intent for cards: a card shows after the pointer has rested on a
 * mention for the delay, stays while the pointer travels into it, and hides
 * after a grace period once the pointer is on neither. Pure state and timers
 * (injected), so it is tested without a browser.
 */

export interface HoverIntentOptions<T> {
  /** Current hover delay in ms (a setting, may change). */
  delayMs: () => number;
  /** How long a card stays after the pointer left it and its mention. */
  graceMs: number;
  setTimer: (run: () => void, ms: number) => number;
  clearTimer: (id: number) => void;
  same: (a: T, b: T) => boolean;
  /** The pointer just arrived on a target: a good time to prefetch. */
  onStart: (target: T) => void;
  onShow: (target: T) => void;
  onHide: () => void;
}

export class HoverIntent<T> {
  private shown: T | null = null;
  private pending: T | null = null;
  private inCard = false;
  private showTimer: number | undefined;
  private hideTimer: number | undefined;

  constructor(private readonly o: HoverIntentOptions<T>) {}

  /** The target whose card is showing, if any. */
  get current(): T | null {
    return this.shown;
  }

  /** The pointer is over `target`, or over no mention (null). */
  over(target: T | null): void {
    if (target && this.shown && this.o.same(target, this.shown)) {
      this.cancelShow();
      this.cancelHide();
      return;
    }
    if (target && this.pending && this.o.same(target, this.pending)) return;
    this.cancelShow();
    if (!target) {
      if (this.shown && !this.inCard) this.scheduleHide();
      return;
    }
    this.pending = target;
    this.o.onStart(target);
    this.showTimer = this.o.setTimer(() => {
      this.showTimer = undefined;
      this.pending = null;
      this.show(target);
    }, this.o.delayMs());
  }

  enterCard(): void {
    this.inCard = true;
    this.cancelHide();
  }

  leaveCard(): void {
    this.inCard = false;
    if (this.shown) this.scheduleHide();
  }

  /** Shows `target` now (keyboard, selection). */
  show(target: T): void {
    this.cancelShow();
    this.cancelHide();
    this.shown = target;
    this.o.onShow(target);
  }

  /** Forgets the shown card and pending timers, without calling `onHide` (the caller closed it). */
  reset(): void {
    this.cancelShow();
    this.cancelHide();
    this.shown = null;
    this.inCard = false;
  }

  private scheduleHide(): void {
    if (this.hideTimer !== undefined) return;
    this.hideTimer = this.o.setTimer(() => {
      this.hideTimer = undefined;
      this.shown = null;
      this.o.onHide();
    }, this.o.graceMs);
  }

  private cancelShow(): void {
    if (this.showTimer !== undefined) this.o.clearTimer(this.showTimer);
    this.showTimer = undefined;
    this.pending = null;
  }

  private cancelHide(): void {
    if (this.hideTimer !== undefined) this.o.clearTimer(this.hideTimer);
    this.hideTimer = undefined;
  }
}
