/**
 * The search engines compared for core/search.ts, behind one interface: ours
 * (impact-ordered postings), MiniSearch and FlexSearch configured as closely
 * as they allow (same documents, field and type boosts, typo and prefix
 * rules). Each returns build time, serialized size and load time.
 */
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import type { CardsPack } from '../core/pack';
import { buildSearchIndex, loadSearch } from '../core/search';
import { indexTerms, queryTerms } from '../core/search-terms';
import { segmentSentences } from '../core/search-sentences';

/** A built and loaded engine. */
export interface BuiltEngine {
  engine: Engine;
  build: number;
  bytes: number;
  load: number;
}

const FIELDS = { name: 5, aliases: 4, role: 3, body: 1 } as const;
type Field = keyof typeof FIELDS;

export interface Engine {
  search(q: string): string[];
}

export function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const v = f();
  return [v, performance.now() - t];
}

/** Our engine (core/search.ts): impact-ordered postings. */
export function ours(pack: CardsPack) {
  const [json, build] = time(() => buildSearchIndex(pack));
  const text = JSON.stringify(json);
  const [s, load] = time(() => loadSearch(JSON.parse(text), pack));
  const engine: Engine = {
    search: (q) =>
      s
        .search(q, { limit: 10 })
        .map((h) => (h.type === 'sentence' ? `sentence` : `${h.type}:${h.entity.id}`)),
  };
  return { engine, build, bytes: text.length, load };
}

/** MiniSearch as core/search.ts first used it: one index, AND then OR, fuzzy 0.2, prefix on the last word. */
export function miniSearch(pack: CardsPack) {
  const labels: string[] = [];
  const typeBoost: number[] = [];
  const options = {
    fields: Object.keys(FIELDS),
    storeFields: [],
    tokenize: (t: string) => [t],
    processTerm: (t: string) => indexTerms(t),
  };
  const [index, build] = time(() => {
    const m = new MiniSearch(options);
    const add = (label: string, boost: number, doc: Partial<Record<Field, string>>) => {
      m.add({ id: labels.length, ...doc });
      labels.push(label);
      typeBoost.push(boost);
    };
    for (const e of pack.entities)
      add(`entity:${e.id}`, 3, {
        name: e.name,
        aliases: e.aliases.join(' '),
        role: e.role,
        body: e.summary,
      });
    for (const e of pack.entities)
      for (const f of e.facts) add(`fact:${e.id}`, 1.3, { body: `${f.text} ${f.quote}` });
    for (const a of pack.articles)
      for (const s of segmentSentences(a.body)) add('sentence', 1, { body: s.text });
    return m;
  });
  const text = JSON.stringify(index);
  const [loaded, load] = time(() => MiniSearch.loadJSON(text, options));
  const run = (terms: string[], combineWith: 'AND' | 'OR') =>
    loaded.search(terms.join(' '), {
      tokenize: (q) => q.split(' '),
      processTerm: (t) => t,
      combineWith,
      boost: FIELDS,
      prefix: (_t, i, all) => i === all.length - 1,
      fuzzy: (t) => (t.length >= 4 ? 0.2 : false),
      maxFuzzy: 2,
      boostDocument: (id) => typeBoost[id as number] ?? 1,
    });
  const engine: Engine = {
    search(q) {
      const terms = queryTerms(q);
      if (!terms.length) return [];
      let r = run(terms, 'AND');
      if (!r.length && terms.length > 1) r = run(terms, 'OR');
      return r.slice(0, 10).map((x) => labels[x.id as number]!);
    },
  };
  return { engine, build, bytes: text.length, load };
}

export function flexSearch(pack: CardsPack) {
  const labels: string[] = [];
  const typeBoost: number[] = [];
  const make = () =>
    new FlexSearch.Index({
      tokenize: 'forward',
      encoder: FlexSearch.Charset.LatinBalance,
      resolution: 9,
    });
  const [indexes, build] = time(() => {
    const idx = Object.fromEntries(Object.keys(FIELDS).map((f) => [f, make()])) as Record<
      Field,
      InstanceType<typeof FlexSearch.Index>
    >;
    const add = (label: string, boost: number, doc: Partial<Record<Field, string>>) => {
      const id = labels.length;
      labels.push(label);
      typeBoost.push(boost);
      for (const [f, v] of Object.entries(doc))
        if (v) idx[f as Field].add(id, indexTerms(v).join(' '));
    };
    for (const e of pack.entities)
      add(`entity:${e.id}`, 3, {
        name: e.name,
        aliases: e.aliases.join(' '),
        role: e.role,
        body: e.summary,
      });
    for (const e of pack.entities)
      for (const f of e.facts) add(`fact:${e.id}`, 1.3, { body: `${f.text} ${f.quote}` });
    for (const a of pack.articles)
      for (const s of segmentSentences(a.body)) add('sentence', 1, { body: s.text });
    return idx;
  });
  const parts: Record<string, [string, string][]> = {};
  for (const [f, i] of Object.entries(indexes)) {
    parts[f] = [];
    i.export((key: string, data: string) => void parts[f]!.push([key, data]));
  }
  const text = JSON.stringify(parts);
  const [loaded, load] = time(() => {
    const idx = Object.fromEntries(Object.keys(FIELDS).map((f) => [f, make()])) as Record<
      Field,
      InstanceType<typeof FlexSearch.Index>
    >;
    for (const [f, kv] of Object.entries(JSON.parse(text) as typeof parts))
      for (const [k, d] of kv) idx[f as Field].import(k, d);
    return idx;
  });
  const engine: Engine = {
    search(q) {
      const query = queryTerms(q).join(' ');
      if (!query) return [];
      const score = new Map<number, number>();
      for (const [f, boost] of Object.entries(FIELDS)) {
        const ids = loaded[f as Field].search(query, { limit: 50, suggest: true }) as number[];
        ids.forEach((id, rank) =>
          score.set(id, (score.get(id) ?? 0) + (boost * typeBoost[id]!) / (1 + rank)),
        );
      }
      return [...score.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 10)
        .map(([id]) => labels[id]!);
    },
  };
  return { engine, build, bytes: text.length, load };
}
