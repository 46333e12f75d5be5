/**
 * Draws mentions with the CSS Custom Highlight API: one `Highlight` per kind,
 * registered as `backstory-<kind>` (styled by `::highlight()` rules in the
 * content script's stylesheet), plus `backstory-focus` for the mention the
 * keyboard or a reveal points at. Nothing in the page's DOM changes.
 */
import { HIGHLIGHT_KINDS, type HighlightKind } from '../core/pack';

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

export class HighlightPainter {
  private painted = new Map<string, Highlight>();

  constructor(private readonly api: HighlightApi) {}

  /**
   * Replaces every kind's ranges; kinds left out (or empty) are unregistered.
   * A kind already registered keeps its Highlight and has its ranges swapped,
   * so the registry itself changes only when a kind appears or goes.
   */
  paint(byKind: ReadonlyMap<HighlightKind, AbstractRange[]>): void {
    for (const kind of HIGHLIGHT_KINDS) {
      const name = highlightName(kind);
      const ranges = byKind.get(kind) ?? [];
      const current = this.painted.get(name);
      if (ranges.length === 0) {
        if (current) this.unregister(name);
      } else if (current) {
        current.clear();
        for (const range of ranges) current.add(range);
      } else {
        this.register(name, this.api.create(ranges));
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
    for (const name of [...this.painted.keys()]) this.unregister(name);
  }

  private register(name: string, highlight: Highlight): void {
    this.api.registry.set(name, highlight);
    this.painted.set(name, highlight);
  }

  private unregister(name: string): void {
    this.api.registry.delete(name);
    this.painted.delete(name);
  }
}
