/**
 * The labelled pages of eval/links/ (rules in its README): reading a label
 * file, and scoring one page's linked mentions against its label.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { formatProblem } from '../../pipeline/problems';
import { parseSameThingTable } from '../../pipeline/validate/same-thing-table';
import { repoRoot } from '../lib/repo';

export const labelsDir = join(repoRoot, 'eval/links/labels');

const title = z
  .string()
  .min(1)
  .refine((t) => !/\s/.test(t), 'a Wikipedia title with underscores, no spaces');

const Label = z.strictObject({
  file: z.string().min(1),
  expect: z.array(z.strictObject({ wikipedia: title, as: z.array(z.string()).optional() })),
  maybe: z.array(z.strictObject({ wikipedia: title, why: z.string().optional() })),
  traps: z.array(
    z.strictObject({
      text: z.string().min(1),
      name: z.string().min(1),
      not: z.union([title, z.literal('*')]),
      why: z.string().optional(),
    }),
  ),
  note: z.string().optional(),
});
export type PageLabel = z.infer<typeof Label>;

/** Reads every label file; a malformed one throws with its name and what is wrong. */
export function readLabels(dir = labelsDir): PageLabel[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      } catch (error) {
        throw new Error(`${f}: not JSON: ${(error as Error).message}`, { cause: error });
      }
      const parsed = Label.safeParse(raw);
      if (!parsed.success) {
        const why = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
        throw new Error(`${f}: ${why.join('; ')}`);
      }
      if (`${parsed.data.file}.json` !== f) throw new Error(`${f}: "file" is ${parsed.data.file}`);
      for (const trap of parsed.data.traps) {
        if (!trap.text.includes(trap.name)) {
          throw new Error(`${f}: trap "${trap.text}" does not hold its name "${trap.name}"`);
        }
      }
      const listed = [...parsed.data.expect, ...parsed.data.maybe].map((e) => e.wikipedia);
      const twice = listed.filter((t, i) => listed.indexOf(t) !== i);
      if (twice.length) throw new Error(`${f}: listed twice: ${twice.join(', ')}`);
      return parsed.data;
    });
}

/**
 * The same-thing table (`data/catalog/same-thing.yaml`) as joined title → kept title: a label
 * written before a join names the kept entity under its old title (`Treasury_Department`).
 */
export function readKeptTitles(
  file = join(repoRoot, 'data/catalog/same-thing.yaml'),
): Map<string, string> {
  const kept = new Map<string, string>();
  if (!existsSync(file)) return kept;
  // The pipeline's own reader: a malformed table fails here as it fails the build.
  const table = parseSameThingTable({ path: file, text: readFileSync(file, 'utf8') });
  if (table.problems.length) throw new Error(table.problems.map(formatProblem).join('\n'));
  for (const { keep, join: titles } of table.entries) for (const t of titles) kept.set(t, keep);
  return kept;
}

/** The label with every joined title written as its kept one. */
export function withKeptTitles(label: PageLabel, kept: ReadonlyMap<string, string>): PageLabel {
  const title = (t: string) => kept.get(t) ?? t;
  return {
    ...label,
    expect: label.expect.map((e) => ({ ...e, wikipedia: title(e.wikipedia) })),
    maybe: label.maybe.map((e) => ({ ...e, wikipedia: title(e.wikipedia) })),
    traps: label.traps.map((t) => ({ ...t, not: title(t.not) })),
  };
}

/** What the scorer needs of a linked mention. */
export interface ScoredMention {
  start: number;
  end: number;
  /** Wikipedia title, or `id:<entityId>` for an entity without one. */
  key: string;
}

export interface PageScore {
  file: string;
  hits: string[];
  misses: string[];
  /** Entities linked that the label neither expects nor allows. */
  wrong: string[];
  /** Traps whose place got the wrong entity (or any, for `*`). */
  trapHits: { text: string; name: string; not: string; got: string }[];
  /** Traps whose text is not in the page (a stale or mistyped label). */
  trapsNotFound: string[];
  /** Mentions that start or end inside a word. */
  wordInternal: ScoredMention[];
}

// A letter or digit that continues a word. Han, kana and Hangul are left out: those
// scripts write no spaces, so a Latin name next to them is still a whole word.
const WORD_CHAR = /[\p{L}\p{N}]/u;
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
const continuesWord = (c: string | undefined): boolean =>
  c !== undefined && WORD_CHAR.test(c) && !UNSPACED.test(c);

/** True when the mention's first or last character runs on into a neighbouring letter. */
export function isWordInternal(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start).at(-1);
  const after = String.fromCodePoint(text.codePointAt(end) ?? 32);
  return continuesWord(before) || (end < text.length && continuesWord(after));
}

/** All places `needle` occurs in `text`. */
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

export function scorePage(text: string, mentions: ScoredMention[], label: PageLabel): PageScore {
  const expected = new Set(label.expect.map((e) => e.wikipedia));
  const allowed = new Set([...expected, ...label.maybe.map((e) => e.wikipedia)]);
  const linked = new Set(mentions.map((m) => m.key));
  const score: PageScore = {
    file: label.file,
    hits: [...expected].filter((k) => linked.has(k)),
    misses: [...expected].filter((k) => !linked.has(k)),
    wrong: [...linked].filter((k) => !allowed.has(k)),
    trapHits: [],
    trapsNotFound: [],
    wordInternal: mentions.filter((m) => isWordInternal(text, m.start, m.end)),
  };
  for (const trap of label.traps) {
    const places = occurrences(text, trap.text);
    if (places.length === 0) score.trapsNotFound.push(trap.text);
    const offset = trap.text.indexOf(trap.name);
    for (const at of places) {
      const start = at + offset;
      const end = start + trap.name.length;
      const hit = mentions.find(
        (m) => m.start < end && m.end > start && (trap.not === '*' || m.key === trap.not),
      );
      if (hit) score.trapHits.push({ ...trap, got: hit.key });
    }
  }
  return score;
}

export interface Totals {
  pages: number;
  hits: number;
  misses: number;
  wrong: number;
  trapHits: number;
  traps: number;
  wordInternal: number;
  precision: number;
  recall: number;
}

/**
 * Sums page scores. A trap hit whose entity is not already a wrong link of its
 * page (an expected entity linked at a place where it is wrong) adds a wrong link.
 */
export function totals(scores: PageScore[], labels: PageLabel[]): Totals {
  let hits = 0;
  let misses = 0;
  let wrong = 0;
  let trapHits = 0;
  let wordInternal = 0;
  for (const s of scores) {
    hits += s.hits.length;
    misses += s.misses.length;
    wrong += s.wrong.length;
    const wrongHere = new Set(s.wrong);
    trapHits += s.trapHits.length;
    wrong += s.trapHits.filter((t) => !wrongHere.has(t.got)).length;
    wordInternal += s.wordInternal.length;
  }
  const traps = labels.reduce((n, l) => n + l.traps.length, 0);
  return {
    pages: scores.length,
    hits,
    misses,
    wrong,
    trapHits,
    traps,
    wordInternal,
    precision: hits + wrong ? hits / (hits + wrong) : 1,
    recall: hits + misses ? hits / (hits + misses) : 1,
  };
}
