// Build-time settings read through `import.meta.env` (Vite passes WXT_* variables).
interface ImportMetaEnv {
  /**
   * `1` only in the benches' builds (bench/browser/variants.ts): the content
   * script then records each slice-runner run as a `backstory-task` measure in
   * the page's performance timeline, where the benches read it. Never in a
   * build we ship: pages and their analytics can read that timeline.
   */
  readonly WXT_BENCH_MEASURES?: string;
}
