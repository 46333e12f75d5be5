/**
 * `npx tsx scripts/eval/link-sample.ts [--pack DIR] [--round N|DIR] [--seed N] [--n N] [--force]`
 *
 * Links the 170 saved real pages (tests/fixtures/real-pages/) with a built
 * pack's matcher (default generated/pack) and the page's own date, as the
 * content script would, then:
 *
 * - prints, per page, whether it counts as an article page, its linked
 *   mentions and distinct entities, and the medians over article pages;
 * - draws N mentions (default 200) uniformly at random over all mentions on
 *   all pages (seeded PRNG, default seed 15) and writes them, with context and
 *   the entity's first brief, to the round's sample.jsonl for review by hand
 *   (reviewed.jsonl, scored by scripts/eval/link-score.ts).
 *
 * Each round has its own folder, `eval/link-sample/round-<n>/` (see
 * scripts/eval/link-rounds.ts). Without `--round` this starts a new round (the
 * latest round's number + 1). Besides `sample.jsonl` it writes `meta.json`
 * (the pack's path, hash, file checksums and counts, the seed, the page
 * figures) and `pages.tsv` (the per-page table). It will not draw over a round
 * that already has a `reviewed.jsonl` unless `--force` is given. `--out DIR`
 * is the same as `--round DIR`.
 *
 * Article page (one news article is the page's main content), the heuristic:
 * og:type is "article"; else, if og:type is anything else (website, video,
 * image, object), not an article; else the page has an <article> element, or
 * a text block: one element with at least 3 paragraphs (<p> of 40+ characters
 * among its children and grandchildren) holding 1000+ characters in all.
 * The list of pages and the reason each counted is printed; `BY_EYE` holds
 * where a look at the pages disagreed, and the reported medians use it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { createSpotter, type Mention } from '../../core/spotter';
import type { MatcherPack } from '../../core/matcher-pack';
import { readSavedPage } from '../../tests/unit/real-pages-text';
import { mulberry32 } from '../../core/random';
import { repoRoot } from '../lib/repo';
import { linkRoundDir } from './link-rounds';

interface Args {
  pack: string;
  round: string | undefined;
  seed: number;
  n: number;
  force: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    pack: join(repoRoot, 'generated/pack'),
    round: undefined,
    seed: 15,
    n: 200,
    force: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--force') {
      args.force = true;
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--pack') args.pack = resolve(value);
    else if (flag === '--round' || flag === '--out') args.round = value;
    else if (flag === '--seed') args.seed = Number(value);
    else if (flag === '--n') args.n = Number(value);
    else throw new Error(`unknown option ${flag}`);
    i++;
  }
  return args;
}

/** A text block: this many <p> (of 40+ characters) under one element… */
const MIN_BLOCK_PARAGRAPHS = 3;
/** …with this many characters in all. */
const MIN_BLOCK_CHARS = 1000;

/** Why a page counts as an article page by the heuristic, or undefined when it does not. */
function articleReason(doc: Document): string | undefined {
  // The first og:type with a `content`. The saved pages also carry
  // `<meta name="og:type" value="article">`, added to nearly every page
  // (product pages and pastes too) when they were saved: not a signal.
  const ogType = Array.from(doc.querySelectorAll('meta[property="og:type"], meta[name="og:type"]'))
    .map((m) => (m.getAttribute('content') ?? '').trim().toLowerCase())
    .find((v) => v);
  if (ogType === 'article') return 'og:type=article';
  if (ogType) return undefined; // website, video.other, image, object: not an article
  if (doc.querySelector('article')) return '<article>';
  const block = largestTextBlock(doc);
  if (block.paragraphs >= MIN_BLOCK_PARAGRAPHS && block.chars >= MIN_BLOCK_CHARS) {
    return `text block ${block.paragraphs}p/${block.chars}ch`;
  }
  return undefined;
}

/**
 * The largest block of paragraph text: over every element, the <p> among its
 * children and grandchildren (40+ characters each), by characters of text.
 */
function largestTextBlock(doc: Document): { paragraphs: number; chars: number } {
  const blocks = new Map<Element, { paragraphs: number; chars: number }>();
  let best = { paragraphs: 0, chars: 0 };
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const chars = (p.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (chars < 40) continue;
    for (const owner of [p.parentElement, p.parentElement?.parentElement]) {
      if (!owner) continue;
      const block = blocks.get(owner) ?? { paragraphs: 0, chars: 0 };
      block.paragraphs++;
      block.chars += chars;
      blocks.set(owner, block);
      if (block.chars > best.chars) best = block;
    }
  }
  return { ...best };
}

