/**
 * The search index's sorted term list, walked as an implicit trie: prefix
 * completions by binary search, and typo matches (Levenshtein distance) by
 * sharing DP rows between neighbouring terms and skipping whole subtrees whose
 * prefix is already too far from the query.
 */

/** First index whose term is ≥ `key` (sorted `terms`). */
export function lowerBound(terms: readonly string[], key: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((terms[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index range `[start, end)` of the terms starting with `prefix`. */
export function prefixRange(terms: readonly string[], prefix: string): [number, number] {
  return [lowerBound(terms, prefix), lowerBound(terms, `${prefix}\uffff`)];
}

/** A term within the allowed edit distance of the query. */
export interface FuzzyMatch {
  index: number;
  distance: number;
}

/**
 * Every term within `maxDistance` edits (insert, delete, substitute) of
 * `query`, among `terms[start..end)` (a prefix range: pass the range of the
 * query's first letter to assume, as most spellers do, that it is right).
 */
export function fuzzyMatches(
  terms: readonly string[],
  query: string,
  maxDistance: number,
  start = 0,
  end = terms.length,
): FuzzyMatch[] {
  const n = query.length;
  const width = n + 1;
  // rows[d] holds the DP row after the first d letters of the current term.
  let rows = new Int32Array(width * 32);
  for (let j = 0; j <= n; j++) rows[j] = j;
  const matches: FuzzyMatch[] = [];
  let valid = 0; // rows 0..valid are computed for `prev`
  let prev = '';
  let i = start;
  outer: while (i < end) {
    const term = terms[i] as string;
    if ((term.length + 1) * width > rows.length) {
      const grown = new Int32Array((term.length + 1) * width * 2);
      grown.set(rows);
      rows = grown;
    }
    let depth = 0;
    const limit = Math.min(valid, term.length, prev.length);
    while (depth < limit && term.charCodeAt(depth) === prev.charCodeAt(depth)) depth++;
    for (let d = depth + 1; d <= term.length; d++) {
      const row = d * width;
      const up = row - width;
      const c = term.charCodeAt(d - 1);
      rows[row] = d;
      let best = d;
      for (let j = 1; j <= n; j++) {
        const cost = query.charCodeAt(j - 1) === c ? 0 : 1;
        const v = Math.min(
          (rows[up + j] as number) + 1,
          (rows[row + j - 1] as number) + 1,
          (rows[up + j - 1] as number) + cost,
        );
        rows[row + j] = v;
        if (v < best) best = v;
      }
      if (best > maxDistance) {
        // No term under this prefix can come back within reach: skip them all.
        prev = term;
        valid = d - 1;
        i = lowerBound(terms, `${term.slice(0, d)}\uffff`);
        continue outer;
      }
    }
    const distance = rows[term.length * width + n] as number;
    if (distance <= maxDistance) matches.push({ index: i, distance });
    prev = term;
    valid = term.length;
    i++;
  }
  return matches;
}
