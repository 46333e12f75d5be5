/** Reads a bundled article (data/articles/*.md: YAML front matter + verbatim body) for the demo. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface DemoArticle {
  title: string;
  source: string;
  /** ISO date, `YYYY-MM-DD`. */
  published: string;
  dateline: string;
  /** The line under the headline (the body's first line). */
  standfirst: string;
  paragraphs: string[];
  /** The closing credit line, if the article has one. */
  attribution?: string;
}

/** Splits `---\nfront matter\n---\nbody` into its parts; throws if there is no front matter. */
export function splitFrontMatter(text: string): { meta: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no front matter');
  return { meta: (parse(match[1] ?? '') ?? {}) as Record<string, unknown>, body: match[2] ?? '' };
}

/** Parses one article file's text into what the demo page shows. */
export function parseArticle(text: string): DemoArticle {
  const { meta, body } = splitFrontMatter(text);
  const field = (key: string) => {
    const value = meta[key];
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value !== 'string' || !value.trim()) throw new Error(`front matter lacks ${key}`);
    return value.trim();
  };
  const attribution = typeof meta.attribution === 'string' ? meta.attribution.trim() : undefined;
  const lines = body
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (attribution && lines.at(-1) === attribution) lines.pop();
  const [standfirst = '', ...paragraphs] = lines;
  return {
    title: field('title'),
    source: field('source'),
    published: field('published'),
    dateline: field('dateline'),
    standfirst,
    paragraphs,
    ...(attribution ? { attribution } : {}),
  };
}

/** The first article (by file name) in `articlesDir`. */
export function loadFirstArticle(articlesDir: string): DemoArticle {
  const files = readdirSync(articlesDir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  const [first] = files;
  if (!first) throw new Error(`no article in ${articlesDir}`);
  return parseArticle(readFileSync(join(articlesDir, first), 'utf8'));
}
