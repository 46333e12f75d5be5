/**
 * `npx tsx scripts/eval/link-candidates.ts --out DIR [--pack DIR] FILE…`
 *
 * Help for labelling saved real pages by hand (eval/links/). For each page
 * FILE (in tests/fixtures/real-pages/) it writes to DIR:
 *
 * - `FILE.txt`: the page's visible text, as the content script reads it;
 * - `FILE.md`: every entity of the pack one of whose aliases occurs in that
 *   text as whole words (whatever the linker would decide), with its kind,
 *   dates, role and up to twelve places it occurs. The list does not say what
 *   the linker links, so that the labels stay the labeller's own.
 *
 * and once, `entities.tsv`: every entity of the pack (Wikipedia title, name,
 * kind, first and last brief, aliases), to look up names the page writes in a
 * form no alias covers ("Vladimir V. Putin").
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { findMatches, type Match } from '../../core/matcher';
import { loadMatcherPack, type MatcherPack } from '../../core/matcher-pack';
import type { CardsPack, EntityCard } from '../../core/pack';
import { realPagesDir } from '../../browser-harness/paths';
import { readSavedPage } from '../../tests/unit/real-pages-text';
import { repoRoot } from '../lib/repo';

const CONTEXT = 70;
const MAX_PLACES = 12;

function parseArgs(argv: string[]): { pack: string; out: string; files: string[] } {
  let pack = join(repoRoot, 'generated/pack');
  let out: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--pack') pack = argv[++i]!;
    else if (arg === '--out') out = argv[++i];
    else files.push(arg);
  }
  if (!out || files.length === 0)
    throw new Error('usage: link-candidates.ts --out DIR [--pack DIR] FILE…');
  return { pack, out, files };
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ');

function describe(card: EntityCard | undefined): string {
  if (!card) return '';
  const span = card.span ? `${card.span.first}…${card.span.last}` : 'no briefs';
  const role = card.role ? `; ${card.role}` : '';
  const summary = card.summary ? `; ${oneLine(card.summary).slice(0, 140)}` : '';
  return `${card.kind}, ${span}, ${card.briefs?.length ?? 0} briefs${role}${summary}`;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const matcher = JSON.parse(readFileSync(join(args.pack, 'matcher.json'), 'utf8')) as MatcherPack;
  const cards = JSON.parse(readFileSync(join(args.pack, 'cards.json'), 'utf8')) as CardsPack;
  const loaded = loadMatcherPack(matcher);
  const byId = new Map(cards.entities.map((e) => [e.id, e]));
  mkdirSync(args.out, { recursive: true });

  writeFileSync(
    join(args.out, 'entities.tsv'),
    cards.entities
      .map((e) =>
        [
          e.wikipedia ?? `(no title: ${e.id})`,
          e.name,
          e.kind,
          e.span?.first ?? '',
          e.span?.last ?? '',
          e.aliases.join(' | '),
        ].join('\t'),
      )
      .join('\n') + '\n',
  );

  const window = new Window();
  for (const file of args.files) {
    const html = readFileSync(join(realPagesDir, file), 'utf8');
    const { text, date } = readSavedPage(new window.DOMParser(), html);
    writeFileSync(join(args.out, `${file}.txt`), text);

    // entity index → occurrences (start, end, alias text)
    const found = new Map<number, { start: number; end: number; alias: string }[]>();
    const visit = (m: Match | undefined): void => {
      for (; m; m = m.shorter) {
        for (const alias of m.aliases) {
          const entity = loaded.aliasEntity[alias]!;
          const list = found.get(entity) ?? [];
          if (!list.some((o) => o.start === m!.start && o.end === m!.end)) {
            list.push({ start: m.start, end: m.end, alias: loaded.aliasText(alias) });
          }
          found.set(entity, list);
        }
      }
    };
    for (const m of findMatches(loaded, text)) visit(m);

    const lines = [
      `# ${file}`,
      '',
      `Page date: ${date ?? '(none found)'}; ${text.length} characters of visible text (${file}.txt).`,
      '',
      `## ${found.size} entities with an alias in the text`,
      '',
    ];
    const entries = [...found].sort((a, b) => a[1][0]!.start - b[1][0]!.start);
    for (const [entity, places] of entries) {
      const id = loaded.entityId(entity);
      const card = byId.get(id);
      const title = loaded.entityWikipedia(entity) ?? `(no title: ${id})`;
      lines.push(`### ${title} — ${loaded.entityName(entity)} (${describe(card)})`);
      lines.push(
        `${places.length} occurrence(s); aliases met: ${[...new Set(places.map((p) => p.alias))].join(', ')}`,
      );
      for (const p of places.slice(0, MAX_PLACES)) {
        const before = oneLine(text.slice(Math.max(0, p.start - CONTEXT), p.start));
        const after = oneLine(text.slice(p.end, p.end + CONTEXT));
        lines.push(`- @${p.start}: …${before}⟦${text.slice(p.start, p.end)}⟧${after}…`);
      }
      lines.push('');
    }
    writeFileSync(join(args.out, `${file}.md`), lines.join('\n'));
    console.log(`${file}: ${text.length} chars, ${found.size} candidate entities`);
  }
}

main();
