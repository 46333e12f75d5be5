/** Key facts of a card, each with its verbatim quote, source and date. */
import type { Fact } from '../../core/pack';
import { formatDate } from './card-labels';

/** Where an article came from (an ArticleRecord without its body). */
export interface ArticleSource {
  title: string;
  source: string;
  published: string;
  url?: string;
}

export interface CardFactsProps {
  facts: Fact[];
  sources?: Record<string, ArticleSource>;
  max: number;
}

/** The first `max` facts, or nothing when there are none. */
export function CardFacts({ facts, sources, max }: CardFactsProps) {
  const shown = facts.slice(0, max);
  if (shown.length === 0) return null;
  return (
    <section class="bs-card-facts" aria-label="Key facts">
      <ul>
        {shown.map((fact, i) => {
          const source = sources?.[fact.articleId];
          return (
            <li key={`${fact.articleId}-${i}`} class="bs-card-fact">
              <p class="bs-card-fact-text">{fact.text}</p>
              <blockquote class="bs-card-quote">“{fact.quote}”</blockquote>
              {source && (
                <p class="bs-card-source">
                  <cite title={source.title}>{source.source}</cite>
                  {', '}
                  <time dateTime={source.published}>{formatDate(source.published)}</time>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
