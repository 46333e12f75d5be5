/**
 * A card's whole timeline of news briefs for the library: a density strip of
 * briefs per year, then one collapsible section per year, newest first, each
 * with its briefs per month and its briefs newest first, a page at a time.
 * Only open years read their shards and render their briefs, so a card with
 * thousands of briefs stays fast.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { BriefIndex } from '../../core/brief-timeline';
import { briefsByYear, type YearBriefs } from '../../core/brief-years';
import type { EntityCard } from '../../core/pack';
import { BriefLine } from './BriefLine';
import { BriefTexts } from './brief-texts';
import { DensityStrip } from './DensityStrip';
import type { BriefSource } from './use-brief-search';

/** Briefs shown per page of a year. */
export const YEAR_PAGE = 50;
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

export interface EntityBriefsProps {
  card: EntityCard;
  briefIndex: BriefIndex;
  source: Pick<BriefSource, 'loadShard'>;
}

export function EntityBriefs({ card, briefIndex, source }: EntityBriefsProps) {
  const years = useMemo(
    () => briefsByYear(card.briefs ?? [], briefIndex.months),
    [card, briefIndex],
  );
  const texts = useMemo(
    () => new BriefTexts(source.loadShard, briefIndex.shardSize),
    [source, briefIndex],
  );
  const [open, setOpen] = useState<ReadonlySet<string>>(
    new Set(years.slice(0, 1).map((y) => y.year)),
  );
  if (years.length === 0) return null;
  const total = card.briefs?.length ?? 0;
  return (
    <section class="bs-entity-briefs" aria-labelledby="bs-entity-briefs-title">
      <h3 id="bs-entity-briefs-title" class="bs-section-title">
        All news briefs ({total})
      </h3>
      <DensityStrip class="bs-density-years" title="News briefs per year" bars={yearBars(years)} />
      {years.map((y) => (
        <details
          key={y.year}
          class="bs-brief-year"
          data-year={y.year}
          open={open.has(y.year)}
          onToggle={(e) => {
            const isOpen = (e.currentTarget as HTMLDetailsElement).open;
            if (isOpen === open.has(y.year)) return;
            const next = new Set(open);
            if (isOpen) next.add(y.year);
            else next.delete(y.year);
            setOpen(next);
          }}
        >
          <summary>
            {y.year}{' '}
            <span class="bs-muted">
              · {y.briefs.length === 1 ? '1 brief' : `${y.briefs.length} briefs`}
            </span>
          </summary>
          {open.has(y.year) && <YearList year={y} texts={texts} />}
        </details>
      ))}
    </section>
  );
}

/** Briefs per year, oldest first, years without briefs as empty bars. */
export function yearBars(years: readonly YearBriefs[]): [string, number][] {
  const counts = new Map(years.map((y) => [Number(y.year), y.briefs.length]));
  const all = [...counts.keys()];
  const bars: [string, number][] = [];
  for (let y = Math.min(...all); y <= Math.max(...all); y++)
    bars.push([`${y}`, counts.get(y) ?? 0]);
  return bars;
}

function YearList({ year, texts }: { year: YearBriefs; texts: BriefTexts }) {
  const [shown, setShown] = useState(YEAR_PAGE);
  const [, setLoaded] = useState(0);
  const visible = year.briefs.slice(0, shown);
  useEffect(() => {
    let live = true;
    void texts.need(visible).then(() => live && setLoaded((n) => n + 1));
    return () => {
      live = false;
    };
  }, [texts, year, shown]);
  return (
    <>
      <DensityStrip
        class="bs-density-months"
        title={`News briefs per month in ${year.year}`}
        bars={year.months.map((n, m) => [MONTHS[m] as string, n] as const)}
      />
      <ol class="bs-brief-list">
        {visible.map((i) => {
          const brief = texts.get(i);
          return (
            <li key={i} class="bs-brief" data-brief={i}>
              {brief ? (
                <BriefLine brief={brief}>{brief.text}</BriefLine>
              ) : (
                <span class="bs-muted">Loading…</span>
              )}
            </li>
          );
        })}
      </ol>
      {shown < year.briefs.length && (
        <button type="button" class="bs-more" onClick={() => setShown(shown + YEAR_PAGE)}>
          Show {Math.min(YEAR_PAGE, year.briefs.length - shown)} more of {year.year}
        </button>
      )}
    </>
  );
}
