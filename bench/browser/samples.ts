/** Collecting repeated runs by key, and printing them as `median ±spread`. */
import { fmt, median, spread } from '../stats';

/** Samples of several metrics per key (`page|pack`), in run order. */
export class SampleTable<M extends string> {
  private readonly data = new Map<string, Map<M, number[]>>();

  add(key: string, values: Partial<Record<M, number>>): void {
    let row = this.data.get(key);
    if (!row) this.data.set(key, (row = new Map()));
    for (const [metric, value] of Object.entries(values) as [M, number | undefined][]) {
      if (value === undefined) continue;
      const list = row.get(metric);
      if (list) list.push(value);
      else row.set(metric, [value]);
    }
  }

  samples(key: string, metric: M): number[] {
    return this.data.get(key)?.get(metric) ?? [];
  }

  /** Median of a metric (NaN without samples; NaN samples are ignored). */
  median(key: string, metric: M): number {
    return median(this.samples(key, metric).filter((v) => !Number.isNaN(v)));
  }

  /** `12.3 ±4%` (or `—` without samples). */
  cell(key: string, metric: M): string {
    const values = this.samples(key, metric).filter((v) => !Number.isNaN(v));
    if (values.length === 0) return '—';
    const m = median(values);
    return values.length > 1 && m > 0 ? `${fmt.ms(m)} ${fmt.spread(spread(values))}` : fmt.ms(m);
  }

  /** Every key and metric with its samples, for the JSON results. */
  toJSON(): Record<string, Record<string, number[]>> {
    return Object.fromEntries([...this.data].map(([key, row]) => [key, Object.fromEntries(row)]));
  }
}

/** `a / b` as `12.3×` (or `—` when either is missing). */
export function ratio(a: number, b: number): string {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? fmt.x(a / b) : '—';
}
