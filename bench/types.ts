/** The shapes every bench section shares (see bench/README.md). */

export interface Table {
  title?: string;
  columns: string[];
  rows: (string | number)[][];
}

export interface Goal {
  label: string;
  /** The target, in words (`≥ 25% of floor`). */
  target: string;
  /** What this run measured (`31%`). */
  actual: string;
  pass: boolean;
}

export interface Section {
  /** Short id, as given to `--only` (the file name without `.bench.ts`). */
  id: string;
  title: string;
  tables: Table[];
  goals: Goal[];
  notes?: string[];
  /** Raw numbers for bench/results/*.json. */
  data: Record<string, unknown>;
}

export interface BenchContext {
  /** `--quick`: fewer runs and smaller inputs, for a smoke run. */
  quick: boolean;
  /** Forces a full garbage collection (always available; see stats.ts). */
  gc(): void;
  /** Progress line on stderr (the report goes to stdout). */
  log(line: string): void;
  /** Absolute path of the repository root. */
  root: string;
}

/** What a `bench/<id>.bench.ts` module exports. */
export interface SectionModule {
  run(ctx: BenchContext): Promise<Section>;
}
