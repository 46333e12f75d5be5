/** The events of a pack in date order, for the library's timeline. */
import { isEventKind, type EntityCard } from '../../core/pack';
import { formatDate } from '../card/card-labels';

export interface TimelineEntry {
  card: EntityCard;
  /** ISO start (or end, when only that is known). */
  date: string;
  /** "5 Sept 2016", "4–5 Sept 2016"-style label. */
  label: string;
}

/** Every dated event, oldest first (ties by name); undated events are left out. */
export function timelineOf(entities: readonly EntityCard[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const card of entities) {
    if (!isEventKind(card.kind)) continue;
    const start = card.dates?.start;
    const end = card.dates?.end;
    const date = start ?? end;
    if (!date) continue;
    const label =
      start && end && end !== start
        ? `${formatDate(start)} – ${formatDate(end)}`
        : start
          ? formatDate(start)
          : `until ${formatDate(date)}`;
    entries.push({ card, date, label });
  }
  return entries.sort(
    (a, b) => a.date.localeCompare(b.date) || a.card.name.localeCompare(b.card.name),
  );
}
