/**
 * Stage 7, emit: writes the pack atomically. The files go into a fresh
 * sibling folder (serialized one at a time, to keep peak memory down), which
 * then replaces `outDir` by rename: readers never see a half-written pack, and
 * a failure keeps the old one.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** File name (a path inside the pack, like `briefs/0.json`) → JSON-serializable content, or bytes written as they are. */
export type PackFiles = Record<string, unknown>;

export async function emit(outDir: string, files: PackFiles): Promise<void> {
  const parent = dirname(outDir);
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const temp = join(parent, `.${basename(outDir)}.tmp-${tag}`);
  const old = join(parent, `.${basename(outDir)}.old-${tag}`);
  await mkdir(temp, { recursive: true });
  try {
    for (const [name, value] of Object.entries(files)) {
      const path = join(temp, name);
      if (name.includes('/')) await mkdir(dirname(path), { recursive: true });
      await writeFile(path, value instanceof Uint8Array ? value : JSON.stringify(value));
    }
    const hadOld = await rename(outDir, old).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    try {
      await rename(temp, outDir);
    } catch (error) {
      if (hadOld) await rename(old, outDir);
      throw error;
    }
    if (hadOld) await rm(old, { recursive: true, force: true });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
