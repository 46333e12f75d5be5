// Placeholder until the pipeline lands (issue 3): writes an empty pack.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface BuildPackOptions {
  dataDir: string;
  outDir: string;
}
export type BuildPackResult = { ok: true } | { ok: false; problems: string[] };

export async function buildPack({ outDir }: BuildPackOptions): Promise<BuildPackResult> {
  await mkdir(outDir, { recursive: true });
  const stamp = { schema: 1, hash: 'empty' };
  await writeFile(
    join(outDir, 'cards.json'),
    JSON.stringify({ ...stamp, entities: [], articles: [] }),
  );
  return { ok: true };
}
