/**
 * Watches the page with one MutationObserver and remembers which nodes
 * changed, cheaply: the callback only records nodes; the scanner turns them
 * into block containers in its next slice. A burst of records (over
 * `burstLimit` since the last take) turns into one full rescan instead.
 * Mutations of our own UI host, and attribute changes on <html>/<body>
 * (scroll-state classes and the like), are ignored.
 */

export interface DirtyTrackerOptions {
  /** Called once when the first change after a `take()` arrives. */
  onDirty: () => void;
  /** True for our own nodes (the UI host). */
  isOwn: (node: Node) => boolean;
  /** Records since the last take that mean "rescan everything" (default 1000). */
  burstLimit?: number;
}

export interface DirtyWork {
  /** Rescan the whole page. */
  full: boolean;
  /** Nodes whose block containers must be recollected (when not full). */
  nodes: Node[];
  /**
   * Elements whose watched attributes changed (when not full): an element that
   * was and still is block-level needs only itself recollected, any other its
   * parent's container.
   */
  restyled: Element[];
}

/** Attributes that can show, hide or restyle text. */
export const WATCHED_ATTRIBUTES = [
  'class',
  'style',
  'hidden',
  'aria-hidden',
  'contenteditable',
  'open',
];

export interface DirtyTracker {
  /** Hands over what changed since the last take, and starts afresh. */
  take(): DirtyWork;
  /** True when something changed since the last take. */
  readonly pending: boolean;
  disconnect(): void;
}

/** Starts observing `doc`. */
export function trackDirty(doc: Document, options: DirtyTrackerOptions): DirtyTracker {
  const burstLimit = options.burstLimit ?? 1000;
  let nodes = new Set<Node>();
  let restyled = new Set<Element>();
  let records = 0;
  let full = false;

  const pending = () => full || nodes.size > 0 || restyled.size > 0;
  const ownOnly = (list: NodeList) => Array.prototype.every.call(list, options.isOwn) as boolean;
  const note = (record: MutationRecord) => {
    const { target, type } = record;
    if (options.isOwn(target)) return;
    if (type === 'childList') {
      if (ownOnly(record.addedNodes) && ownOnly(record.removedNodes)) return;
      nodes.add(target);
    } else if (type === 'characterData') {
      if (target.parentNode) nodes.add(target.parentNode);
    } else if (target !== doc.documentElement && target !== doc.body) {
      restyled.add(target as Element);
    }
  };

  const observer = new MutationObserver((list) => {
    const wasPending = pending();
    records += list.length;
    if (records > burstLimit) {
      full = true;
      nodes.clear();
      restyled.clear();
    } else {
      list.forEach(note);
    }
    if (!wasPending && pending()) options.onDirty();
  });
  observer.observe(doc, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });

  return {
    take() {
      const work = { full, nodes: [...nodes], restyled: [...restyled] };
      nodes = new Set();
      restyled = new Set();
      records = 0;
      full = false;
      return work;
    },
    get pending() {
      return pending();
    },
    disconnect: () => observer.disconnect(),
  };
}
