/**
 * Functions that run inside the demo page or popup (passed to `page.evaluate`):
 * where the first highlighted mention is, whether the card is open, whether the
 * popup has settled. No named inner functions: tsx would wrap them in a
 * `__name` helper that does not exist in the page.
 */

/** Center of the first highlighted mention in the article body (or anywhere), in viewport pixels. */
export function firstMentionPoint(): { x: number; y: number; text: string } | null {
  const ranges: Range[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('backstory-')) return;
    for (const r of highlight) if (r instanceof Range) ranges.push(r);
  });
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const inBody = (r: Range) =>
    r.startContainer.parentElement?.closest('article p:not(.standfirst)');
  const range = ranges.find(inBody) ?? ranges[0];
  const rect = range?.getClientRects()[0];
  if (!range || !rect) return null;
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: range.toString() };
}

/** True when `<backstory-ui>`'s shadow root shows something with a size (the hover card). */
export function cardIsOpen(): boolean {
  const root = document.querySelector('backstory-ui')?.shadowRoot;
  if (!root) return false;
  return [...root.querySelectorAll('*')].some((el) => {
    const box = el.getBoundingClientRect();
    return box.width > 40 && box.height > 40 && getComputedStyle(el).visibility !== 'hidden';
  });
}

/** The popup's rendered size and text, to wait until it stops changing. */
export function popupState(): { width: number; height: number; text: string } {
  const el = document.documentElement;
  return { width: el.scrollWidth, height: el.scrollHeight, text: document.body.innerText };
}
