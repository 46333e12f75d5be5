/**
 * Which mentions are drawn: every one, or the first mention of each entity per
 * section. A section is a sectioning element (article, aside, nav…), cut
 * further by its headings: a heading starts a new section.
 */
import { drain, type Steps } from '../core/steps';
import type { BlockMention } from './spot-blocks';
import type { TextBlock } from './text-blocks';

export type Density = 'first-per-section' | 'all';

/** Sectioning elements: density counts mentions per section. */
const SECTION_SELECTOR =
  'article, section, main, aside, nav, header, footer, [role="main"], [role="article"]';

/**
 * The sectioning element `block` belongs to (the body when none): asked only of the blocks
 * that decide something (headings, and blocks with mentions), most blocks have neither.
 */
export function sectionOf(block: TextBlock): Element {
  const { container } = block;
  const doc = container.ownerDocument;
  return container.closest(SECTION_SELECTOR) ?? doc.body ?? doc.documentElement;
}

/** Blocks read between two yields. */
export const BLOCKS_PER_STEP = 256;

/** The mentions to draw, in document order. */
export function selectDrawn(
  blocks: readonly TextBlock[],
  mentionsOf: (block: TextBlock) => readonly BlockMention[] | undefined,
  density: Density,
): BlockMention[] {
  return drain(selectDrawnSteps(blocks, mentionsOf, density));
}

/** `selectDrawn` in steps of `BLOCKS_PER_STEP` blocks. */
export function* selectDrawnSteps(
  blocks: readonly TextBlock[],
  mentionsOf: (block: TextBlock) => readonly BlockMention[] | undefined,
  density: Density,
): Steps<BlockMention[]> {
  const drawn: BlockMention[] = [];
  const headings = new Map<Element, number>();
  /** Per sectioning element: `<heading count>:<entity id>` already drawn. */
  const seen = new Map<Element, Set<string>>();
  let read = 0;
  for (const block of blocks) {
    if (++read % BLOCKS_PER_STEP === 0) yield;
    // Looked up at most once per block, and only for a heading or a block with mentions.
    let section: Element | undefined;
    if (block.heading && density !== 'all') {
      section = sectionOf(block);
      headings.set(section, (headings.get(section) ?? 0) + 1);
    }
    const mentions = mentionsOf(block);
    if (!mentions) continue;
    if (density === 'all') {
      drawn.push(...mentions);
      continue;
    }
    section ??= sectionOf(block);
    let keys = seen.get(section);
    if (!keys) seen.set(section, (keys = new Set()));
    const part = headings.get(section) ?? 0;
    for (const m of mentions) {
      const key = `${part}:${m.mention.entityId}`;
      if (keys.has(key)) continue;
      keys.add(key);
      drawn.push(m);
    }
  }
  return drawn;
}
