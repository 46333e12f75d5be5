/**
 * The popup's "On this page" list from the page's mentions: one entry per
 * entity, ordered by salience, grouped by highlight kind.
 */
import { highlightKind, type EntityKind, type HighlightKind } from '../../core/pack';
import type { PageMention } from '../../messaging/protocol';

export interface PageEntry {
  entityId: string;
  name: string;
  kind: EntityKind;
  /** Mentions on the page. */
  count: number;
  /** Position of the first mention among all mentions (document order). */
  first: number;
  /** Mentions inside a heading. */
  headingCount: number;
}

export interface EntryGroup {
  kind: HighlightKind;
  entries: PageEntry[];
  /** Mentions of all the group's entities. */
  count: number;
}

/**
 * Salience: entities named in a heading (the headline) first, then by number
 * of mentions; ties go to the entity mentioned first.
 */
export function compareSalience(a: PageEntry, b: PageEntry): number {
  const headline = (e: PageEntry) => (e.headingCount > 0 ? 1 : 0);
  return headline(b) - headline(a) || b.count - a.count || a.first - b.first;
}

/** One entry per entity in `mentions` (document order), most salient first. */
export function summarizeMentions(mentions: readonly PageMention[]): PageEntry[] {
  const byId = new Map<string, PageEntry>();
  mentions.forEach((m, i) => {
    const entry = byId.get(m.entityId);
    if (entry) {
      entry.count++;
      if (m.heading) entry.headingCount++;
    } else {
      byId.set(m.entityId, {
        entityId: m.entityId,
        name: m.name,
        kind: m.kind,
        count: 1,
        first: i,
        headingCount: m.heading ? 1 : 0,
      });
    }
  });
  return [...byId.values()].sort(compareSalience);
}

/** Entries grouped by highlight kind; groups ordered by their most salient entry. */
export function groupEntries(entries: readonly PageEntry[]): EntryGroup[] {
  const groups = new Map<HighlightKind, EntryGroup>();
  for (const entry of [...entries].sort(compareSalience)) {
    const kind = highlightKind(entry.kind);
    const group = groups.get(kind) ?? { kind, entries: [], count: 0 };
    group.entries.push(entry);
    group.count += entry.count;
    groups.set(kind, group);
  }
  return [...groups.values()];
}

const GROUP_LABELS: Record<HighlightKind, [string, string]> = {
  person: ['Person', 'People'],
  organization: ['Organization', 'Organizations'],
  country: ['Country', 'Countries'],
  group: ['Group', 'Groups'],
  place: ['Place', 'Places'],
  event: ['Event', 'Events'],
};

/** "People", "Countries"… (or the singular for one entry). */
export function groupLabel(kind: HighlightKind, size = 2): string {
  const [one, many] = GROUP_LABELS[kind];
  return size === 1 ? one : many;
}
