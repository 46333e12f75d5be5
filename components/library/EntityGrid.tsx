/**
 * Every actor and event as a compact card, filterable by kind: the best known
 * first (curated cards, then by how many briefs name them), a page at a time.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  HIGHLIGHT_KINDS,
  highlightKind,
  type EntityCard,
  type HighlightKind,
} from '../../core/pack';
import { kindLabel } from '../card/card-labels';
import type { PackIndex } from '../pack/pack-index';
import { groupLabel } from '../popup/page-entries';
import { routeHash } from './library-route';

export interface EntityGridProps {
  pack: PackIndex;
  kind?: HighlightKind;
}

/** Cards drawn at first, and added by each "Show more". */
export const GRID_PAGE = 120;

const known = (e: EntityCard): number =>
  (e.facts.length > 0 ? 1e6 : 0) + (e.briefs?.length ?? 0) + e.citations.length;

export function EntityGrid({ pack, kind }: EntityGridProps) {
  const all = pack.pack.entities;
  const [limit, setLimit] = useState(GRID_PAGE);
  useEffect(() => setLimit(GRID_PAGE), [kind]);
  const matching = useMemo(
    () =>
      all
        .filter((e) => !kind || highlightKind(e.kind) === kind)
        .sort((a, b) => known(b) - known(a) || a.name.localeCompare(b.name)),
    [all, kind],
  );
  const shown = matching.slice(0, limit);
  const counts = useMemo(() => {
    const n = new Map<HighlightKind, number>();
    for (const e of all) n.set(highlightKind(e.kind), (n.get(highlightKind(e.kind)) ?? 0) + 1);
    return n;
  }, [all]);
  const count = (k: HighlightKind) => counts.get(k) ?? 0;
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
            {e.summary ? (
              <p>{e.summary}</p>
            ) : (
              e.span && (
                <p class="bs-muted">
                  {e.briefs?.length ?? 0} briefs, {e.span.first.slice(0, 4)}
                  {e.span.last.slice(0, 4) !== e.span.first.slice(0, 4) &&
                    `–${e.span.last.slice(0, 4)}`}
                </p>
              )
            )}
          </li>
        ))}
      </ul>
      {matching.length > shown.length && (
        <p class="bs-grid-more">
          <button type="button" class="bs-button" onClick={() => setLimit(limit + GRID_PAGE)}>
            Show {Math.min(GRID_PAGE, matching.length - shown.length)} more
          </button>{' '}
          <span class="bs-muted">
            {shown.length} of {matching.length}
          </span>
        </p>
      )}
    </section>
  );
}
