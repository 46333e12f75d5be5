/**
 * What the reader sees of the model: the drawn mentions (density), painted per
 * kind (the kinds the settings show), or nothing at all when highlighting is
 * off for the site or toggled off. The index of drawn mentions stays
 * available for keyboard navigation; hit-testing sees it only while visible.
 */
import type { HighlightKind } from '../core/pack';
import { drain, type Steps } from '../core/steps';
import { selectDrawnSteps, type Density } from './density';
import type { HighlightPainter } from './highlight-painter';
import { MentionIndex, type DrawnMention } from './mention-index';
import type { PageModel } from './page-model';

export interface ViewSettings {
  density: Density;
  kinds: Record<HighlightKind, boolean>;
  /** False when highlighting is off for this site, globally, or toggled off. */
  visible: boolean;
}

const EMPTY = new MentionIndex([]);

export class MentionView {
  private drawn = EMPTY;
  private settings: ViewSettings | undefined;
  /** The model version the drawn set was last made from (-1: never). */
  private drawnVersion = -1;
  /** Counts refreshes started: one overtaken by a later one stops. */
  private started = 0;

  constructor(
    private readonly model: PageModel,
    private readonly painter: HighlightPainter | undefined,
  ) {}

  /** Drawn mentions of the shown kinds, in document order (for navigation). */
  get navigable(): readonly DrawnMention[] {
    const kinds = this.settings?.kinds;
    return this.drawn.list.filter((d) => kinds?.[d.kind] !== false);
  }

  /** The index hit-testing uses: empty while highlights are not visible. */
  get hoverable(): MentionIndex {
    return this.settings?.visible ? this.drawn : EMPTY;
  }

  get visible(): boolean {
    return this.settings?.visible ?? false;
  }

  /** Applies new settings and repaints. */
  configure(settings: ViewSettings): void {
    this.settings = settings;
    this.refresh(true);
  }

  /** `refreshSteps` at once. */
  refresh(force = false): void {
    drain(this.refreshSteps(force));
  }

  /**
   * Rebuilds the drawn set from the model and repaints (after each scan
   * update), in steps: on a page with thousands of mentions, choosing them and
   * making their ranges took 40 ms at once. Does nothing when the model has
   * not changed since the last refresh, and does not repaint when the same
   * mentions are drawn as before, so a page that keeps changing elsewhere
   * costs no repaint. A refresh overtaken by a later one stops.
   */
  *refreshSteps(force = false): Steps<void> {
    const settings = this.settings;
    const version = this.model.version;
    if (!settings || (!force && version === this.drawnVersion)) return;
    const run = ++this.started;
    const drawn = yield* selectDrawnSteps(
      this.model.blocks,
      (b) => this.model.mentionsOf(b),
      settings.density,
    );
    if (run !== this.started) return;
    const list = this.drawn.list;
    const same = drawn.length === list.length && drawn.every((m, i) => m === list[i]!.linked);
    if (!force && same) {
      this.drawnVersion = version;
      return;
    }
    const index = yield* MentionIndex.build(drawn);
    if (run !== this.started) return;
    this.drawn = index;
    this.drawnVersion = version;
    if (!this.painter) return;
    yield* this.painter.paintSteps(
      settings.visible ? index.rangesByKind((k) => settings.kinds[k]) : new Map(),
    );
  }
}
