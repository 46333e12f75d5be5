/**
 * Briefs per year or per month as a row of small bars. The bars are drawn for
 * the eye; the counts are in the strip's aria-label (one `role="img"`).
 */

export interface DensityStripProps {
  /** `[label, count]`, in the order drawn. */
  bars: readonly (readonly [string, number])[];
  /** What the strip counts, for its label ("News briefs per year"). */
  title: string;
  class?: string;
}

/** "News briefs per year: 2016 12, 2017 3". */
export function densityLabel(title: string, bars: DensityStripProps['bars']): string {
  return `${title}: ${bars.map(([label, n]) => `${label} ${n}`).join(', ')}`;
}

export function DensityStrip({ bars, title, class: className }: DensityStripProps) {
  const max = Math.max(1, ...bars.map(([, n]) => n));
  return (
    <div
      class={`bs-density ${className ?? ''}`}
      role="img"
      aria-label={densityLabel(title, bars)}
      title={densityLabel(title, bars)}
    >
      {bars.map(([label, n]) => (
        <span key={label} class="bs-density-bar" data-label={label}>
          <span class="bs-density-fill" style={{ height: `${Math.round((n / max) * 100)}%` }} />
        </span>
      ))}
    </div>
  );
}
