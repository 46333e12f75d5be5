/**
 * The comparison behind core/search.ts's engine choice: our impact-ordered
 * postings vs MiniSearch vs FlexSearch on the same documents (the seed pack and a generated 10k pack).
 * Run: `npx tsx bench/search-engines.ts [entityCount]`. Prints build time,
 * serialized size, load time, typed-as-you-go latency and the first result of
 * the target queries.
 */
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import { SEED_PACK } from '../core/fixtures/seed-cards';
import type { CardsPack } from '../core/pack';
import { buildSearchIndex, loadSearch } from '../core/search';
import { indexTerms, queryTerms } from '../core/search-terms';
import { segmentSentences } from '../core/search-sentences';
import { percentiles, TARGET_QUERIES, typedQueries } from './search-queries';
import { syntheticCardsPack } from './synthetic-cards';

const FIELDS = { name: 5, aliases: 4, role: 3, body: 1 } as const;
type Field = keyof typeof FIELDS;

interface Engine {
  search(q: string): string[];
}

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const v = f();
  return [v, performance.now() - t];
}

/** Our engine (core/search.ts): impact-ordered postings. */
function ours(pack: CardsPack) {
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
function miniSearch(pack: CardsPack) {
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

function flexSearch(pack: CardsPack) {
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

function measure(
  name: string,
  pack: CardsPack,
  make: (p: CardsPack) => ReturnType<typeof miniSearch>,
) {
  const { engine, build, bytes, load } = make(pack);
  const queries = typedQueries();
  for (const q of queries) engine.search(q); // warm-up
  const ms: number[] = [];
  for (let round = 0; round < 5; round++)
    for (const q of queries) ms.push(time(() => engine.search(q))[1]);
  const p = percentiles(ms);
  const fmt = (n: number) => n.toFixed(2);
  console.log(
    `${name.padEnd(11)} build ${fmt(build)} ms, ${(bytes / 1024).toFixed(0)} KiB, load ${fmt(load)} ms, ` +
      `search p50 ${fmt(p.p50)} p95 ${fmt(p.p95)} max ${fmt(p.max)} ms`,
  );
  for (const q of TARGET_QUERIES)
    console.log(`   ${q.padEnd(26)} → ${engine.search(q)[0] ?? 'none'}`);
}

const size = Number(process.argv[2] ?? 10000);
for (const [label, pack] of [
  ['seed pack', SEED_PACK],
  [`${size} entities`, syntheticCardsPack(size)],
] as const) {
  const docs = pack.entities.length;
  console.log(`\n## ${label} (${docs} entities, ${pack.articles.length} articles)`);
  measure('ours', pack, ours);
  measure('MiniSearch', pack, miniSearch);
  measure('FlexSearch', pack, flexSearch);
}