/**
 * Where a look at each page disagreed with the heuristic (checked by eye on
 * the 170 pages, December 2026): true = an article page after all.
 */
const BY_EYE: Record<string, boolean> = {
  'twitter.com.html': false, // one tweet and its replies (og:type=article)
  'www.gruene.de.html': false, // a party's policy page
  'ma.ttias.be.html': false, // a newsletter issue: a digest of many links
  'japan.zdnet.com.html': true, // a product review, text in <div>s
  'timesofindia.indiatimes.com.html': true, // a news story with no <p>
  'www.asahi.com.html': true, // a news story
  'www.eonline.com.html': true, // a news story split in short blocks
  'www.publickey1.jp.html': true, // a news story
  'www.ossnews.jp.html': true, // a news story
  'www.moongift.jp.html': true, // a blog post on one tool
  'phpspot.org.html': true, // a short blog post on one tool
  'www.ipa.go.jp.html': true, // a dated advisory notice, as a press release
};

function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Lower quartile, median, upper quartile: the medians of the lower and upper halves (the median left out when the count is odd). */
function quartiles(values: number[]): [number, number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  const half = sorted.length >> 1;
  return [
    median(sorted.slice(0, half)),
    median(sorted),
    median(sorted.slice(sorted.length - half)),
  ];
}

