/**
 * The comparison behind core/search.ts's engine choice: our impact-ordered
 * postings vs MiniSearch vs FlexSearch on the same documents (the seed pack and a generated 10k pack).
 * Run: `npx tsx bench/search-engines.ts [entityCount]`. Prints build time,
 * serialized size, load time, typed-as-you-go latency and the first result of
 * the target queries.
 */
import { SEED_PACK } from '../core/fixtures/seed-cards';
import type { CardsPack } from '../core/pack';
import { flexSearch, miniSearch, ours, time, type BuiltEngine } from './search-engine-variants';
import { percentiles, TARGET_QUERIES, typedQueries } from './search-queries';
import { syntheticCardsPack } from './synthetic-cards';

function measure(name: string, pack: CardsPack, make: (p: CardsPack) => BuiltEngine) {
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
