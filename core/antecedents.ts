/**
 * One sense per discourse, refined by proximity: a bare surname refers to the
 * full name written nearest before it (as news writing does: full name first,
 * surname after). So on a page naming both `Barack Obama` and `Michelle
 * Obama`, each bare `Obama` follows whichever came last; with nothing before
 * it, whichever comes first after it.
 */
export interface Antecedents {
  /** A longer name ending in this alias that is not the entity (`Michelle Obama`). */
  addContest(key: string, pos: number): void;
  /** A full (strong) mention of an entity. */
  addNamed(entity: number, pos: number): void;
  isContested(key: string): boolean;
  /** Whether the nearest antecedent of `key` at `pos` is `entity`'s full name. */
  favours(key: string, entity: number, pos: number): boolean;
}

function nearest(positions: readonly number[] | undefined, pos: number): [number, number] {
  let before = -1;
  let after = Infinity;
  for (const p of positions ?? []) {
    if (p < pos) before = Math.max(before, p);
    else if (p > pos) after = Math.min(after, p);
  }
  return [before, after];
}

export function antecedents(): Antecedents {
  const contests = new Map<string, number[]>();
  const named = new Map<number, number[]>();
  const push = <K>(map: Map<K, number[]>, key: K, pos: number): void => {
    const list = map.get(key);
    if (list) list.push(pos);
    else map.set(key, [pos]);
  };
  return {
    addContest: (key, pos) => push(contests, key, pos),
    addNamed: (entity, pos) => push(named, entity, pos),
    isContested: (key) => contests.has(key),
    favours(key, entity, pos) {
      const [contestBefore, contestAfter] = nearest(contests.get(key), pos);
      const [namedBefore, namedAfter] = nearest(named.get(entity), pos);
      if (namedBefore !== -1 || contestBefore !== -1) return namedBefore > contestBefore;
      return namedAfter < contestAfter;
    },
  };
}
