/**
 * Draws mentions with the CSS Custom Highlight API: one `Highlight` per kind,
 * registered as `backstory-<kind>` (styled by `::highlight()` rules in the
 * content script's stylesheet), plus `backstory-focus` for the mention the
 * keyboard or a reveal points at. Nothing in the page's DOM changes.
 */
import { HIGHLIGHT_KINDS, type HighlightKind } from '../core/pack';
import type { Steps } from '../core/steps';

/** The name a kind's highlight is registered under. */
export const highlightName = (kind: HighlightKind) => `backstory-${kind}`;
export const FOCUS_HIGHLIGHT = 'backstory-focus';

/** The parts of `CSS.highlights` and `Highlight` the painter uses. */
export interface HighlightApi {
  registry: Pick<HighlightRegistry, 'set' | 'delete'>;
  create: (ranges: AbstractRange[]) => Highlight;
}

/** The browser's registry, or undefined where the API is missing. */
export function browserHighlightApi(): HighlightApi | undefined {
  if (typeof CSS === 'undefined' || !CSS.highlights || typeof Highlight !== 'function') {
    return undefined;
  }
  return { registry: CSS.highlights, create: (ranges) => new Highlight(...ranges) };
}

/**
 * Ranges added between two yields. Firefox adds a range to a registered
 * highlight in 5 to 9 µs (1,500 at once took 7 to 13 ms); Chromium is faster.
 */
export const RANGES_PER_STEP = 128;
/**
 * Drawn ranges that go are deleted one by one up to this many; more, and the
 * kind is cleared and drawn again. Firefox deletes in time that grows with
 * the highlight's size (750 of 1,500: 200 ms), while clearing is cheap.
 */
export const MAX_SINGLE_DELETES = 8;

/** A registered highlight, with the ranges we put in it (read back from our own record, not the Highlight). */
interface Painted {
  highlight: Highlight;
  ranges: Set<AbstractRange>;
}

export class HighlightPainter {
  private painted = new Map<string, Painted>();
  /** Counts paints started: one overtaken by a later one stops. */
  private started = 0;

  constructor(private readonly api: HighlightApi) {}

  /**
   * Replaces every kind's ranges, in steps of `RANGES_PER_STEP` ranges; kinds
   * left out (or empty) are unregistered. A kind already registered keeps
   * its Highlight: ranges it already draws stay (no flicker, no cost), new
   * ones are added, and those that go are deleted (or, when many go, the
   * kind is cleared and drawn again). A paint overtaken by a later one stops
   * at its next step; the later one starts from what is drawn.
   */
  *paintSteps(byKind: ReadonlyMap<HighlightKind, AbstractRange[]>): Steps<void> {
    const run = ++this.started;
    for (const kind of HIGHLIGHT_KINDS) {
      const name = highlightName(kind);
      const ranges = byKind.get(kind) ?? [];
      let current = this.painted.get(name);
      if (ranges.length === 0) {
        if (current) this.unregister(name);
        continue;
      }
      if (current) this.dropMissing(current, ranges);
      else current = this.register(name, this.api.create([]));
      for (let from = 0; from < ranges.length; from += RANGES_PER_STEP) {
        if (from > 0) {
          yield;
          if (run !== this.started || this.painted.get(name) !== current) return;
        }
        const to = Math.min(ranges.length, from + RANGES_PER_STEP);
        for (let i = from; i < to; i++) {
          const range = ranges[i]!;
          if (current.ranges.has(range)) continue;
          current.highlight.add(range);
          current.ranges.add(range);
        }
      }
    }
  }

  /** Removes from `current` the ranges not in `next`. */
  private dropMissing(current: Painted, next: readonly AbstractRange[]): void {
    const keep = new Set(next);
    const gone: AbstractRange[] = [];
    for (const range of current.ranges) {
      if (!keep.has(range) && gone.push(range) > MAX_SINGLE_DELETES) break;
    }
    if (gone.length > MAX_SINGLE_DELETES) {
      current.highlight.clear();
      current.ranges.clear();
    } else {
      for (const range of gone) {
        current.highlight.delete(range);
        current.ranges.delete(range);
      }
    }
  }

  /** Outlines one range above the others, or removes the outline. */
  focus(range: AbstractRange | null): void {
    if (range) {
      const highlight = this.api.create([range]);
      highlight.priority = 1;
      this.register(FOCUS_HIGHLIGHT, highlight);
    } else if (this.painted.has(FOCUS_HIGHLIGHT)) {
      this.unregister(FOCUS_HIGHLIGHT);
    }
  }

  /** Unregisters everything we registered. */
  clear(): void {
    this.started++;
    for (const name of [...this.painted.keys()]) this.unregister(name);
  }

  private register(name: string, highlight: Highlight): Painted {
    this.api.registry.set(name, highlight);
    const painted = { highlight, ranges: new Set<AbstractRange>() };
    this.painted.set(name, painted);
    return painted;
  }

  private unregister(name: string): void {
    this.api.registry.delete(name);
    this.painted.delete(name);
  }
}
