/**
 * Stage load (corpus): every brief of `data/corpus/`, both copies merged.
 * A malformed day file stops the build with `file:line:column: what is wrong`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Brief } from '../../core/brief';
import type { Problem } from '../problems';
import { CorpusError } from './corpus-error';
import { mergeCopies } from './merge-copies';
import { readArchiveYear } from './read-archive';
import { readLinkedDay } from './read-linked';

/**
 * Linked-copy files whose date is not the day they report (the corpus README's
 * known defects). Their briefs are in the archive under their real dates, so
 * they are read (and checked) but not bundled.
 */
export const MISDATED_LINKED_FILES = ['2020-12-20-index.md', '2027-12-05-index.md'];

export interface CorpusSource {
  path: string;
  text: string;
}

export interface LoadedCorpus {
  briefs: Brief[];
  /** Archive briefs dropped as copies of linked ones, and briefs of misdated files. */
  dropped: { duplicates: number; misdated: number };
  /** Lines of the linked copy that are stray text, not bullets. */
  strayLines: number;
  problems: Problem[];
  files: CorpusSource[];
}

async function readSources(dir: string, pattern: RegExp): Promise<CorpusSource[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => pattern.test(n)).sort();
  } catch {
    return [];
  }
  return Promise.all(
    names.map(async (n) => ({ path: join(dir, n), text: await readFile(join(dir, n), 'utf8') })),
  );
}

/** Which part of the corpus to read: every year, or only some (a slice, for fast tests). */
export interface CorpusSlice {
  years?: readonly string[];
}

/** Reads `<dataDir>/corpus/{archive,linked}`; a folder that is missing holds no briefs. */
export async function loadCorpus(dataDir: string, slice: CorpusSlice = {}): Promise<LoadedCorpus> {
  const inSlice = (name: string) => !slice.years || slice.years.includes(name.slice(0, 4));
  const archiveFiles = (
    await readSources(join(dataDir, 'corpus', 'archive'), /^\d{4}\.jsonl$/)
  ).filter((f) => inSlice(basename(f.path)));
  const linkedFiles = (await readSources(join(dataDir, 'corpus', 'linked'), /\.md$/)).filter((f) =>
    inSlice(basename(f.path)),
  );
  const problems: Problem[] = [];
  const archive: Brief[] = [];
  const linked: Brief[] = [];
  let strayLines = 0;
  let misdated = 0;
  const attempt = (run: () => void): void => {
    try {
      run();
    } catch (e) {
      if (e instanceof CorpusError) problems.push(e.problem);
      else throw e;
    }
  };
  for (const f of archiveFiles) attempt(() => archive.push(...readArchiveYear(f.path, f.text)));
  for (const f of linkedFiles) {
    attempt(() => {
      const day = readLinkedDay(f.path, f.text);
      strayLines += day.strayLines.length;
      if (MISDATED_LINKED_FILES.some((name) => f.path.endsWith(name)))
        misdated += day.briefs.length;
      else linked.push(...day.briefs);
    });
  }
  const { briefs, duplicates } = mergeCopies(archive, linked);
  return {
    briefs,
    dropped: { duplicates, misdated },
    strayLines,
    problems,
    files: [...archiveFiles, ...linkedFiles],
  };
}
