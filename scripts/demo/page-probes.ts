/**
 * Functions that run inside the demo page or popup (passed to `page.evaluate`):
 * where the first highlighted mention is, whether the card is open, whether the
 * popup has settled. No named inner functions: tsx would wrap them in a
 * `__name` helper that does not exist in the page.
 */

/** Center of the first highlighted person in the article (else the first mention), in viewport pixels. */
export function firstMentionPoint(): { x: number; y: number; text: string } | null {
  const people: Range[] = [];
  const all: Range[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('backstory-')) return;
    for (const r of highlight) {
      if (!(r instanceof Range)) continue;
      all.push(r);
      if (name === 'backstory-person') people.push(r);
    }
  });
  for (const list of [people, all]) {
    list.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  }
  const range = people.find((r) => r.startContainer.parentElement?.closest('article')) ?? all[0];
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

/** Whether the open card shows its content: the card from the background, not "Loading…". */
export function cardIsLoaded(): boolean {
  const root = document.querySelector('backstory-ui')?.shadowRoot;
  return !!root?.querySelector('.bs-card-name') && !root.textContent?.includes('Loading…');
}

/**
 * The popup's size as a toolbar popup would get it (the document's width when
 * it may shrink to fit its content, and its height), and its text.
 */
export function popupState(): { width: number; height: number; text: string } {
  const root = document.documentElement;
  const before = root.style.width;
  root.style.width = 'fit-content';
  const box = root.getBoundingClientRect();
  root.style.width = before;
  return {
    width: Math.ceil(box.width),
    height: Math.ceil(box.height),
    text: document.body.innerText,
  };
}
