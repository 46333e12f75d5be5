/** The events of the pack in date order. */
import { kindLabel } from '../card/card-labels';
import type { PackIndex } from '../pack/pack-index';
import { routeHash } from './library-route';
import { timelineOf } from './timeline';

export function Timeline({ pack }: { pack: PackIndex }) {
  const entries = timelineOf(pack.pack.entities);
  return (
    <section class="bs-lib-section" aria-labelledby="bs-timeline-title">
      <h2 id="bs-timeline-title">Timeline</h2>
      {entries.length === 0 ? (
        <p>No dated events in the knowledge pack.</p>
      ) : (
        <ol class="bs-timeline">
          {entries.map(({ card, date, label }) => (
            <li key={card.id} data-entity-id={card.id}>
              <time class="bs-timeline-date" dateTime={date}>
                {label}
              </time>
              <div>
                <a href={routeHash({ view: 'entity', id: card.id })}>{card.name}</a>{' '}
                <span class="bs-muted">{kindLabel(card.kind)}</span>
                <p>{card.summary}</p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
