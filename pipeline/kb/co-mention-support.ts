/**
 * Which co-mentions from the corpus may support an entity's weak names on a page: a page that
 * names the Pittsburgh Pirates' rivals, or the Senate, or Joe Biden, says which `Pirates`,
 * `Congress` or `Republicans` it means (issue 16: co-mention statistics decide between
 * candidates). Only for bodies and places whose weak names are names, not everyday words: a
 * person's lone surname (`Jobs`, `Sessions`) or a body's word (`News`, `Center`, `Baseball`) on
 * a page about something near them is most often someone or something else.
 */
import type { EntityKind } from '../../core/pack';
import type { AliasInput } from '../../core/matcher-pack';
import type { ReferenceLists } from './reference-lists';

/** The most co-mentioned entities that count, per entity. */
export const CO_MENTION_SUPPORT = 8;

const KINDS: ReadonlySet<EntityKind> = new Set(['place', 'country', 'organization', 'group']);

export function coMentionSupport(
  e: {
    name: string;
    wikipedia?: string;
    kind: EntityKind;
    aliases: readonly AliasInput[];
    background?: { related: readonly { id: string }[] };
  },
  lists: Pick<ReferenceLists, 'everydayWordsLower'>,
): string[] {
  if (!KINDS.has(e.kind) || !e.background) return [];
  const weak = e.aliases.filter((a) => a.strength === 'weak' && !a.generic);
  // A title Wikipedia disambiguates has namesakes (`Washington (state)`, `Foreign Ministry
  // (Oman)`): what is near it on a page does not make its bare name it.
  // A company's disambiguator (`Amazon (company)`) says what it is among its namesakes, and a page
  // about its rivals says which `Amazon`.
  const disambiguated =
    e.wikipedia !== undefined &&
    e.wikipedia.replace(/_/g, ' ') !== e.name &&
    !e.wikipedia.endsWith('_(company)');
  const isName = (text: string) =>
    text.length > 1 &&
    !(disambiguated && text === e.name) &&
    !text
      .split(/\s+/)
      .every((w) => lists.everydayWordsLower.has(w.toLowerCase().replace(/['’]s$/, '')));
  if (!weak.some((a) => isName(a.text))) return [];
  return e.background.related.slice(0, CO_MENTION_SUPPORT).map((r) => r.id);
}
