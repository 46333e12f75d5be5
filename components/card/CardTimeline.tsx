/**
 * A card's briefs as of the page's date: the latest ones up to it (newest
 * first), then what came since, each with its date, its verbatim text and
 * its outlets (linked where the corpus gives the article's URL), and the
 * CC BY-SA attribution the text needs. What came before is shown on request.
 */
import { BRIEF_ATTRIBUTION, BRIEF_LICENSE_URL } from '../../core/brief';
import { EARLIER_STEP, type Timeline } from '../../core/brief-timeline';
import type { PackBrief } from '../../core/pack';
import { formatDate } from './card-labels';

export interface CardTimelineProps {
  timeline: Timeline;
  briefs: Record<number, PackBrief>;
  /** True when the timeline's date is the page's (not today). */
  pageDated: boolean;
  /** Asks for earlier briefs; without it the count of earlier ones is only said. */
  onEarlier?: () => void;
}

function Brief({ brief }: { brief: PackBrief }) {
  return (
    <li class="bs-brief">
      <time class="bs-brief-date" dateTime={brief.date}>
        {formatDate(brief.date)}
      </time>{' '}
      <span class="bs-brief-text">{brief.text}</span>
      {brief.outlets.map((outlet, i) => (
        <span key={i} class="bs-brief-outlet">
          {' '}
          {outlet.url ? (
            <a href={outlet.url} target="_blank" rel="noopener noreferrer">
              ({outlet.name})
            </a>
          ) : (
            <cite>({outlet.name})</cite>
          )}
        </span>
      ))}
    </li>
  );
}

function BriefList({ ids, briefs }: { ids: number[]; briefs: Record<number, PackBrief> }) {
  const shown = ids.filter((i) => briefs[i]);
  return (
    <ul class="bs-briefs">
      {shown.map((i) => (
        <Brief key={i} brief={briefs[i]!} />
      ))}
    </ul>
  );
}

/** The timeline, or nothing when it has no brief. */
export function CardTimeline({ timeline, briefs, pageDated, onEarlier }: CardTimelineProps) {
  const { before, after, earlier, later } = timeline;
  if (before.length === 0 && after.length === 0) return null;
  const upTo = pageDated ? `Up to this page (${formatDate(timeline.asOf)})` : 'Latest';
  return (
    <section class="bs-card-timeline" aria-label="Timeline">
      {before.length > 0 && (
        <>
          <h3 class="bs-card-subhead">{upTo}</h3>
          <BriefList ids={before} briefs={briefs} />
          {earlier > 0 &&
            (onEarlier ? (
              <button type="button" class="bs-card-more bs-card-earlier" onClick={onEarlier}>
                What came before: {Math.min(earlier, EARLIER_STEP)} of {earlier} earlier{' '}
                {earlier === 1 ? 'brief' : 'briefs'}
              </button>
            ) : (
              <p class="bs-card-more">
                {earlier} earlier {earlier === 1 ? 'brief' : 'briefs'}
              </p>
            ))}
        </>
      )}
      {after.length > 0 && (
        <>
          <h3 class="bs-card-subhead">Since then</h3>
          <BriefList ids={after} briefs={briefs} />
          {later > 0 && (
            <p class="bs-card-more">
              {later} later {later === 1 ? 'brief' : 'briefs'}
            </p>
          )}
        </>
      )}
      <p class="bs-card-attribution">
        {BRIEF_ATTRIBUTION.replace(', CC BY-SA 4.0', ', ')}
        <a href={BRIEF_LICENSE_URL} target="_blank" rel="noopener noreferrer license">
          CC BY-SA 4.0
        </a>
      </p>
    </section>
  );
}
