/** What the search index covers: every card, every fact, every article sentence. */
import type { CardsPack } from './pack';
import { segmentSentences } from './search-sentences';

/** What a document of the index points at, by stable ids. */
export type DocRef =
  ['entity', string] | ['fact', string, number] | ['sentence', string, number, number];
export type DocType = DocRef[0];

/** Searchable fields, with how much a word found in each counts. */
export const FIELD_BOOST = { name: 5, aliases: 4, role: 3, body: 1 } as const;
export type Field = keyof typeof FIELD_BOOST;

/** How much a hit of each type counts: cards above the facts and sentences that name them. */
export const TYPE_BOOST: Record<DocType, number> = { entity: 3, fact: 1.3, sentence: 1 };

export interface SearchDoc {
  ref: DocRef;
  fields: Partial<Record<Field, string>>;
}

/** The documents of `pack`, in a stable order (the index's doc ids). */
export function collectDocs(pack: CardsPack): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const e of pack.entities) {
    docs.push({
      ref: ['entity', e.id],
      fields: { name: e.name, aliases: e.aliases.join(' · '), role: e.role ?? '', body: e.summary },
    });
  }
  for (const e of pack.entities) {
    e.facts.forEach((f, i) =>
      docs.push({ ref: ['fact', e.id, i], fields: { body: `${f.text} ${f.quote}` } }),
    );
  }
  for (const a of pack.articles) {
    for (const s of segmentSentences(a.body)) {
      docs.push({ ref: ['sentence', a.id, s.start, s.end], fields: { body: s.text } });
    }
  }
  return docs;
}
