/** Every actor and event as a compact card, filterable by kind. */
import { HIGHLIGHT_KINDS, highlightKind, type HighlightKind } from '../../core/pack';
import { kindLabel } from '../card/card-labels';
import type { PackIndex } from '../pack/pack-index';
import { groupLabel } from '../popup/page-entries';
import { routeHash } from './library-route';

export interface EntityGridProps {
  pack: PackIndex;
  kind?: HighlightKind;
}

export function EntityGrid({ pack, kind }: EntityGridProps) {
  const all = pack.pack.entities;
  const shown = all
    .filter((e) => !kind || highlightKind(e.kind) === kind)
    .sort((a, b) => a.name.localeCompare(b.name));
  const count = (k: HighlightKind) => all.filter((e) => highlightKind(e.kind) === k).length;
  return (
    <section class="bs-lib-section" aria-labelledby="bs-cards-title">
      <h2 id="bs-cards-title">{kind ? groupLabel(kind) : 'All cards'}</h2>
      <nav class="bs-kind-filter" aria-label="Filter by kind">
        <a href={routeHash({ view: 'cards' })} aria-current={!kind ? 'page' : undefined}>
          All <span class="bs-muted">{all.length}</span>
        </a>
        {HIGHLIGHT_KINDS.filter((k) => count(k) > 0).map((k) => (
          <a
            key={k}
            href={routeHash({ view: 'cards', kind: k })}
            aria-current={kind === k ? 'page' : undefined}
          >
            {groupLabel(k)} <span class="bs-muted">{count(k)}</span>
          </a>
        ))}
      </nav>
      <ul class="bs-grid">
        {shown.map((e) => (
          <li key={e.id} class="bs-grid-card" data-entity-id={e.id} data-kind={e.kind}>
            <h3>
              <a href={routeHash({ view: 'entity', id: e.id })}>{e.name}</a>
            </h3>
            <p class="bs-grid-kind">
              {kindLabel(e.kind)}
              {e.role ? ` · ${e.role}` : ''}
            </p>
            <p>{e.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
