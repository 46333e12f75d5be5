/**
 * Moving through mentions: scroll one into view (centered when it is off
 * screen) and step to the next or previous one from the current position,
 * starting from what is in view.
 */
import type { DrawnMention } from './mention-index';

/** Scrolls `range` into view, centered, unless it is already fully visible. */
export function scrollToRange(range: Range, view: Window): void {
  const inView = () => {
    const r = range.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= view.innerHeight && r.left >= 0 && r.right <= view.innerWidth;
  };
  if (inView()) return;
  const el = range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', inline: 'nearest' });
  if (inView()) return;
  const r = range.getBoundingClientRect();
  view.scrollBy(0, r.top - view.innerHeight / 2);
}

/**
 * The mention to go to from `current` in direction `step` (+1 / -1): the
 * neighbour in document order, wrapping around; without a current one, the
 * first mention at or below the top of the view (or the last above it).
 */
export function stepMention(
  list: readonly DrawnMention[],
  current: DrawnMention | null,
  step: 1 | -1,
): DrawnMention | null {
  if (list.length === 0) return null;
  const at = current ? list.findIndex((d) => d.linked === current.linked) : -1;
  if (at >= 0) return list[(at + step + list.length) % list.length]!;
  const below = list.findIndex((d) => d.range.getBoundingClientRect().bottom > 0);
  if (step === 1) return list[below >= 0 ? below : 0]!;
  return list[below > 0 ? below - 1 : list.length - 1]!;
}
