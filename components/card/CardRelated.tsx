/** Related actors and events of a card, clickable when a handler is given. */
import type { EntityKind, RelatedRef } from '../../core/pack';
import { kindLabel } from './card-labels';

export interface CardRelatedProps {
  related: RelatedRef[];
  names?: Record<string, { name: string; kind: EntityKind }>;
  max: number;
  onOpen?: (id: string) => void;
}

/** Up to `max` related entities that have a known name. */
export function CardRelated({ related, names, max, onOpen }: CardRelatedProps) {
  const shown = related.filter((r) => names?.[r.id]).slice(0, max);
  if (shown.length === 0) return null;
  return (
    <section class="bs-card-related" aria-label="Related">
      <h3 class="bs-card-subhead">Related</h3>
      <ul>
        {shown.map((r) => {
          const entry = names![r.id]!;
          const label = `${entry.name} (${kindLabel(entry.kind)})`;
          return (
            <li key={r.id} data-kind={entry.kind}>
              {onOpen ? (
                <button
                  type="button"
                  class="bs-button bs-card-related-link"
                  title={label}
                  onClick={() => onOpen(r.id)}
                >
                  {entry.name}
                </button>
              ) : (
                <span title={label}>{entry.name}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
