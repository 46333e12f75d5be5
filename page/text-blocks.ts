/**
 * Collects the visible text of a subtree as blocks: runs of inline text
 * between block boundaries, each with the Text nodes it is made of. A name may
 * run across inline elements (`<b>John</b> Kerry`) but never across a block.
 *
 * The walk is a generator that yields every few nodes, so a scheduler can cut
 * it into slices; it uses no recursion, so deep nesting cannot overflow.
 */
import {
  checkVisibilityProbe,
  classifyElement,
  computedStyleProbe,
  type ElementKind,
  hidesByMarkup,
  type RenderProbe,
  type StyleProbe,
} from './element-kind';
import { AFTER_FRAME, type SliceTask } from './slice-runner';
import { findTexts, QUERIED, textQueries, type TextQueries } from './text-finder';

export interface TextBlock {
  /** The block-level element whose inline content this block is. */
  container: Element;
  /** True when the block is (inside) a heading, which starts a new section. */
  heading: boolean;
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  text: string;
}

/** A heading starts a new section. */
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const HEADING_SELECTOR = [...HEADING_TAGS].join(', ');
/** Bits of what markup says of an element (see `Visibility`). */
const HIDDEN = 1;
const HEADING = 2;

/** Nodes visited between two yields. */
const NODES_PER_STEP = 32;

class BlockBuilder {
  nodes: Text[] = [];
  starts: number[] = [];
  parts: string[] = [];
  length = 0;
  container: Element | null = null;

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
  flush(out: TextBlock[], seen: Visibility): void {
    const container = this.container;
    if (container && this.parts.some((p) => /\S/.test(p))) {
      out.push({
        container,
        heading: seen.inHeading(container),
        nodes: this.nodes,
        starts: this.starts,
        text: this.parts.join(''),
      });
    }
    this.reset();
  }
}

/** Entries per cache of a walk (see `Visibility.remember`). */
const CACHE_LIMIT = 512;

/**
 * How a walk sees the elements above a text, in an order that never reads a
 * style under markup that hides it (in Chromium, reading a style inside a
 * closed `<details>` changes what the page's own `getBoundingClientRect`
 * then answers there):
 * 1. the text's ancestors are checked for markup that hides or skips their
 *    content (tags and attributes, no style read), each once per walk;
 * 2. the inline elements between the text and its block are classified,
 *    each once per walk (with a style read, unless bare);
 * 3. the browser is asked whether it draws the block (the render probe:
 *    `display`, `visibility` and `content-visibility` of the block and all
 *    its ancestors at once), once per block.
 * The elements above a block get no style read: on Reddit, 2,700 of the
 * 6,300 elements above its text. What a walk keeps per element is a Map
 * entry, no object: in Firefox, everything a walk keeps is copied by the
 * next nursery collection, which runs inside whichever of our slices fills
 * the nursery.
 */
class Visibility {
  /**
   * Elements met, and what their markup and their ancestors' says: `HIDDEN` when it hides or
   * skips their content, `HEADING` when they are (in) a heading.
   */
  private readonly markup = new Map<Element, number>();
  /** The root's bits: never hidden (it is read), in a heading if an ancestor is one. */
  private readonly rootBits: number;
  private readonly kinds = new Map<Element, ElementKind>();
  /** Blocks met, and whether the browser draws each. */
  private readonly drawn = new Map<Element, boolean>();
  private classified = 0;

  constructor(
    private readonly root: Element,
    private readonly probe: StyleProbe,
    private readonly rendered: RenderProbe,
  ) {
    this.rootBits = root.closest(HEADING_SELECTOR) ? HEADING : 0;
    this.markup.set(root, this.rootBits);
  }

  /**
   * Caches `value` for `el`. A cache that reaches `CACHE_LIMIT` entries
   * starts over (the root stays known): texts share their nearest elements,
   * and what a cache holds when Firefox next collects its nursery is copied
   * by that collection, inside one of our slices.
   */
  private remember<V>(cache: Map<Element, V>, el: Element, value: V): void {
    if (cache.size >= CACHE_LIMIT) {
      cache.clear();
      if (cache === this.markup) this.markup.set(this.root, this.rootBits);
    }
    cache.set(el, value);
  }

  /**
   * The block whose inline text the text under `parent` belongs to; null when
   * that text is not shown; undefined when it is not under the root (or
   * null). The root is taken as shown.
   */
  containerOf(parent: Element | null): Element | null | undefined {
    const hidden = this.hiddenByMarkup(parent);
    if (hidden !== false) return hidden === undefined ? undefined : null;
    for (let at = parent; at; at = at.parentElement) {
      if (at === this.root) return at;
      const kind = this.kindOf(at);
      if (kind !== 'inline') return kind === 'block' && this.isDrawn(at) ? at : null;
    }
    return undefined;
  }

