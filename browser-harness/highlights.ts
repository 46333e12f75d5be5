/**
 * Reads the CSS Custom Highlight registry of a page back into plain data. The
 * registry the content script fills is the document's own, so a script in the
 * page's main world sees it.
 */

/** One registered highlight: its name and the text of each of its ranges, in order. */
export interface HighlightRead {
  name: string;
  texts: string[];
}

/** Anything with Playwright's or Puppeteer's `evaluate(fn)`. */
export interface Evaluates {
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>;
}

/** Runs in the page: every highlight in `CSS.highlights`, ranges in document order. */
function collectHighlights(): HighlightRead[] {
  const reads: HighlightRead[] = [];
  CSS.highlights.forEach((highlight, name) => {
    const ranges = [...highlight].filter((r): r is Range => r instanceof Range);
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    reads.push({ name, texts: ranges.map((r) => r.toString()) });
  });
  return reads.sort((a, b) => a.name.localeCompare(b.name));
}

/** All highlights on the page, sorted by name. */
export async function readHighlights(page: Evaluates): Promise<HighlightRead[]> {
  return page.evaluate(collectHighlights);
}

/** Only Backstory's highlights (`backstory-<kind>`). */
export async function readBackstoryHighlights(page: Evaluates): Promise<HighlightRead[]> {
  return (await readHighlights(page)).filter((h) => h.name.startsWith('backstory-'));
}

/**
 * Polls until Backstory has at least one highlighted range (the content script
 * scans at idle time), and returns them. Throws after `timeoutMs`.
 */
export async function waitForBackstoryHighlights(
  page: Evaluates,
  timeoutMs = 10_000,
): Promise<HighlightRead[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reads = await readBackstoryHighlights(page);
    if (reads.some((h) => h.texts.length > 0)) return reads;
    if (Date.now() > deadline) {
      throw new Error(`no backstory-* highlight after ${timeoutMs} ms`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
