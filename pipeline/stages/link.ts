/**
 * Stage 3, link: finds every mention in every article with the core spotter,
 * the same matcher and linker the content script runs on pages, given the
 * article's publication date as the page date. Two kinds of text name a place
 * or a source, not an actor, and are skipped: the source-credit line, and the
 * dateline opening a line (`WASHINGTON – …` is where, not who).
 */
import type { MatcherPack } from '../../core/matcher-pack';
import { createSpotter } from '../../core/spotter';
import type { Article } from '../model';

/** A linked mention, reduced to what cite and relate need. */
export interface LinkedMention {
  entityId: string;
  start: number;
  end: number;
}

export interface ArticleLinks {
  articleId: string;
  /** In text order, non-overlapping. */
  mentions: LinkedMention[];
}

/** True when `m` is the article's dateline at the start of a line. */
function isDateline(article: Article, m: { start: number; end: number }): boolean {
  const { body, dateline } = article;
  if (dateline === undefined || body.slice(m.start, m.end) !== dateline) return false;
  return m.start === 0 || body[m.start - 1] === '\n';
}

export function link(articles: readonly Article[], matcher: MatcherPack): ArticleLinks[] {
  const spotter = createSpotter(matcher);
  return articles.map((article) => {
    const skip = article.attribution;
    const mentions: LinkedMention[] = [];
    for (const m of spotter.spot(article.body, { pageDate: article.published })) {
      if (skip && m.end > skip.start && m.start < skip.end) continue;
      if (isDateline(article, m)) continue;
      mentions.push({ entityId: m.entityId, start: m.start, end: m.end });
    }
    return { articleId: article.id, mentions };
  });
}
