/**
 * Keeps the page model in step with the page: one full scan at start and after
 * a navigation or a burst of changes; otherwise only the containers that
 * changed are read again, and the whole page is relinked when the set of
 * entities on it changed (the linker's support). All work runs
 * as sliced tasks through the runner, one at a time.
 */
import type { Steps } from '../core/steps';
import { classifyElement, computedStyleProbe, type StyleProbe } from './element-kind';
import { PageModel, topmostContainers } from './page-model';
import { AFTER_FRAME, type SliceRunner, type SliceTask } from './slice-runner';
import { spotBlocks, supportNames, type BlockMention, type BlockSpotter } from './spot-blocks';
import { trackDirty, type DirtyTracker } from './dirty-tracker';
import { blockAtHeight, blockContainerOf, collectBlocks, type TextBlock } from './text-blocks';

export interface PageScannerOptions {
  doc: Document;
  spotter: BlockSpotter;
  runner: SliceRunner;
  /** Resolves when a batch of changes may be handled (lets a burst settle). */
  settle: () => Promise<void>;
  /** Resolves when a run may start: after the page's next frame, so its style is clean. */
  beforeRun?: () => Promise<void>;
  /** True for our own nodes (never read, their changes ignored). */
  isOwn: (node: Node) => boolean;
  /** The page's date, read in steps at each full scan (see page-date.ts). */
  pageDate?: () => Steps<string | undefined>;
  /** Called after the model changed, and when the status changes. */
  onUpdate: () => void;
  /**
   * Brings what the reader sees up to date with the model, in steps, as the
   * last part of each run (so a long redraw is sliced like the scan, and the
   * scanner is ready only once it is drawn).
   */
  present?: () => Steps<void>;
  probe?: StyleProbe;
  chunkChars?: number;
  /** More changed containers than this in one batch: read the whole page (default 200). */
  maxContainers?: number;
}

export type ScanStatus = 'scanning' | 'ready';

/** Pages with more text than this are spotted from the part in view outward. */
export const VIEW_FIRST_CHARS = 20_000;
/** Changed nodes whose containers are looked up between two yields. */
const CHANGES_PER_STEP = 16;

export class PageScanner {
  readonly model = new PageModel();
  private tracker: DirtyTracker | undefined;
  private running = false;
  private needFull = true;
  private stopped = false;
  private date: string | undefined;
  private readonly probe: StyleProbe;

  constructor(private readonly options: PageScannerOptions) {
    this.probe = options.probe ?? computedStyleProbe;
  }

  get status(): ScanStatus {
    return this.running || this.needFull || this.tracker?.pending ? 'scanning' : 'ready';
  }

  /** The page date the last full scan used. */
  get pageDate(): string | undefined {
    return this.date;
  }

  /** Starts watching the page and scans it. */
  start(): void {
    this.tracker = trackDirty(this.options.doc, {
      isOwn: this.options.isOwn,
      onDirty: () => this.schedule(),
    });
    this.schedule();
  }

  /** Reads the whole page again (after a navigation). */
  rescanAll(): void {
    this.needFull = true;
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.tracker?.disconnect();
  }

  private get root(): Element {
    const { doc } = this.options;
    return doc.body ?? doc.documentElement;
  }

  private schedule(): void {
    if (this.running || this.stopped) return;
    this.running = true;
    this.loop().finally(() => {
      this.running = false;
      if (!this.stopped) this.options.onUpdate();
    });
  }

  private async loop(): Promise<void> {
    const { runner, settle } = this.options;
    while (!this.stopped && (this.needFull || this.tracker?.pending)) {
      if (!this.needFull) await settle();
      await this.options.beforeRun?.();
      if (this.stopped) return;
      const work = this.tracker?.take() ?? { full: true, nodes: [], restyled: [] };
      const full = this.needFull || work.full;
      this.needFull = false;
      try {
        await runner.run(
          this.thenPresent(full ? this.fullScan() : this.update(work.nodes, work.restyled)),
        );
      } catch (error) {
        if ((error as Error).name === 'AbortError') return;
        throw error;
      }
      this.options.onUpdate();
    }
  }

