/** An in-memory stand-in for `CSS.highlights` (happy-dom has none). */
import type { HighlightApi } from '../highlight-painter';

export interface FakeHighlight {
  ranges: AbstractRange[];
  priority: number;
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
    create: (ranges) => ({ ranges, priority: 0 }) as unknown as Highlight,
  };
}
