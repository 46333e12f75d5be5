/**
 * Finds the Text nodes that hold more than white space, in document order,
 * without touching the rest of the page from script.
 *
 * Why not a plain walk: every node a content script touches gets a wrapper
 * in the extension's world, and Blink keeps those wrappers in one hash table
 * per world (shared by every document of the renderer, and emptied of pages
 * already left only by garbage collection) that is rehashed, in one pause,
 * each time it doubles: about 10 ms at 32 Ki wrappers, 30 ms at 128 Ki. A
 * walk of a large page (Reddit: 25,000 nodes, 12,000 of them white space
 * between tags) makes a wrapper per node. XPath finds the text natively, so
 * only the nodes we read are wrapped: on Reddit, 2,200 Text nodes and their
 * ancestors, 8,600 nodes in all.
 *
 * One XPath call cannot be cut short, so a large subtree is asked about in
 * parts: an element with more than `CHUNK_ELEMENTS` elements under it is
 * split into its children, and an element with more children than that (a
 * flat list, which one query would read whole) has its children read from
 * script. Elements are counted natively too (`getElementsByTagName('*')`,
 * no wrappers): an XPath `count(.//node())` builds the whole node-set, which
 * on Reddit's body took 1.6 to 4.8 ms in Chromium and 3 to 9 ms in Firefox's
 * content scripts, once per level of the wrappers around a page's content.
 */

/** Nodes in document order, read one at a time (an XPath snapshot wraps an item only when it is read). */
export interface NodeSeq {
  readonly length: number;
  item(i: number): Node | null;
}

/** The native queries a finder is built on. */
export interface TextQueries {
  /** The number of elements under `el`. */
  count(el: Element): number;
  /** The Text nodes under `el` that hold more than white space, in document order. */
  texts(el: Element): NodeSeq;
  /** `el`'s child elements and the children of `texts`, in document order. */
  children(el: Element): NodeSeq;
}

/**
 * Elements under one subtree asked about in one XPath call: about 2,000 nodes
 * on real pages (Reddit: 2.2 nodes per element), under 1 ms on 2 cores.
 */
export const CHUNK_ELEMENTS = 1024;
/**
 * Subtrees are split at most this deep: each split counts the elements
 * under every child again, so a deep chain of single children would cost a count
 * per level (quadratic); deeper than this, a subtree is asked about whole.
 */
export const MAX_SPLIT_DEPTH = 24;
/** Yielded by `findTexts` after each native query: a step's worth of work. */
export const QUERIED = 'queried';

/** XML white space, as XPath's `normalize-space` sees it. */
const HAS_TEXT = /[^ \t\r\n]/;

/** The XPath expressions of `xpathQueries` (the e2e tests hold them to a DOM walk in real browsers). */
export const XPATHS = {
  texts: './/text()[normalize-space()]',
  children: './* | ./text()[normalize-space()]',
} as const;

/** The queries through `document.evaluate`, where the document has it. */
export function xpathQueries(doc: Document): TextQueries | undefined {
  if (typeof doc.evaluate !== 'function' || typeof XPathResult === 'undefined') return undefined;
  const snapshot = (path: string, el: Element): NodeSeq => {
    const result = doc.evaluate(path, el, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
    return { length: result.snapshotLength, item: (i) => result.snapshotItem(i) };
  };
  return {
    count: (el) => el.getElementsByTagName('*').length,
    texts: (el) => snapshot(XPATHS.texts, el),
    children: (el) => snapshot(XPATHS.children, el),
  };
}

/** The same queries by walking the DOM (where there is no XPath: test DOMs). */
export function walkingQueries(doc: Document): TextQueries {
  const seq = (nodes: Node[]): NodeSeq => ({ length: nodes.length, item: (i) => nodes[i] ?? null });
  const hasText = (node: Node) =>
    node.nodeType === Node.TEXT_NODE && HAS_TEXT.test((node as Text).data);
  return {
    count: (el) => {
      // A walk (happy-dom's getElementsByTagName recurses, and test DOMs nest deep).
      let n = 0;
      const walker = doc.createTreeWalker(el, NodeFilter.SHOW_ELEMENT);
      while (walker.nextNode()) n++;
      return n;
    },
    texts: (el) => {
      const found: Node[] = [];
      const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (hasText(node)) found.push(node);
      }
      return seq(found);
    },
    children: (el) =>
      seq(Array.from(el.childNodes).filter((n) => n.nodeType === Node.ELEMENT_NODE || hasText(n))),
  };
}

/** Reads a snapshot item by item; null at its end. */
function reader(list: NodeSeq): () => Node | null {
  let next = 0;
  return () => {
    while (next < list.length) {
      const node = list.item(next++);
      if (node) return node;
    }
    return null;
  };
}

/** The best queries the document supports. */
export function textQueries(doc: Document): TextQueries {
  return xpathQueries(doc) ?? walkingQueries(doc);
}

/**
 * The Text nodes under `root` that hold more than white space, in document
 * order, from subtrees of at most `chunk` elements per query; `QUERIED` is
 * yielded after each query and every `chunk` children read from script.
 * Text inside hidden content is found too: which text is shown is the
 * caller's to decide.
 *
 * The page may change while this runs: each part is a snapshot taken when
 * it is reached, so a node may have left the document by the time it is
 * returned (the caller checks), and text added to a part already taken is
 * not returned (the caller's change tracking reads it).
 */
export function* findTexts(
  root: Element,
  queries: TextQueries,
  chunk = CHUNK_ELEMENTS,
): Generator<Text | typeof QUERIED, void, void> {
  /** What is left to read of each open part: the next node, or null at its end. */
  const parts: (() => Node | null)[] = [];
  const open = (el: Element) => {
    if (parts.length >= MAX_SPLIT_DEPTH || queries.count(el) <= chunk) {
      parts.push(reader(queries.texts(el)));
    } else if (el.childNodes.length > chunk) {
      // Sibling by sibling, so a change to the list cannot make it repeat a node.
      let at: Node | null = el.firstChild;
      parts.push(() => {
        const node = at;
        at = at?.nextSibling ?? null;
        return node;
      });
    } else {
      parts.push(reader(queries.children(el)));
    }
  };
  open(root);
  yield QUERIED;
  let skipped = 0;
  while (parts.length > 0) {
    const node = parts[parts.length - 1]!();
    if (!node) {
      parts.pop();
      continue;
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      open(node as Element);
      yield QUERIED;
    } else if (node.nodeType === Node.TEXT_NODE && HAS_TEXT.test((node as Text).data)) {
      yield node as Text;
    } else if (++skipped % chunk === 0) {
      yield QUERIED; // a long run of white space or comments in a flat list
    }
  }
}