  /** Whether markup hides `el`'s content; undefined when `el` is not under the root (or null). */
  private hiddenByMarkup(el: Element | null): boolean | undefined {
    const bits = this.markupOf(el);
    return bits === undefined ? undefined : (bits & HIDDEN) !== 0;
  }

  /** The markup bits of `el`; undefined when `el` is not under the root (or null). */
  private markupOf(el: Element | null): number | undefined {
    const chain: Element[] = [];
    let bits: number | undefined;
    for (let at = el; at; at = at.parentElement) {
      bits = this.markup.get(at);
      if (bits !== undefined) break;
      chain.push(at);
    }
    if (bits === undefined) return undefined; // outside root
    for (let i = chain.length - 1; i >= 0; i--) {
      const at = chain[i]!;
      if (!(bits & HIDDEN) && hidesByMarkup(at)) bits |= HIDDEN;
      if (HEADING_TAGS.has(at.localName)) bits |= HEADING;
      this.remember(this.markup, at, bits);
    }
    return bits;
  }

  /**
   * Whether `block` is (in) a heading. The walk has just met it above a text (a cache that
   * started over since is asked again, walking no further than the elements it still knows).
   */
  inHeading(block: Element): boolean {
    return ((this.markupOf(block) ?? 0) & HEADING) !== 0;
  }

  private isDrawn(block: Element): boolean {
    let drawn = this.drawn.get(block);
    if (drawn === undefined) {
      drawn = this.rendered(block);
      this.remember(this.drawn, block, drawn);
      this.classified++;
    }
    return drawn;
  }

  /** Elements classified since the last call (work done, for steps). */
  takeClassified(): number {
    const n = this.classified;
    this.classified = 0;
    return n;
  }

  /**
   * The kind of `el`, classified once per walk: the walk between two texts
   * meets the inline ancestors of the second, which `containerOf` already read.
   */
  kindOf(el: Element): ElementKind {
    let kind = this.kinds.get(el);
    if (kind === undefined) {
      kind = classifyElement(el, this.probe);
      this.remember(this.kinds, el, kind);
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
  // A detached root (read before it is inserted) cannot lose nodes to the page.
  const live = root.isConnected;
  // Nothing of a detached tree is drawn: there, the style probe decides alone.
  const rendered: RenderProbe =
    live && typeof root.checkVisibility === 'function' ? checkVisibilityProbe : () => true;
  const seen = new Visibility(root, probe, rendered);
  const first = out.length;
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
  /**
   * Texts read: a node the page moves into a part not read yet is not read
   * twice. A Set, not a WeakSet: it lives as long as the walk, and Firefox
   * traces weak maps that hold young keys at every nursery collection.
   */
  const read = new Set<Text>();
  let last: Text | null = null;
  let work = 0;
  for (const found of findTexts(root, queries)) {
    if (found === QUERIED) {
      yield AFTER_FRAME;
      checkBuilder();
      continue;
    }
    const container =
      gone(found) || read.has(found) ? undefined : seen.containerOf(found.parentElement);
    if (container && container !== dropped) {
      dropped = null;
      if (builder.container !== container) builder.flush(out, seen);
      else if (last) {
        yield* walkBetween(last, found, container, { builder, seen, out, gone });
        checkBuilder();
      }
      builder.add(found, container);
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
  builder.flush(out, seen);
  // Blocks read before a part of the page left it.
  let kept = first;
  for (let i = first; i < out.length; i++) if (!broken(out[i]!.nodes)) out[kept++] = out[i]!;
  out.length = kept;
}

interface Reading {
  builder: BlockBuilder;
  seen: Visibility;
  out: TextBlock[];
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
  { builder, seen, out, gone }: Reading,
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
      else if (kind !== 'hidden') builder.flush(out, seen);
    }
    node = descend && node.firstChild ? node.firstChild : after(node);
    if (++visited % NODES_PER_STEP === 0) {
      yield AFTER_FRAME;
      if (node && gone(node)) node = null;
    }
  }
  if (node !== to) builder.flush(out, seen); // the page changed: end the block here
}

/**
 * The element whose blocks must be recollected when `node` changed: its
 * nearest block-level ancestor-or-self inside `root` (or `root` itself).
 * Null when the node is not shown (a hidden or skipped ancestor) or detached.
 * Markup is checked first, as `collectBlocks` does, so no style is read under
 * an ancestor whose markup hides it (a closed `<details>`: see `Visibility`).
 */
export function blockContainerOf(
  node: Node,
  root: Element,
  probe: StyleProbe = computedStyleProbe,
): Element | null {
  if (!root.contains(node)) return null;
  const start = node instanceof Element ? node : node.parentElement;
  for (let el = start; el && el !== root; el = el.parentElement) {
    if (hidesByMarkup(el)) return null;
  }
  let found: Element | null = null;
  for (let el = start; el; el = el.parentElement) {
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
