/**
 * Small data folders for pipeline tests: a valid baseline (one article, three
 * entries) that a test edits to make exactly the problem it wants.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Paths inside a data folder → file text. */
export type DataFiles = Record<string, string>;

export const BASE_ARTICLE = `---
title: Kerry and Lavrov meet in Geneva
source: Test Wire
published: 2016-09-08
dateline: GENEVA
origin: test-0001.txt
---
GENEVA – John Kerry met Sergey Lavrov in Geneva on Thursday. Kerry said little.
Lavrov spoke of progress.
`;

export const BASE_ACTORS = `- id: john-kerry
  kind: person
  name: John Kerry
  aliases:
    - { text: John Kerry, strength: strong }
    - { text: Kerry, strength: weak }
  summary: The US secretary of state.
  facts:
    - text: He met Lavrov.
      quote: John Kerry met Sergey Lavrov
      article: 2016-09-08-geneva

- id: sergey-lavrov
  kind: person
  name: Sergey Lavrov
  aliases:
    - { text: Sergey Lavrov, strength: strong }
    - { text: Lavrov, strength: weak }
  summary: The Russian foreign minister.
  facts:
    - text: He spoke of progress.
      quote: Lavrov spoke of progress.
      article: 2016-09-08-geneva
`;

export const BASE_EVENTS = `- id: geneva-meeting
  kind: meeting
  name: Kerry–Lavrov meeting in Geneva
  aliases:
    - { text: Geneva meeting, strength: weak, generic: true }
  summary: Kerry and Lavrov met in Geneva.
  dates: { start: 2016-09-08, end: 2016-09-08, text: Thursday }
  participants: [john-kerry, sergey-lavrov]
  facts:
    - text: They met on Thursday.
      quote: met Sergey Lavrov in Geneva on Thursday
      article: 2016-09-08-geneva
`;

export const BASE_FILES: DataFiles = {
  'articles/2016-09-08-geneva.md': BASE_ARTICLE,
  'catalog/actors.yaml': BASE_ACTORS,
  'catalog/events.yaml': BASE_EVENTS,
};

/** Writes `files` (default: the valid baseline) into a fresh temp folder; returns its path. */
export async function writeDataDir(files: DataFiles = BASE_FILES): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'backstory-data-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

/** The baseline with `path` edited: each [from, to] replaces the first `from`, which must exist. */
export function edit(path: string, ...edits: [string, string][]): DataFiles {
  let text = BASE_FILES[path];
  if (text === undefined) throw new Error(`no baseline file ${path}`);
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`${path} has no ${JSON.stringify(from)}`);
    text = text.replace(from, to);
  }
  return { ...BASE_FILES, [path]: text };
}
