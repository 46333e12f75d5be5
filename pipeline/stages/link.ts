/**
 * Stage 3, link: finds every mention in every article with the core spotter,
 * the same matcher and linker the content script runs on pages, given the
 * article's publication date as the page date. Two kinds of text name a place
 * or a source, not an actor: the dateline opening a line (`WASHINGTON – …` is
 * where, not who), which the spotter itself never links (core/dateline.ts),
 * and the source-credit line, skipped here.
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

export function link(articles: readonly Article[], matcher: MatcherPack): ArticleLinks[] {
  const spotter = createSpotter(matcher);
  return articles.map((article) => {
    const skip = article.attribution;
    const mentions: LinkedMention[] = [];
    for (const m of spotter.spot(article.body, { pageDate: article.published })) {
      if (skip && m.end > skip.start && m.start < skip.end) continue;
      mentions.push({ entityId: m.entityId, start: m.start, end: m.end });
    }
    return { articleId: article.id, mentions };
  });
}
