/** The bundled articles, newest first. */
import { formatDate } from '../card/card-labels';
import type { PackIndex } from '../pack/pack-index';
import { routeHash } from './library-route';

export function ArticleList({ pack }: { pack: PackIndex }) {
  const articles = [...pack.pack.articles].sort((a, b) => b.published.localeCompare(a.published));
  return (
    <section class="bs-lib-section" aria-labelledby="bs-articles-title">
      <h2 id="bs-articles-title">Articles</h2>
      <ul class="bs-article-list">
        {articles.map((a) => (
          <li key={a.id}>
            <a href={routeHash({ view: 'article', id: a.id })}>{a.title}</a>
            <p class="bs-muted">
              {a.source}, <time dateTime={a.published}>{formatDate(a.published)}</time> · cited by{' '}
              {pack.citedBy.get(a.id)?.length ?? 0} cards
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
