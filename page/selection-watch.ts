/**
 * Text selection that names a known entity: once the selection has settled,
 * find the entity it names — a mention already linked on the page with that
 * text, or a name the spotter links on its own — and report it with the
 * selection's range. Selections in our UI, in fields or editable regions,
 * and long ones are ignored.
 */
import type { Mention } from '../core/spotter';
import type { Lifetime } from './lifetime';

export interface SelectedEntity {
  mention: Mention;
  range: Range;
}

const MAX_CHARS = 80;
const EDITABLE = 'input, textarea, [contenteditable]:not([contenteditable="false"])';

/** What resolving a selection needs of the spotter (the background's answers in a promise). */
export interface TextSpotter {
  spot(text: string): Mention[] | Promise<Mention[]>;
}

/** The entity `text` names: a linked page mention with that text, or what the spotter finds alone. */
export async function entityForText(
  text: string,
  pageMentions: readonly Mention[],
  spotter: TextSpotter,
): Promise<Mention | null> {
  const wanted = text.trim().replace(/\s+/g, ' ');
  if (wanted.length < 2 || wanted.length > MAX_CHARS) return null;
  const onPage = pageMentions.find((m) => m.text.replace(/\s+/g, ' ') === wanted);
  if (onPage) return onPage;
  const found = await spotter.spot(wanted);
  const named = found.filter((m) => (m.end - m.start) / wanted.length >= 0.6);
  return named.length === 1 ? named[0]! : null;
}

export interface SelectionWatchOptions {
  doc: Document;
  lifetime: Lifetime;
  isOwn: (node: Node) => boolean;
  /** Resolves the selected text to an entity (see `entityForText`). */
  resolve: (text: string) => Promise<Mention | null>;
  onChange: (selected: SelectedEntity | null) => void;
  settleMs?: number;
}

/** Reports the entity a settled selection names (or null when it names none). */
export function watchSelection(o: SelectionWatchOptions): void {
  let timer: number | undefined;
  let last: string | null = null;
  /** Counts selection changes: an answer for an older selection is dropped. */
  let generation = 0;
  const check = async () => {
    timer = undefined;
    const asked = generation;
    const sel = o.doc.getSelection();
    const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0) : null;
    const anchor = range?.commonAncestorContainer;
    const el = anchor && (anchor instanceof Element ? anchor : anchor.parentElement);
    const usable = range && el && !o.isOwn(el) && !el.closest(EDITABLE);
    const text = usable ? sel!.toString() : '';
    const mention = usable ? await o.resolve(text).catch(() => null) : null;
    if (asked !== generation) return;
    const key = mention ? `${mention.entityId}@${text}` : null;
    if (key === last) return;
    last = key;
    o.onChange(mention && range ? { mention, range: range.cloneRange() } : null);
  };
  o.lifetime.addEventListener(o.doc, 'selectionchange', () => {
    generation++;
    if (timer !== undefined) clearTimeout(timer);
    timer = o.lifetime.setTimeout(() => void check(), o.settleMs ?? 350);
  });
}
