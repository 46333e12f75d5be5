/**
 * Queries as a reader types them: every prefix of each query, in order
 * (`l`, `la`, `lav`, … `lavrov`), so latency covers the short, broad prefixes too.
 */
export const TARGET_QUERIES = [
  'lavrov',
  'lavrof',
  'russian foreign minister',
  'g20',
  'ceasefire',
  'assad',
  'geneva talks',
  'secretary of state',
  'putin obama',
  'humanitarian access',
];

/** Every prefix of every target query, skipping blank ones. */
export function typedQueries(targets: readonly string[] = TARGET_QUERIES): string[] {
  return targets.flatMap((q) =>
    Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)).filter((p) => p.trim() !== ''),
  );
}

/** p50 / p95 / max of a list of milliseconds. */
export function percentiles(ms: number[]): { p50: number; p95: number; max: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? 0 };
}
