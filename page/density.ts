/**
 * Which mentions are drawn: every one, or the first mention of each entity per
 * section. A section is a sectioning element (article, aside, nav…), cut
 * further by its headings: a heading starts a new section.
 */
import type { BlockMention } from './spot-blocks';
import type { TextBlock } from './text-blocks';

export type Density = 'first-per-section' | 'all';

/** The mentions to draw, in document order. */
export function selectDrawn(
  blocks: readonly TextBlock[],
  mentionsOf: (block: TextBlock) => readonly BlockMention[] | undefined,
  density: Density,
): BlockMention[] {
  const drawn: BlockMention[] = [];
  const headings = new Map<Element, number>();
  /** Per sectioning element: `<heading count>:<entity id>` already drawn. */
  const seen = new Map<Element, Set<string>>();
  for (const block of blocks) {
    if (block.heading && density !== 'all') {
      headings.set(block.section, (headings.get(block.section) ?? 0) + 1);
    }
    const mentions = mentionsOf(block);
    if (!mentions) continue;
    if (density === 'all') {
      drawn.push(...mentions);
      continue;
    }
    let keys = seen.get(block.section);
    if (!keys) seen.set(block.section, (keys = new Set()));
    const section = headings.get(block.section) ?? 0;
    for (const m of mentions) {
      const key = `${section}:${m.mention.entityId}`;
      if (keys.has(key)) continue;
      keys.add(key);
      drawn.push(m);
    }
  }
  return drawn;
}
