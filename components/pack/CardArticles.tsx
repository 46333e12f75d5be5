/** The articles a card draws on, each linking to its page in the library. */
import type { EntityCard } from '../../core/pack';
import { formatDate } from '../card/card-labels';
import type { ArticleSource } from '../card/CardView';

export interface CardArticlesProps {
  card: EntityCard;
  sources: Record<string, ArticleSource>;
  /** The link to an article (a library deep link). */
  articleHref: (articleId: string) => string;
  /** Open links in a new tab (from the popup). */
  newTab?: boolean;
}

export function CardArticles({ card, sources, articleHref, newTab }: CardArticlesProps) {
  const listed = card.articles.filter((id) => sources[id]);
  if (listed.length === 0) return null;
  return (
    <section class="bs-card-articles" aria-label={`Articles about ${card.name}`}>
      <h3 class="bs-section-title">From the articles</h3>
      <ul>
        {listed.map((id) => {
          const s = sources[id] as ArticleSource;
          return (
            <li key={id}>
              <a href={articleHref(id)} target={newTab ? '_blank' : undefined} rel="noreferrer">
                {s.title}
              </a>
              <span class="bs-muted">
                {' '}
                — {s.source}, <time dateTime={s.published}>{formatDate(s.published)}</time>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
