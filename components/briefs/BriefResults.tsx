/**
 * The briefs a search found, under the cards they belong to, with a year
 * filter and a card filter: each brief's date, its text with the matched
 * words marked, and its outlets. Props in (useBriefSearch's state), callbacks out.
 */
import { Marked } from '../search/Marked';
import { BriefLine } from './BriefLine';
import type { BriefSearchState } from './use-brief-search';

export interface BriefResultsProps {
  state: BriefSearchState;
  query: string;
  /** A card's page (the library's), for group titles. */
  entityHref?: (id: string) => string;
  /** Open card links in a new tab (from the popup). */
  newTab?: boolean;
  /** Prefix for element ids (two lists on one page need different ones). */
  idPrefix?: string;
}

export function BriefResults({
  state,
  query,
  entityHref,
  newTab,
  idPrefix = 'bs-briefs',
}: BriefResultsProps) {
  if (query.trim() === '') return null;
  const target = newTab ? { target: '_blank', rel: 'noreferrer' } : {};
  return (
    <section class="bs-briefs" aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`} class="bs-section-title">
        News briefs
      </h2>
      <div class="bs-briefs-filters">
        <label>
          Year{' '}
          <select
            class="bs-briefs-year"
            value={state.year ?? ''}
            onChange={(e) =>
              state.setYear((e.currentTarget as HTMLSelectElement).value || undefined)
            }
          >
            <option value="">All years</option>
            {[...state.years].reverse().map((y) => (
              <option key={y.year} value={y.year}>
                {y.year}
              </option>
            ))}
          </select>
        </label>
        <label>
          About{' '}
          <select
            class="bs-briefs-entity"
            value={state.entity?.id ?? ''}
            onChange={(e) => {
              const id = (e.currentTarget as HTMLSelectElement).value;
              state.setEntity(state.entityChoices.find((c) => c.id === id));
            }}
          >
            <option value="">Any card</option>
            {state.entityChoices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="bs-search-status" role="status">
        {state.failed
          ? 'News briefs are unavailable.'
          : !state.ready
            ? 'Loading the news briefs…'
            : state.total === 0
              ? 'No news brief matches.'
              : `${state.total === 1 ? '1 brief' : `${state.total} briefs`}${state.year ? ` in ${state.year}` : ''}`}
      </p>
      {state.groups.map((group) => (
        <section
          key={group.entity?.id ?? ''}
          class="bs-brief-group"
          data-group={group.entity?.id ?? ''}
        >
          <h3 class="bs-brief-group-title">
            {group.entity && entityHref ? (
              <a href={entityHref(group.entity.id)} {...target}>
                {group.entity.name}
              </a>
            ) : (
              (group.entity?.name ?? 'Other briefs')
            )}
          </h3>
          <ol class="bs-brief-list">
            {group.hits.map((hit) => {
              const brief = state.briefOf(hit.index);
              return (
                <li key={hit.index} class="bs-brief" data-brief={hit.index}>
                  {brief ? (
                    <BriefLine brief={brief}>
                      <span class="bs-brief-text">
                        <Marked text={brief.text} terms={hit.terms} />
                      </span>
                    </BriefLine>
                  ) : (
                    <span class="bs-muted">Loading…</span>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </section>
  );
}
