/**
 * What the reader sees of the model: the drawn mentions (density), painted per
 * kind (the kinds the settings show), or nothing at all when highlighting is
 * off for the site or toggled off. The index of drawn mentions stays
 * available for keyboard navigation; hit-testing sees it only while visible.
 */
import type { HighlightKind } from '../core/pack';
import { selectDrawn, type Density } from './density';
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

  /**
   * Rebuilds the drawn set from the model and repaints (after each scan
   * update); does nothing when the same mentions are drawn as before, so a
   * page that keeps changing elsewhere costs no repaint.
   */
  refresh(force = false): void {
    const settings = this.settings;
    if (!settings) return;
    const drawn = selectDrawn(this.model.blocks, (b) => this.model.mentionsOf(b), settings.density);
    const list = this.drawn.list;
    if (!force && drawn.length === list.length && drawn.every((m, i) => m === list[i]!.linked)) {
      return;
    }
    this.drawn = new MentionIndex(drawn);
    if (!this.painter) return;
    if (settings.visible) this.painter.paint(this.drawn.rangesByKind((k) => settings.kinds[k]));
    else this.painter.paint(new Map());
  }
}
