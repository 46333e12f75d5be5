/**
 * Rules across catalog entries and articles: unique ids, known participant and
 * related ids, generic aliases that can link, and fact quotes found verbatim.
 */
import type { Article } from '../model';
import type { Problem } from '../problems';
import type { LocatedEntry } from './catalog';

function place(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}`;
}

/** A duplicate id is reported where it is repeated, naming the first. */
export function checkDuplicateIds(entries: readonly LocatedEntry[]): Problem[] {
  const first = new Map<string, LocatedEntry>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const prior = first.get(entry.entry.id);
    if (prior) {
      const at = place(prior.at(['id'], ''));
      problems.push(entry.at(['id'], `duplicate id "${entry.entry.id}" (first at ${at})`));
    } else {
      first.set(entry.entry.id, entry);
    }
  }
  return problems;
}

/** Participants and related ids must name catalog entries (`known`), and not the entry itself. */
export function checkReferences(
  entries: readonly LocatedEntry[],
  known: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const field of ['participants', 'related'] as const) {
      const what = field === 'participants' ? 'participant' : 'related';
      (entry.entry[field] ?? []).forEach((id, i) => {
        if (!known.has(id)) problems.push(entry.at([field, i], `unknown ${what} id "${id}"`));
        else if (id === entry.entry.id)
          problems.push(entry.at([field, i], `an entry cannot list itself as ${what}`));
      });
    }
  }
  return problems;
}

/** A generic alias links only by date or cue words, so its entry needs one of them. */
export function checkGenericAliases(entries: readonly LocatedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const { dates, cues } = entry.entry;
    const linkable = Boolean(dates?.start || dates?.end || cues?.length);
    entry.entry.aliases.forEach((alias, i) => {
      if (alias.generic && !linkable) {
        problems.push(
          entry.at(
            ['aliases', i, 'text'],
            `generic alias "${alias.text}" needs dates or cues to ever link`,
          ),
        );
      }
    });
  }
  return problems;
}

/**
 * Every fact names a known article and quotes it verbatim. `unreadable` holds
 * ids of articles whose files had problems: their quotes cannot be checked.
 */
export function checkFacts(
  entries: readonly LocatedEntry[],
  articles: ReadonlyMap<string, Article>,
  unreadable: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    entry.entry.facts.forEach((fact, i) => {
      const article = articles.get(fact.article);
      if (!article) {
        if (!unreadable.has(fact.article)) {
          problems.push(entry.at(['facts', i, 'article'], `unknown article "${fact.article}"`));
        }
      } else if (!article.body.includes(fact.quote)) {
        problems.push(
          entry.at(
            ['facts', i, 'quote'],
            `quote not found verbatim in article ${fact.article}: "${fact.quote}"`,
          ),
        );
      }
    });
  }
  return problems;
}
