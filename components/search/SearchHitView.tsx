/** One search result row: what matched, marked, and where it comes from. */
import type { SearchHit } from '../../core/search';
import { formatDate, kindLabel } from '../card/card-labels';
import { hitDetail } from './hit-text';
import { Marked } from './Marked';

export function SearchHitView({ hit }: { hit: SearchHit }) {
  const detail = hitDetail(hit);
  if (hit.type === 'sentence') {
    return (
      <>
        <span class="bs-hit-line">
          <span class="bs-hit-text">
            <Marked text={detail} terms={hit.terms} />
          </span>
        </span>
        <span class="bs-hit-meta">
          {hit.article.source} · {formatDate(hit.article.published)} · article
        </span>
      </>
    );
  }
  return (
    <>
      <span class="bs-hit-line">
        <span class="bs-hit-name">
          <Marked text={hit.entity.name} terms={hit.terms} />
        </span>
        <span class="bs-hit-kind">{hit.type === 'fact' ? 'Fact' : kindLabel(hit.entity.kind)}</span>
      </span>
      <span class="bs-hit-meta">
        <Marked text={detail} terms={hit.terms} />
      </span>
    </>
  );
}
