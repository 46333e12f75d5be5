/**
 * Copies Wikipedia's Current events corpus from `../shared/corpus/` into
 * `data/corpus/` (run by a maintainer when the corpus changes; the build and
 * the tests read only the repo's copy):
 * - `linked/`: the 2025–26 Markdown day files, byte for byte.
 * - `archive/YYYY.jsonl`: the 2002–2026 YAML day files, one JSON line per day
 *   (`{date, source, payload}`), every value a string exactly as YAML reads it
 *   (failsafe schema: no number or date conversion), in the files' order.
 *
 * Usage: `tsx scripts/corpus/vendor-corpus.ts [--from DIR] [--to DIR]`
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';

const { values } = parseArgs({
  options: {
    from: { type: 'string', default: '../shared/corpus' },
    to: { type: 'string', default: 'data/corpus' },
  },
});
const from = values.from!;
const to = values.to!;

function vendorLinked(): number {
  const src = join(from, 'current-events-linked');
  const dst = join(to, 'linked');
  rmSync(dst, { recursive: true, force: true });
  mkdirSync(dst, { recursive: true });
  const files = readdirSync(src).filter((f) => f.endsWith('.md'));
  for (const f of files) copyFileSync(join(src, f), join(dst, f));
  return files.length;
}

function vendorArchive(): number {
  const src = join(from, 'current-events-archive');
  const dst = join(to, 'archive');
  rmSync(dst, { recursive: true, force: true });
  mkdirSync(dst, { recursive: true });
  let days = 0;
  for (const year of readdirSync(src).sort()) {
    const lines: string[] = [];
    for (const month of readdirSync(join(src, year)).sort()) {
      for (const file of readdirSync(join(src, year, month)).sort()) {
        const path = join(src, year, month, file);
        const doc = yaml.load(readFileSync(path, 'utf8'), { schema: yaml.FAILSAFE_SCHEMA }) as {
          Date: string;
          Source_URI: string;
          Intelligence_Payload: Record<string, string[]> | null;
        };
        const payload = doc.Intelligence_Payload ?? {};
        for (const [category, list] of Object.entries(payload)) {
          if (!Array.isArray(list) || list.some((l) => typeof l !== 'string')) {
            throw new Error(`${path}: category "${category}" is not a list of lines`);
          }
        }
        lines.push(JSON.stringify({ date: doc.Date, source: doc.Source_URI, payload }));
        days++;
      }
    }
    writeFileSync(join(dst, `${year}.jsonl`), lines.join('\n') + '\n');
  }
  return days;
}

console.log(`linked: ${vendorLinked()} day files; archive: ${vendorArchive()} days`);
