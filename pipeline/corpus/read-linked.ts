/**
 * Reads one day file of the linked copy (`data/corpus/linked/YYYY-MM-DD-index.md`):
 * YAML front matter with the day's `date`, `####` category headings, and
 * nested bullets. A bullet with deeper bullets under it is a story heading
 * (its Wikipedia links name the stories); the others are briefs, whose
 * trailing `[(Outlet)](url)` links are their sources.
 */
import type { Brief } from '../../core/brief';
import { corpusError } from './corpus-error';
import { InlineError, readInline, splitOutlets } from './markdown-inline';

export interface LinkedDay {
  date: string;
  briefs: Brief[];
  /** Lines that are neither headings, bullets nor front matter (stray text in the portal's source). */
  strayLines: number[];
}

interface Item {
  indent: number;
  line: number;
  raw: string;
  category: string;
}

const BULLET = /^( *)[*+-] (.*)$/;
const DATE_FIELD = /^date:\s*(\d{4}-\d{2}-\d{2})\s*$/;

function readFrontMatter(file: string, lines: string[]): { date: string; bodyStart: number } {
  if (lines[0] !== '---')
    throw corpusError(file, 1, 1, 'expected front matter starting with "---"');
  const end = lines.indexOf('---', 1);
  if (end === -1) throw corpusError(file, 1, 1, 'front matter is never closed with "---"');
  let date: string | undefined;
  for (let i = 1; i < end; i++) date = DATE_FIELD.exec(lines[i]!)?.[1] ?? date;
  if (!date) throw corpusError(file, 1, 1, 'front matter has no "date: YYYY-MM-DD"');
  return { date, bodyStart: end + 1 };
}

/** The stories a heading bullet names: its link titles when it is only links, else its text. */
function headingStories(file: string, item: Item): string[] {
  const { text, links } = inline(file, item, item.raw);
  let rest = text;
  for (const l of [...links].sort((a, b) => b.start - a.start)) {
    rest = rest.slice(0, l.start) + rest.slice(l.end);
  }
  if (links.length > 0 && /^[\s,;/&]*(?:and[\s,]*)?[\s,;/&]*$/.test(rest.replace(/\band\b/g, ''))) {
    return links.map((l) => l.title);
  }
  return [text.trim()];
}

function inline(file: string, item: Item, s: string): ReturnType<typeof readInline> {
  try {
    return readInline(s);
  } catch (e) {
    if (e instanceof InlineError) {
      throw corpusError(file, item.line, item.indent + 3 + e.column - 1, e.message);
    }
    throw e;
  }
}

export function readLinkedDay(file: string, source: string): LinkedDay {
  const lines = source.split('\n');
  const { date, bodyStart } = readFrontMatter(file, lines);
  const items: Item[] = [];
  const strayLines: number[] = [];
  let category = 'Uncategorized';
  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === '') continue;
    if (line.startsWith('#### ')) {
      category = line.slice(5).trim();
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      items.push({ indent: bullet[1]!.length, line: i + 1, raw: bullet[2]!, category });
    } else if (items.length > 0 && /^\s*\*?\[\(/.test(line)) {
      // A source link wrapped onto a line of its own belongs to the bullet above.
      items[items.length - 1]!.raw += ' ' + line.trim();
    } else {
      strayLines.push(i + 1);
    }
  }
  const briefs: Brief[] = [];
  const path: { indent: number; stories: string[] }[] = [];
  items.forEach((item, k) => {
    while (path.length > 0 && path[path.length - 1]!.indent >= item.indent) path.pop();
    if (k > 0 && items[k - 1]!.category !== item.category) path.length = 0;
    const next = items[k + 1];
    const isHeading =
      next !== undefined && next.indent > item.indent && next.category === item.category;
    const { body, outlets } = splitOutlets(item.raw);
    if (isHeading && outlets.length === 0) {
      path.push({ indent: item.indent, stories: headingStories(file, item) });
      return;
    }
    const { text, links } = inline(file, item, body);
    if (text.trim() !== '') {
      briefs.push({
        date,
        text: text.trim(),
        category: item.category,
        stories: path.map((p) => p.stories),
        outlets,
        links: shiftLinks(links, text),
        copy: 'linked',
        file,
        line: item.line,
      });
    }
    if (isHeading) path.push({ indent: item.indent, stories: headingStories(file, item) });
  });
  return { date, briefs, strayLines };
}

/** Links re-based onto the trimmed text. */
function shiftLinks(links: Brief['links'], text: string): Brief['links'] {
  const lead = text.length - text.trimStart().length;
  const max = text.trim().length;
  return links
    .map((l) => ({ ...l, start: l.start - lead, end: l.end - lead }))
    .filter((l) => l.start >= 0 && l.end <= max && l.end > l.start);
}
