/**
 * Collects the visible text of a subtree as blocks: runs of inline text
 * between block boundaries, each with the Text nodes it is made of. A name may
 * run across inline elements (`<b>John</b> Kerry`) but never across a block.
 *
 * The walk is a generator that yields every few nodes, so a scheduler can cut
 * it into slices; it uses no recursion, so deep nesting cannot overflow.
 */
import {
  classifyElement,
  computedStyleProbe,
  type ElementKind,
  type StyleProbe,
} from './element-kind';
import { AFTER_FRAME, type SliceTask } from './slice-runner';
import { findTexts, QUERIED, textQueries, type TextQueries } from './text-finder';

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

/** How a walk sees an element: shown or not, and the block its inline text belongs to. */
interface Shown {
  shown: boolean;
  container: Element;
}

/**
 * Elements classified once per walk, each from its parent's result: the
 * text of a page shares its ancestors. An element under a hidden or skipped
 * one is not shown and its style is never read.
 */
class Visibility {
  private readonly known = new Map<Element, Shown>();
  private readonly kinds = new Map<Element, ElementKind>();
  private classified = 0;

  constructor(
    root: Element,
    private readonly probe: StyleProbe,
  ) {
    this.known.set(root, { shown: true, container: root });
  }

  /** How `el` is seen; undefined when it is not under the root (or null). */
  of(el: Element | null): Shown | undefined {
    const chain: Element[] = [];
    let at = el;
    let shown: Shown | undefined;
    for (; at; at = at.parentElement) {
      shown = this.known.get(at);
      if (shown) break;
      chain.push(at);
    }
    if (!shown) return undefined; // outside root
    for (let i = chain.length - 1; i >= 0; i--) {
      const el = chain[i]!;
      if (shown.shown) {
        const kind = this.kindOf(el);
        shown =
          kind === 'inline'
            ? { shown: true, container: shown.container }
            : { shown: kind === 'block', container: el };
      }
      this.known.set(el, shown);
    }
    return shown;
  }

  /** Elements classified since the last call (work done, for steps). */
  takeClassified(): number {
    const n = this.classified;
    this.classified = 0;
    return n;
  }

  /**
   * The kind of `el`, classified once per walk: the walk between two texts
   * meets the inline ancestors of the second, which `of` already read.
   */
  kindOf(el: Element): ElementKind {
    let kind = this.kinds.get(el);
    if (kind === undefined) {
      kind = classifyElement(el, this.probe);
      this.kinds.set(el, kind);
      this.classified++;
    }
    return kind;
  }
}

/**
 * Appends the blocks of `root`'s visible text to `out`, in document order.
 *
 * Only the Text nodes that hold more than white space are found, natively
 * (see text-finder.ts), with their ancestors; the nodes between two of them
 * are walked only when both are in one block, where white space and inline
 * boundaries between them count. White space between blocks is never read,
 * so a block starts and ends with text.
 *
 * The page may change between two steps: text that left the document is
 * dropped with the block it was read into, and text added to a part already
 * read is left to the caller's change tracking (PageScanner reads it next).
 */
export function* collectBlocks(
  root: Element,
  out: TextBlock[],
  probe: StyleProbe = computedStyleProbe,
  queries: TextQueries = textQueries(root.ownerDocument),
): SliceTask<void> {
  const builder = new BlockBuilder();
  const seen = new Visibility(root, probe);
  const first = out.length;
  // A detached root (read before it is inserted) cannot lose nodes to the page.
  const live = root.isConnected;
  const gone = (node: Node) => live && !node.isConnected;
  /** A container whose text left the page while it was read: the rest of it is not read. */
  let dropped: Element | null = null;
  /** Whether a block's first or last text left the page (checked in constant time). */
  const broken = (nodes: readonly Text[]) =>
    nodes.length > 0 && (gone(nodes[0]!) || gone(nodes[nodes.length - 1]!));
  /**
   * After a pause, drops the block being read if its text left the page. A
   * node removed from its middle is left to change tracking, which reads the
   * container again (as it does for any change behind the walk).
   */
  const checkBuilder = () => {
    if (!broken(builder.nodes)) return;
    dropped = builder.container;
    builder.reset();
  };
  /** Texts read: a node the page moves into a part not read yet is not read twice. */
  const read = new WeakSet<Text>();
  let last: Text | null = null;
  let work = 0;
  for (const found of findTexts(root, queries)) {
    if (found === QUERIED) {
      yield AFTER_FRAME;
      checkBuilder();
      continue;
    }
    const place = gone(found) || read.has(found) ? undefined : seen.of(found.parentElement);
    if (place?.shown && place.container !== dropped) {
      dropped = null;
      if (builder.container !== place.container) builder.flush(out, root);
      else if (last) {
        yield* walkBetween(last, found, place.container, { builder, seen, out, root, gone });
        checkBuilder();
      }
      builder.add(found, place.container);
      read.add(found);
      last = found;
    }
    work += 1 + seen.takeClassified();
    if (work >= NODES_PER_STEP) {
      work = 0;
      yield AFTER_FRAME; // the next nodes' computed style is read
      checkBuilder();
    }
  }
  builder.flush(out, root);
  // Blocks read before a part of the page left it.
  let kept = first;
  for (let i = first; i < out.length; i++) if (!broken(out[i]!.nodes)) out[kept++] = out[i]!;
  out.length = kept;
}

interface Reading {
  builder: BlockBuilder;
  seen: Visibility;
  out: TextBlock[];
  root: Element;
  gone: (node: Node) => boolean;
}

/**
 * Walks the nodes strictly between two texts of one container, as the text
 * of that container runs: white space in inline elements joins the block,
 * and a block-level, skipped or line-break element between them ends it.
 * Returns early when the page changed so that `to` is no longer ahead.
 */
function* walkBetween(
  from: Text,
  to: Text,
  container: Element,
  { builder, seen, out, root, gone }: Reading,
): SliceTask<void> {
  /** The node after `at`'s subtree, inside `container`. */
  const after = (at: Node): Node | null => {
    let cur: Node | null = at;
    while (cur && cur !== container && !cur.nextSibling) cur = cur.parentNode;
    return !cur || cur === container ? null : cur.nextSibling;
  };
  let node = after(from);
  let visited = 0;
  while (node && node !== to) {
    let descend = false;
    if (node.nodeType === Node.TEXT_NODE) {
      if ((node as Text).data.length > 0) builder.add(node as Text, container);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const kind = seen.kindOf(node as Element);
      if (kind === 'inline') descend = true;
      else if (kind !== 'hidden') builder.flush(out, root);
    }
    node = descend && node.firstChild ? node.firstChild : after(node);
    if (++visited % NODES_PER_STEP === 0) {
      yield AFTER_FRAME;
      if (node && gone(node)) node = null;
    }
  }
  if (node !== to) builder.flush(out, root); // the page changed: end the block here
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
