/** One bundled article, readable, with its mentions drawn as links to their cards. */
import { highlightKind } from '../../core/pack';
import { formatDate, kindLabel } from '../card/card-labels';
import type { PackIndex } from '../pack/pack-index';
import { articleParagraphs, type BodyMention } from './article-parts';
import { routeHash } from './library-route';

export interface ArticlePageProps {
  pack: PackIndex;
  id: string;
  /** The article's linked mentions (the background's spotter on the body: `backstory/spot`). */
  mentions: readonly BodyMention[];
}

export function ArticlePage({ pack, id, mentions }: ArticlePageProps) {
  const article = pack.articles.get(id);
  if (!article) {
    return (
      <section class="bs-lib-section">
        <h2>Not in the library</h2>
        <p>
          No bundled article has the id “{id}”.{' '}
          <a href={routeHash({ view: 'articles' })}>See all articles</a>.
        </p>
      </section>
    );
  }
  const citing = pack.citedBy.get(id) ?? [];
  return (
    <article class="bs-lib-section bs-article" aria-labelledby="bs-article-title">
      <h2 id="bs-article-title">{article.title}</h2>
      <p class="bs-article-meta">
        {article.source}, <time dateTime={article.published}>{formatDate(article.published)}</time>
        {article.dateline ? ` · ${article.dateline}` : ''}
        {article.url && (
          <>
            {' · '}
            <a href={article.url} rel="noreferrer">
              original
            </a>
          </>
        )}
      </p>
      <div class="bs-article-body">
        {articleParagraphs(article.body, mentions).map((p) => (
          <p key={p.start}>
            {p.parts.map((part, i) =>
              part.mention ? (
                <a
                  key={i}
                  class={`bs-mention bs-mention-${highlightKind(part.mention.kind)}`}
                  href={routeHash({ view: 'entity', id: part.mention.entityId })}
                  title={`${part.mention.name} (${kindLabel(part.mention.kind)})`}
                >
                  {part.text}
                </a>
              ) : (
                part.text
              ),
            )}
          </p>
        ))}
      </div>
      <section aria-labelledby="bs-cited-title">
        <h3 id="bs-cited-title" class="bs-section-title">
          Cards that cite this article ({citing.length})
        </h3>
        <ul class="bs-cited-by">
          {citing.map((e) => (
            <li key={e.id}>
              <a href={routeHash({ view: 'entity', id: e.id })}>{e.name}</a>{' '}
              <span class="bs-muted">{kindLabel(e.kind)}</span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
