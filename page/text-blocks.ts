/**
 * Collects the visible text of a subtree as blocks: runs of inline text
 * between block boundaries, each with the Text nodes it is made of. A name may
 * run across inline elements (`<b>John</b> Kerry`) but never across a block.
 *
 * The walk is a generator that yields every few nodes, so a scheduler can cut
 * it into slices; it uses no recursion, so deep nesting cannot overflow.
 */
import { classifyElement, computedStyleProbe, type StyleProbe } from './element-kind';
import { AFTER_FRAME, type SliceTask } from './slice-runner';

export interface TextBlock {
  /** The block-level element whose inline content this block is. */
  container: Element;
  /** The sectioning element the block belongs to (density counts per section). */
  section: Element;
  /** True when the block is (inside) a heading, which starts a new section. */
  heading: boolean;
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  text: string;
}

const SECTIONING = new Set(['article', 'section', 'main', 'aside', 'nav', 'header', 'footer']);
const SECTIONING_ROLES = new Set(['main', 'article']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Where an element sits: its nearest sectioning ancestor-or-self, and whether it is in a heading. */
interface Place {
  section: Element | null;
  heading: boolean;
}

/**
 * Places of elements, each worked out once per walk from its parent's: the
 * blocks of a page share their ancestors, so this costs one visit per
 * ancestor instead of two selector lookups up the whole chain per block.
 */
class Places {
  private readonly known = new Map<Element, Place>();

  of(el: Element): Place {
    const chain: Element[] = [];
    let place: Place = { section: null, heading: false };
    for (let at: Element | null = el; at; at = at.parentElement) {
      const known = this.known.get(at);
      if (known) {
        place = known;
        break;
      }
      chain.push(at);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const at = chain[i]!;
      const role = at.getAttribute('role');
      const sectioning =
        SECTIONING.has(at.localName) || (role !== null && SECTIONING_ROLES.has(role));
      place = {
        section: sectioning ? at : place.section,
        heading: place.heading || HEADINGS.has(at.localName),
      };
      this.known.set(at, place);
    }
    return place;
  }
}
/** Nodes visited between two yields. */
const NODES_PER_STEP = 32;

class BlockBuilder {
  nodes: Text[] = [];
  starts: number[] = [];
  parts: string[] = [];
  length = 0;
  container: Element | null = null;
  private readonly places = new Places();

  add(node: Text, container: Element): void {
    if (this.nodes.length === 0) this.container = container;
    this.nodes.push(node);
    this.starts.push(this.length);
    this.parts.push(node.data);
    this.length += node.data.length;
  }

  reset(): void {
    this.nodes = [];
    this.starts = [];
    this.parts = [];
    this.length = 0;
    this.container = null;
  }

  /** Emits the current block (if it has any non-space text) and starts anew. */
  flush(out: TextBlock[], root: Element): void {
    const container = this.container;
    if (container && this.parts.some((p) => /\S/.test(p))) {
      const place = this.places.of(container);
      out.push({
        container,
        section: place.section ?? root.ownerDocument.body ?? root,
        heading: place.heading,
        nodes: this.nodes,
        starts: this.starts,
        text: this.parts.join(''),
      });
    }
    this.reset();
  }
}

/**
 * Appends the blocks of `root`'s visible text to `out`, in document order.
 *
 * The page may change between two steps. When the node the walk stands on has
 * left the document, the walk drops what it read of the innermost container
 * still in the document and reads that container again from its start.
 */
export function* collectBlocks(
  root: Element,
  out: TextBlock[],
  probe: StyleProbe = computedStyleProbe,
): SliceTask<void> {
  const builder = new BlockBuilder();
  const containers: Node[] = [root];
  const emitted: number[] = [out.length];
  const top = () => containers[containers.length - 1]!;
  const leave = () => {
    builder.flush(out, root);
    containers.pop();
    emitted.pop();
  };
  let node: Node | null = root.firstChild;
  let visited = 0;
  while (node) {
    let descend = false;
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text;
      if (text.data.length > 0) builder.add(text, top() as Element);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const kind = classifyElement(node as Element, probe);
      if (kind === 'inline') descend = true;
      else if (kind !== 'hidden') builder.flush(out, root);
      if (kind === 'block' && node.firstChild) {
        containers.push(node);
        emitted.push(out.length);
        descend = true;
      }
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
    } else {
      while (node && node !== root && !node.nextSibling) {
        node = node.parentNode; // null only when the page moved it out of root
        if (node === top() && node !== root) leave();
      }
      node = !node || node === root ? null : node.nextSibling;
    }
    if (++visited % NODES_PER_STEP === 0) {
      yield AFTER_FRAME; // the next nodes' computed style is read
      if (node && !node.isConnected && root.isConnected) {
        builder.reset();
        while (containers.length > 1 && !top().isConnected) {
          containers.pop();
          emitted.pop();
        }
        out.length = emitted[emitted.length - 1]!;
        node = top().firstChild;
      }
    }
  }
  builder.flush(out, root);
}

/**
 * The element whose blocks must be recollected when `node` changed: its
 * nearest block-level ancestor-or-self inside `root` (or `root` itself).
 * Null when the node is not shown (a hidden or skipped ancestor) or detached.
 */
export function blockContainerOf(
  node: Node,
  root: Element,
  probe: StyleProbe = computedStyleProbe,
): Element | null {
  if (!root.contains(node)) return null;
  let found: Element | null = null;
  for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
    if (el === root) return found ?? root;
    const kind = classifyElement(el, probe);
    if (kind === 'hidden' || kind === 'skip') return null;
    if (kind === 'block' && !found) found = el;
  }
  return null;
}

/**
 * Index of the first block whose first line ends below `y` (viewport px), by
 * binary search: blocks mostly run down the page in document order. It reads
 * log2(n) boxes of a page laid out at its last frame; a hit test under the
 * point instead took 3–6 ms on large pages.
 */
export function blockAtHeight(blocks: readonly TextBlock[], y: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const box = blocks[mid]!.nodes[0]!.parentElement?.getBoundingClientRect();
    if (box && box.bottom < y) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}
