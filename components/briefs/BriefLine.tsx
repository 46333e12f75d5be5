/** One brief in a list of search results or a year: its date, its text, its outlets. */
import type { ComponentChildren } from 'preact';
import type { PackBrief } from '../../core/pack';
import { formatDate } from '../card/card-labels';

export function BriefLine({ brief, children }: { brief: PackBrief; children: ComponentChildren }) {
  return (
    <>
      <time class="bs-brief-date" dateTime={brief.date}>
        {formatDate(brief.date)}
      </time>{' '}
      {children}
      {brief.outlets.length > 0 && (
        <span class="bs-brief-outlet"> ({brief.outlets.map((o) => o.name).join(', ')})</span>
      )}
    </>
  );
}
