/**
 * Runs in the page: the page's cumulative layout shift so far (shifts without
 * recent input), read from the buffered `layout-shift` entries.
 */
export function cumulativeLayoutShift(): Promise<number> {
  return new Promise((resolve) => {
    let total = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) total += entry.value;
      }
    });
    try {
      observer.observe({ type: 'layout-shift', buffered: true });
    } catch {
      resolve(0);
      return;
    }
    setTimeout(() => {
      observer.disconnect();
      resolve(total);
    }, 50);
  });
}
