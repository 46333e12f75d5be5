/** One card in full, with the articles and sentences it comes from. */
import { EntityBriefs } from '../briefs/EntityBriefs';
import type { BriefSource } from '../briefs/use-brief-search';
import { CardView } from '../card/CardView';
import { CardArticles } from '../pack/CardArticles';
import type { PackIndex } from '../pack/pack-index';
import { routeHash } from './library-route';

export interface EntityPageProps {
  pack: PackIndex;
  id: string;
  onOpen: (hash: string) => void;
  /** Where its whole timeline of briefs is read from (none: not shown). */
  briefSource?: Pick<BriefSource, 'loadShard'>;
}

export function EntityPage({ pack, id, onOpen, briefSource }: EntityPageProps) {
  const card = pack.cards.get(id);
  if (!card) {
    return (
      <section class="bs-lib-section">
        <h2>Not in the library</h2>
        <p>
          No card has the id “{id}”. <a href={routeHash({ view: 'cards' })}>See all cards</a>.
        </p>
      </section>
    );
  }
  return (
    <section class="bs-lib-section bs-entity-page" aria-label={card.name}>
      <CardView
        card={card}
        names={pack.names}
        sources={pack.sources}
        timeline={pack.timelines?.[card.id]}
        briefs={pack.briefs}
        maxFacts={card.facts.length}
        maxRelated={card.related.length}
        onOpenRelated={(related) => onOpen(routeHash({ view: 'entity', id: related }))}
      />
      <CardArticles
        card={card}
        sources={pack.sources}
        articleHref={(article) => routeHash({ view: 'article', id: article })}
      />
      {briefSource && pack.pack.briefIndex && (card.briefs?.length ?? 0) > 0 && (
        <EntityBriefs
          key={card.id}
          card={card}
          briefIndex={pack.pack.briefIndex}
          source={briefSource}
        />
      )}
      {card.citations.length > 0 && (
        <section class="bs-citations" aria-labelledby="bs-citations-title">
          <h3 id="bs-citations-title" class="bs-section-title">
            What the articles say
          </h3>
          <ul>
            {card.citations.map((c) => (
              <li key={`${c.articleId}-${c.start}`}>
                <blockquote>{c.sentence}</blockquote>
                <a href={routeHash({ view: 'article', id: c.articleId })}>
                  {pack.sources[c.articleId]?.source ?? c.articleId}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
