/**
 * Baselines that run inside the page (passed to `page.evaluate`, so each
 * function is self-contained): the floor, a bare TreeWalker pass that reads
 * every text node, and mark.js highlighting an alias list. Each returns its
 * main-thread time measured in the page and marks its span as a User Timing
 * measure named `bench-op`, so a trace can find its task and next frame.
 */

export interface OpResult {
  ms: number;
  /** Text nodes read (walk) or `<mark>` elements made (mark.js). */
  count: number;
  chars: number;
  /** The mean of repeated passes (the walk with `minMs`). */
  meanMs?: number;
}

/**
 * The floor: reads every text node of the body once (`ms`, the first, cold
 * pass). With `minMs`, walks again until that much time has passed and also
 * gives the mean pass (`meanMs`): for browsers whose clock is coarse (Firefox
 * rounds `performance.now()` to 1 ms on pages that are not cross-origin isolated).
 */
export function bareWalk(minMs: number): OpResult {
  const t0 = performance.now();
  let ms = 0;
  let passes = 0;
  let read: { count: number; chars: number };
  do {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let count = 0;
    let chars = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      count++;
      chars += (node as Text).data.length;
    }
    read = { count, chars };
    if (++passes === 1) ms = performance.now() - t0;
  } while (performance.now() - t0 < minMs);
  const meanMs = (performance.now() - t0) / passes;
  performance.measure('bench-op', { start: t0 });
  return { ms, meanMs, ...read };
}

/** The slice of mark.js's API the benches call. */
interface MarkJs {
  markRegExp(re: RegExp, options?: object): void;
  mark(keywords: string[], options?: object): void;
}
type MarkConstructor = new (context: Element) => MarkJs;

/** mark.js `markRegExp` with one alternation (`source`, `flags` of a RegExp). */
export function markRegExpRun({ source, flags }: { source: string; flags: string }): OpResult {
  const Mark = (globalThis as unknown as { Mark: MarkConstructor }).Mark;
  const re = new RegExp(source, flags);
  const t0 = performance.now();
  let count = 0;
  new Mark(document.body).markRegExp(re, { each: () => void count++ });
  const ms = performance.now() - t0;
  performance.measure('bench-op', { start: t0 });
  return { ms, count, chars: 0 };
}

/** mark.js `mark(array)`: one search per keyword, whole words, case as written. */
export function markArrayRun({ keywords }: { keywords: string[] }): OpResult {
  const Mark = (globalThis as unknown as { Mark: MarkConstructor }).Mark;
  const t0 = performance.now();
  let count = 0;
  new Mark(document.body).mark(keywords, {
    separateWordSearch: false,
    caseSensitive: true,
    diacritics: false,
    accuracy: {
      value: 'exactly',
      limiters: [',', '.', ':', ';', '!', '?', '"', "'", '’', '“', '”', '(', ')', '-'],
    },
    each: () => void count++,
  });
  const ms = performance.now() - t0;
  performance.measure('bench-op', { start: t0 });
  return { ms, count, chars: 0 };
}

/** The text of every `<mark>` mark.js made, in document order. */
export function markedTexts(): string[] {
  return [...document.querySelectorAll('mark[data-markjs]')].map((m) => m.textContent ?? '');
}

/** Resolves after the next frame's rendering (for a pause between operations). */
export function nextFrame(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
}

/** The vertical middle of each line of highlighted text in the viewport, top to bottom. */
export function highlightLines(): number[] {
  const ys = new Set<number>();
  CSS.highlights.forEach((highlight) => {
    for (const range of highlight) {
      if (!(range instanceof Range)) continue;
      for (const rect of range.getClientRects()) {
        if (rect.bottom > 0 && rect.top < innerHeight)
          ys.add(Math.round(rect.top + rect.height / 2));
      }
    }
  });
  return [...ys].sort((a, b) => a - b);
}

/** Page scripts for the hover baselines, each named by its `sourceURL` so a trace tells them apart. */
export const HOVER_LISTENERS = {
  /** The floor of hit testing: one `caretPositionFromPoint` per pointer move. */
  floor: `document.addEventListener('pointermove',
  (event) => void document.caretPositionFromPoint(event.clientX, event.clientY),
  { capture: true, passive: true });
//# sourceURL=bench-hover-floor.js`,
  /** What any listener costs: one that does nothing. */
  empty: `document.addEventListener('pointermove', () => {}, { capture: true, passive: true });
//# sourceURL=bench-hover-empty.js`,
};
