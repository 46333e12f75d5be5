/**
 * Text selection that names a known entity: once the selection has settled,
 * find the entity it names — a mention already linked on the page with that
 * text, or a name the spotter links on its own — and report it with the
 * selection's range. Selections in our UI, in fields or editable regions,
 * and long ones are ignored.
 */
import type { Mention, Spotter } from '../core/spotter';
import type { Lifetime } from './lifetime';

export interface SelectedEntity {
  mention: Mention;
  range: Range;
}

const MAX_CHARS = 80;
const EDITABLE = 'input, textarea, [contenteditable]:not([contenteditable="false"])';

/** The entity `text` names: a linked page mention with that text, or what the spotter finds alone. */
export function entityForText(
  text: string,
  pageMentions: readonly Mention[],
  spotter: Pick<Spotter, 'spot'>,
): Mention | null {
  const wanted = text.trim().replace(/\s+/g, ' ');
  if (wanted.length < 2 || wanted.length > MAX_CHARS) return null;
  const onPage = pageMentions.find((m) => m.text.replace(/\s+/g, ' ') === wanted);
  if (onPage) return onPage;
  const found = spotter.spot(wanted);
  const named = found.filter((m) => (m.end - m.start) / wanted.length >= 0.6);
  return named.length === 1 ? named[0]! : null;
}

export interface SelectionWatchOptions {
  doc: Document;
  lifetime: Lifetime;
  isOwn: (node: Node) => boolean;
  /** Resolves the selected text to an entity (see `entityForText`). */
  resolve: (text: string) => Mention | null;
  onChange: (selected: SelectedEntity | null) => void;
  settleMs?: number;
}

/** Reports the entity a settled selection names (or null when it names none). */
export function watchSelection(o: SelectionWatchOptions): void {
  let timer: number | undefined;
  let last: string | null = null;
  const check = () => {
    timer = undefined;
    const sel = o.doc.getSelection();
    const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0) : null;
    const anchor = range?.commonAncestorContainer;
    const el = anchor && (anchor instanceof Element ? anchor : anchor.parentElement);
    const usable = range && el && !o.isOwn(el) && !el.closest(EDITABLE);
    const mention = usable ? o.resolve(sel!.toString()) : null;
    const key = mention ? `${mention.entityId}@${sel!.toString()}` : null;
    if (key === last) return;
    last = key;
    o.onChange(mention && range ? { mention, range: range.cloneRange() } : null);
  };
  o.lifetime.addEventListener(o.doc, 'selectionchange', () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = o.lifetime.setTimeout(check, o.settleMs ?? 350);
  });
}