/** The commit the linker code was read from, with `+changes` when core/ differs from it; undefined outside git. */
function codeCommit(): string | undefined {
  try {
    const git = (...a: string[]) =>
      execFileSync('git', a, { cwd: repoRoot, encoding: 'utf8' }).trim();
    const head = git('rev-parse', '--short', 'HEAD');
    return git('status', '--porcelain', '--', 'core') ? `${head}+changes` : head;
  } catch {
    return undefined;
  }
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

interface CardEntity {
  id: string;
  wikipedia?: string;
  kind: string;
  name: string;
  briefs?: number[];
}

/** The entity's first brief's text, from the pack's brief shards (2000 a shard). */
function briefReader(packDir: string): (index: number) => string | undefined {
  const shards = new Map<number, { first: number; briefs: { text: string }[] }>();
  return (index) => {
    const n = Math.floor(index / 2000);
    let shard = shards.get(n);
    if (!shard) {
      shard = JSON.parse(readFileSync(join(packDir, 'briefs', `${n}.json`), 'utf8')) as {
        first: number;
        briefs: { text: string }[];
      };
      shards.set(n, shard);
    }
    return shard.briefs[index - shard.first]?.text;
  };
}

const CONTEXT = 160;

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const outDir = linkRoundDir(args.round, 'next');
  if (existsSync(join(outDir, 'reviewed.jsonl')) && !args.force) {
    throw new Error(`${outDir} already has a review; pass --force to draw over its sample`);
  }
  const pagesDir = join(repoRoot, 'tests/fixtures/real-pages');
  const matcher = JSON.parse(readFileSync(join(args.pack, 'matcher.json'), 'utf8')) as MatcherPack;
  const cards = JSON.parse(readFileSync(join(args.pack, 'cards.json'), 'utf8')) as {
    entities: CardEntity[];
  };
  const packJson = JSON.parse(readFileSync(join(args.pack, 'pack.json'), 'utf8')) as {
    hash: string;
    counts?: Record<string, number>;
  };
  const packHash = packJson.hash;
  const entities = new Map(cards.entities.map((e) => [e.id, e]));
  const brief = briefReader(args.pack);
  const spotter = createSpotter(matcher);
  const window = new Window();

  const files = readdirSync(pagesDir)
    .filter((f) => f.endsWith('.html'))
    .sort();
  interface Page {
    file: string;
    text: string;
    date: string | undefined;
    article: string | undefined;
    mentions: Mention[];
  }
  const pages: Page[] = [];
  for (const file of files) {
    const html = readFileSync(join(pagesDir, file), 'utf8');
    const { doc, text, date } = readSavedPage(new window.DOMParser(), html);
    const mentions = spotter.spot(text, date ? { pageDate: date } : {});
    pages.push({ file, text, date, article: articleReason(doc), mentions });
  }
  void window.happyDOM.close();

  console.log(`pack ${args.pack} (hash ${packHash})`);
  const isArticle = (p: Page) => BY_EYE[p.file] ?? Boolean(p.article);
  const distinct = (p: Page) => new Set(p.mentions.map((m) => m.entityId)).size;
  const table = [
    ['page', 'heuristic', 'article (by eye)', 'date', 'mentions', 'entities'].join('\t'),
    ...pages.map((p) =>
      [
        p.file,
        p.article ?? '-',
        isArticle(p) ? 'yes' : 'no',
        p.date ?? '-',
        p.mentions.length,
        distinct(p),
      ].join('\t'),
    ),
  ];
  for (const line of table) console.log(line);
  const total = pages.reduce((sum, p) => sum + p.mentions.length, 0);
  console.log(`\npages: ${pages.length}, mentions on all pages: ${total}`);
  const report = (label: string, articles: Page[]) => {
    const counts = articles.map((p) => p.mentions.length);
    const figures = {
      articlePages: articles.length,
      mentions: counts.reduce((s, c) => s + c, 0),
      medianMentions: median(counts),
      mentionQuartiles: quartiles(counts),
      meanMentions: Number((counts.reduce((s, c) => s + c, 0) / articles.length).toFixed(1)),
      maxMentions: Math.max(...counts),
      medianEntities: median(articles.map(distinct)),
      entityQuartiles: quartiles(articles.map(distinct)),
      withoutMention: counts.filter((c) => c === 0).length,
    };
    console.log(`\n${label}: ${articles.length} article pages`);
    console.log(
      `  median linked mentions per article page: ${figures.medianMentions} ` +
        `(quartiles ${figures.mentionQuartiles.join(' / ')}; mean ${figures.meanMentions}; max ${figures.maxMentions})`,
    );
    console.log(
      `  median distinct entities per article page: ${figures.medianEntities} ` +
        `(quartiles ${figures.entityQuartiles.join(' / ')})`,
    );
    console.log(`  linked mentions on article pages: ${figures.mentions}`);
    console.log(`  article pages with no mention: ${figures.withoutMention}`);
    return figures;
  };
  const heuristic = report(
    'heuristic',
    pages.filter((p) => p.article),
  );
  const byEye = report('heuristic, checked by eye (the figure to report)', pages.filter(isArticle));
  console.log(
    `\nnot article pages (by eye): ${pages
      .filter((p) => !isArticle(p))
      .map((p) => p.file)
      .join(', ')}`,
  );

  // Uniform sample without replacement over all mentions (partial Fisher–Yates).
  const all = pages.flatMap((p) => p.mentions.map((m) => ({ page: p, m })));
  const random = mulberry32(args.seed);
  const n = Math.min(args.n, all.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (all.length - i));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  const picked = all
    .slice(0, n)
    .sort((a, b) => a.page.file.localeCompare(b.page.file) || a.m.start - b.m.start);
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const lines = picked.map(({ page, m }, k) => {
    const entity = entities.get(m.entityId);
    const first = entity?.briefs?.[0];
    return JSON.stringify({
      n: k + 1,
      file: page.file,
      article: isArticle(page),
      pageDate: page.date ?? null,
      text: m.text,
      alias: m.alias,
      entityId: m.entityId,
      name: m.name,
      kind: m.kind,
      wikipedia: entity?.wikipedia ?? null,
      rule: m.rule,
      confidence: m.confidence,
      start: m.start,
      context:
        flat(page.text.slice(Math.max(0, m.start - CONTEXT), m.start)) +
        '⟦' +
        m.text +
        '⟧' +
        flat(page.text.slice(m.end, m.end + CONTEXT)),
      brief: first === undefined ? null : (brief(first) ?? null),
    });
  });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'sample.jsonl'), lines.join('\n') + '\n');
  writeFileSync(join(outDir, 'pages.tsv'), table.join('\n') + '\n');
  const meta = {
    pack: args.pack,
    packHash,
    cardsSha256: sha256(join(args.pack, 'cards.json')),
    matcherSha256: sha256(join(args.pack, 'matcher.json')),
    counts: packJson.counts ?? null,
    linkerCode: codeCommit() ?? null,
    pages: pages.length,
    mentions: all.length,
    heuristic,
    byEye,
    notArticlePages: pages.filter((p) => !isArticle(p)).map((p) => p.file),
    seed: args.seed,
    size: n,
    sampledOnArticlePages: picked.filter(({ page }) => isArticle(page)).length,
  };
  // Number arrays on one line, as Prettier writes them.
  const metaJson = JSON.stringify(meta, null, 2).replace(
    /\[\s+(-?[\d.]+(?:,\s+-?[\d.]+)*)\s+\]/g,
    (_, items: string) => `[${items.split(/,\s+/).join(', ')}]`,
  );
  writeFileSync(join(outDir, 'meta.json'), metaJson + '\n');
  console.log(
    `\nsampled ${n} of ${all.length} mentions (seed ${args.seed}) → ` +
      `${relative(repoRoot, outDir) || '.'}/sample.jsonl (meta.json, pages.tsv)`,
  );
}

main();
