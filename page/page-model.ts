/**
 * The page as we last read it: its text blocks in document order and the
 * mentions linked in each. Updated wholesale by a full scan, or in place when
 * a few subtrees changed: blocks inside changed containers (or with removed
 * nodes) are dropped, and the recollected blocks are inserted where their
 * container sits in the document.
 */
import type { BlockMention } from './spot-blocks';
import type { TextBlock } from './text-blocks';

/** Blocks checked between two yields while dropping stale ones. */
const BLOCKS_PER_STEP = 256;

/** Keeps only the containers that are not inside another one of the set. */
export function topmostContainers(containers: Iterable<Element>, root: Element): Element[] {
  const set = new Set(containers);
  return [...set].filter((c) => {
    for (let el = c.parentElement; el && el !== root.parentElement; el = el.parentElement) {
      if (set.has(el)) return false;
    }
    return true;
  });
}

export class PageModel {
  private list: TextBlock[] = [];
  private byBlock = new Map<TextBlock, BlockMention[]>();
  /** Every element that held a block when it was read (so it was block-level then). */
  private containers = new WeakSet<Element>();
  private changes = 0;

  /** Goes up by one at each change of the blocks or mentions (views redraw when it moved). */
  get version(): number {
    return this.changes;
  }

  get blocks(): readonly TextBlock[] {
    return this.list;
  }

  /** Replaces everything (after a full scan). */
  reset(blocks: TextBlock[], mentions: readonly BlockMention[]): void {
    this.list = blocks;
    this.containers = new WeakSet(blocks.map((b) => b.container));
    this.setMentions(mentions);
  }

  /** True when `el` held a block when it was last read. */
  wasContainer(el: Element): boolean {
    return this.containers.has(el);
  }

  /** Replaces every block's mentions (after relinking the whole page). */
  setMentions(mentions: readonly BlockMention[]): void {
    this.byBlock = new Map();
    this.addMentions(mentions);
  }

  /** Adds mentions of blocks that were inserted since. */
  addMentions(mentions: readonly BlockMention[]): void {
    this.changes++;
    for (const m of mentions) {
      const list = this.byBlock.get(m.block);
      if (list) list.push(m);
      else this.byBlock.set(m.block, [m]);
    }
  }

  /** The mentions of one block, in order. */
  mentionsOf(block: TextBlock): readonly BlockMention[] | undefined {
    return this.byBlock.get(block);
  }

  /** Every mention, in document order. */
  mentions(): BlockMention[] {
    return this.list.flatMap((block) => this.byBlock.get(block) ?? []);
  }

  /**
   * Drops blocks inside any of `dirty` (topmost containers) or with a node no
   * longer in the document. Returns true when a dropped block had mentions.
   */
  *dropStale(dirty: readonly Element[], root: Element): Generator<void, boolean, void> {
    const dirtySet = new Set(dirty);
    const inside = new Map<Element, boolean>();
    const isInside = (el: Element): boolean => {
      const path: Element[] = [];
      let found = false;
      for (
        let cur: Element | null = el;
        cur && cur !== root.parentElement;
        cur = cur.parentElement
      ) {
        const known = inside.get(cur);
        if (known !== undefined) {
          found = known;
          break;
        }
        path.push(cur);
        if (dirtySet.has(cur)) {
          found = true;
          break;
        }
      }
      for (const p of path) inside.set(p, found);
      return found;
    };
    const kept: TextBlock[] = [];
    let lostMentions = false;
    for (let i = 0; i < this.list.length; i++) {
      const block = this.list[i]!;
      const stale =
        !block.container.isConnected ||
        block.nodes.some((n) => !n.isConnected) ||
        isInside(block.container);
      if (!stale) kept.push(block);
      else if (this.byBlock.delete(block)) lostMentions = true;
      if (i % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
    }
    if (kept.length !== this.list.length) this.changes++;
    this.list = kept;
    return lostMentions;
  }

  /** Inserts `blocks` (all inside `container`, in order) at the container's place. */
  insert(container: Element, blocks: readonly TextBlock[]): void {
    if (blocks.length === 0) return;
    this.changes++;
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      // A kept block's text is wholly before or after the container.
      const pos = container.compareDocumentPosition(this.list[mid]!.nodes[0]!);
      if (pos & Node.DOCUMENT_POSITION_PRECEDING) lo = mid + 1;
      else hi = mid;
    }
    this.list.splice(lo, 0, ...blocks);
    for (const block of blocks) this.containers.add(block.container);
  }
}
