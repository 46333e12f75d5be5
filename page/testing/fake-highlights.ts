/** An in-memory stand-in for `CSS.highlights` (happy-dom has none). */
import type { HighlightApi } from '../highlight-painter';

/** Set-like, as `Highlight` is; `ranges` reads its contents. */
export interface FakeHighlight {
  readonly ranges: AbstractRange[];
  priority: number;
}

class FakeHighlightImpl extends Set<AbstractRange> implements FakeHighlight {
  priority = 0;
  get ranges(): AbstractRange[] {
    return [...this];
  }
}

export function fakeHighlightApi(): HighlightApi & { entries: Map<string, FakeHighlight> } {
  const entries = new Map<string, FakeHighlight>();
  return {
    entries,
    registry: {
      set: (name: string, h: Highlight) =>
        entries.set(name, h as unknown as FakeHighlight) as never,
      delete: (name: string) => entries.delete(name),
    },
    create: (ranges) => new FakeHighlightImpl(ranges) as unknown as Highlight,
  };
}
