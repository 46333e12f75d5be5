/**
 * Assembles the cards pack (core/pack.ts `CardsPack`): one card per catalog
 * entity with its facts, cited sentences and related refs, plus every article.
 */
import {
  PACK_SCHEMA_VERSION,
  type ArticleRecord,
  type CardsPack,
  type Citation,
  type EntityCard,
  type RelatedRef,
} from '../core/pack';
import type { BriefIndex } from '../core/brief-timeline';
import type { Article, Entity } from './model';

/** Citations kept per card, newest articles first (the rest stay countable via `articles`). */
export const MAX_CITATIONS_PER_CARD = 50;
/** Role changes kept per card, newest. */
export const MAX_ROLES_PER_CARD = 24;

function record({ file: _file, attribution: _attribution, ...rest }: Article): ArticleRecord {
  return rest;
}

export function assembleCards(
  entities: readonly Entity[],
  articles: readonly Article[],
  citations: ReadonlyMap<string, Citation[]>,
  related: ReadonlyMap<string, RelatedRef[]>,
  hash: string,
  briefIndex?: BriefIndex,
): CardsPack {
  const published = new Map(articles.map((a) => [a.id, a.published]));
  const newestFirst = (a: Citation, b: Citation): number => {
    const da = published.get(a.articleId)!;
    const db = published.get(b.articleId)!;
    if (da !== db) return da < db ? 1 : -1;
    if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
    return a.start - b.start;
  };
  const cards = entities.map((e): EntityCard => {
    const cited = citations.get(e.id) ?? [];
    const sources = [
      ...new Set([...e.facts.map((f) => f.articleId), ...cited.map((c) => c.articleId)]),
    ].sort();
    const bg = e.background;
    // The date of the newest article behind its curated role and facts (the briefs have their own dates).
    const asOf = sources.map((id) => published.get(id)!).reduce((a, b) => (a > b ? a : b), '');
    return {
      id: e.id,
      ...(e.wikipedia && { wikipedia: e.wikipedia }),
      ...(bg && {
        briefs: bg.briefs,
        roles: bg.roles.slice(-MAX_ROLES_PER_CARD),
        span: bg.span,
        ...(bg.parent && { parent: bg.parent }),
        ...(bg.children.length > 0 && { children: bg.children }),
      }),
      kind: e.kind,
      name: e.name,
      aliases: e.aliases.map((a) => a.text),
      ...(e.role !== undefined && { role: e.role }),
      summary: e.summary,
      ...(e.dates && { dates: e.dates }),
      ...(e.places && { places: e.places }),
      ...(e.participants.length > 0 && { participants: e.participants }),
      facts: e.facts,
      citations: [...cited].sort(newestFirst).slice(0, MAX_CITATIONS_PER_CARD),
      related: related.get(e.id) ?? [],
      asOf,
      articles: sources,
    };
  });
  return {
    schema: PACK_SCHEMA_VERSION,
    hash,
    entities: cards,
    articles: articles.map(record),
    ...(briefIndex && { briefIndex }),
  };
}