  private *thenPresent(task: SliceTask<void>): SliceTask<void> {
    yield* task;
    if (this.options.present) yield* this.options.present();
  }

  private spotOptions() {
    return { pageDate: this.date, chunkChars: this.options.chunkChars };
  }

  private *fullScan(): SliceTask<void> {
    this.date = this.options.pageDate ? yield* this.options.pageDate() : undefined;
    const blocks: TextBlock[] = [];
    yield* collectBlocks(this.root, blocks, this.probe);
    yield AFTER_FRAME; // reading boxes may lay the page out: after a frame
    const first = this.blockInView(blocks);
    // On a page seen for the first time, the chunk in view is drawn as soon as
    // it is spotted; the rest is drawn once, at the end (drawing after every
    // chunk would rebuild every range once per chunk: quadratic on long pages).
    let preview = this.model.blocks.length === 0;
    if (preview) this.model.reset(blocks, []);
    const mentions = yield* spotBlocks(this.options.spotter, blocks, {
      ...this.spotOptions(),
      firstBlock: first,
      onChunk: (found) => {
        if (!preview) return;
        preview = false;
        this.model.addMentions(found);
        this.options.onUpdate();
      },
    });
    this.model.reset(blocks, mentions);
  }

  /**
   * Reads the containers of changed nodes again, then relinks if the set of
   * entities on the page changed. A restyled element that held text as a
   * block and still is block-level is read again alone; any other restyled
   * element may have changed the boundaries around it, so its parent's
   * container is read.
   */
  private *update(nodes: readonly Node[], restyled: readonly Element[]): SliceTask<void> {
    const root = this.root;
    const found = new Set<Element>();
    const add = (node: Node | null) => {
      const container = node && blockContainerOf(node, root, this.probe);
      if (container) found.add(container);
    };
    // Finding a container reads the computed style of the node's ancestors.
    for (let i = 0; i < nodes.length; i++) {
      if (i % CHANGES_PER_STEP === 0) yield AFTER_FRAME;
      add(nodes[i]!);
    }
    for (let i = 0; i < restyled.length; i++) {
      if (i % CHANGES_PER_STEP === 0) yield AFTER_FRAME;
      const el = restyled[i]!;
      const alone = this.model.wasContainer(el) && classifyElement(el, this.probe) === 'block';
      add(alone ? el : el.parentNode);
    }
    const containers = topmostContainers(found, root);
    if (containers.includes(root) || containers.length > (this.options.maxContainers ?? 200)) {
      return yield* this.fullScan();
    }
    const before = new Set(supportNames(this.model.mentions()));
    yield* this.model.dropStale(containers, root);
    const support = supportNames(this.model.mentions());
    const fresh: TextBlock[] = [];
    for (const container of containers) {
      const blocks: TextBlock[] = [];
      yield* collectBlocks(container, blocks, this.probe);
      this.model.insert(container, blocks);
      fresh.push(...blocks);
    }
    const mentions: BlockMention[] = yield* spotBlocks(this.options.spotter, fresh, {
      ...this.spotOptions(),
      support,
    });
    this.model.addMentions(mentions);
    // The linker's support is the set of entities on the page: when it changed,
    // mentions elsewhere may link differently, so relink the whole page.
    const after = supportNames(this.model.mentions());
    if (after.length !== before.size || after.some((name) => !before.has(name))) {
      const all = yield* spotBlocks(this.options.spotter, this.model.blocks, this.spotOptions());
      this.model.setMentions(all);
    }
  }

  /**
   * Index of the block at a third of the viewport's height, spotted first; 0
   * on a page short enough to be spotted in a few slices (the order hardly
   * matters then, and asking the layout for boxes would only cost time).
   */
  private blockInView(blocks: readonly TextBlock[]): number {
    let chars = 0;
    for (const block of blocks) if ((chars += block.text.length) > VIEW_FIRST_CHARS) break;
    const view = this.options.doc.defaultView;
    if (chars <= VIEW_FIRST_CHARS || !view) return 0;
    return blockAtHeight(blocks, view.innerHeight / 3);
  }
}
