/**
 * Stage 1, load: reads `articles/*.md` and `catalog/*.yaml` from the data
 * folder (sorted by name) and hashes them: the pack's content hash.
 * `catalog/same-thing.yaml` is not entries but the table of titles that name one thing.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PACK_SCHEMA_VERSION } from '../../core/pack';
import type { SourceFile } from '../model';
import type { Problem } from '../problems';

/** The table of titles that name one thing, in `catalog/`. */
export const SAME_THING_FILE = 'same-thing.yaml';

export interface LoadedData {
  articleFiles: SourceFile[];
  catalogFiles: SourceFile[];
  /** `catalog/same-thing.yaml`, when there is one. */
  sameThingFile?: SourceFile;
  /** sha256 (hex) of the schema version and every file's name and bytes. */
  hash: string;
  problems: Problem[];
}

async function readFolder(
  dir: string,
  pattern: RegExp,
  problems: Problem[],
): Promise<SourceFile[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => pattern.test(n)).sort();
  } catch {
    problems.push({ file: dir, line: 1, column: 1, message: 'folder not found' });
    return [];
  }
  return Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      return { path, text: await readFile(path, 'utf8') };
    }),
  );
}

export async function load(dataDir: string): Promise<LoadedData> {
  const problems: Problem[] = [];
  const articleFiles = await readFolder(join(dataDir, 'articles'), /\.md$/, problems);
  const catalog = await readFolder(join(dataDir, 'catalog'), /\.ya?ml$/, problems);
  const isTable = (f: SourceFile) => f.path.endsWith(`/${SAME_THING_FILE}`);
  const catalogFiles = catalog.filter((f) => !isTable(f));
  const sameThingFile = catalog.find(isTable);
  const hash = createHash('sha256').update(`backstory-pack/${PACK_SCHEMA_VERSION}\n`);
  for (const [folder, files] of [
    ['articles', articleFiles],
    ['catalog', catalog],
  ] as const) {
    for (const file of files) {
      const name = `${folder}/${file.path.slice(file.path.lastIndexOf('/') + 1)}`;
      hash.update(`${name}\n${Buffer.byteLength(file.text)}\n`).update(file.text);
    }
  }
  return { articleFiles, catalogFiles, sameThingFile, hash: hash.digest('hex'), problems };
}
