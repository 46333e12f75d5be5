/**
 * Reads one year of the archive copy (`data/corpus/archive/YYYY.jsonl`): one
 * JSON line per portal day, `{date, source, payload: {category: [lines]}}`,
 * as vendored by scripts/corpus/vendor-corpus.ts. Each line is a brief or a
 * story heading (archive-line.ts); a brief's stories are the headings on the
 * lines right above it, and `storyDistance` says how many briefs stand
 * between them (0: the brief under the heading).
 */
import type { Brief } from '../../core/brief';
import { corpusError } from './corpus-error';
import { classifyArchiveLine } from './archive-line';

export interface ArchiveBrief extends Brief {
  /** Briefs between this one and its story headings (0 when right under them). */
  storyDistance: number;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkDay(
  file: string,
  line: number,
  value: unknown,
): {
  date: string;
  payload: Record<string, string[]>;
} {
  if (typeof value !== 'object' || value === null) {
    throw corpusError(file, line, 1, 'expected an object {date, source, payload}');
  }
  const { date, payload } = value as { date?: unknown; payload?: unknown };
  if (typeof date !== 'string' || !ISO_DAY.test(date) || Number.isNaN(Date.parse(date))) {
    throw corpusError(
      file,
      line,
      1,
      `"date" must be a YYYY-MM-DD day, got ${JSON.stringify(date)}`,
    );
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw corpusError(file, line, 1, '"payload" must be an object of categories');
  }
  for (const [category, lines] of Object.entries(payload)) {
    if (!Array.isArray(lines) || lines.some((l) => typeof l !== 'string')) {
      throw corpusError(file, line, 1, `category "${category}" must be a list of strings`);
    }
  }
  return { date, payload: payload as Record<string, string[]> };
}

export function readArchiveYear(file: string, source: string): ArchiveBrief[] {
  const briefs: ArchiveBrief[] = [];
  const lines = source.split('\n');
  const year = /(\d{4})\.jsonl$/.exec(file)?.[1];
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      throw corpusError(file, i + 1, 1, `not JSON: ${(e as Error).message}`);
    }
    const { date, payload } = checkDay(file, i + 1, value);
    if (year && !date.startsWith(year)) {
      throw corpusError(file, i + 1, 1, `day ${date} is not in ${year}`);
    }
    for (const [category, entries] of Object.entries(payload)) {
      let stories: string[][] = [];
      let afterHeading = false;
      let distance = 0;
      for (const entry of entries) {
        const read = classifyArchiveLine(entry);
        if (read.type === 'heading') {
          stories = afterHeading ? [...stories, read.stories] : [read.stories];
          afterHeading = true;
          distance = 0;
          continue;
        }
        briefs.push({
          date,
          text: read.text,
          category,
          stories,
          outlets: read.outlets,
          links: [],
          copy: 'archive',
          file,
          line: i + 1,
          storyDistance: distance,
        });
        afterHeading = false;
        distance++;
      }
    }
  });
  return briefs;
}
