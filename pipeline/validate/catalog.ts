/** Reads one catalog file: a YAML list of entries, each checked against its schema. */
import type { SourceFile } from '../model';
import type { Problem } from '../problems';
import { catalogEntrySchema, type CatalogEntryInput } from '../schemas';
import { parseYamlSource, type YamlPath } from '../yaml-source';
import { zodProblems } from '../zod-problems';

/** A schema-valid entry that can still report problems at its own nodes. */
export interface LocatedEntry {
  entry: CatalogEntryInput;
  file: string;
  /** A problem at the node `path` inside this entry (`['aliases', 2, 'text']`). */
  at(path: YamlPath, message: string): Problem;
}

export interface ParsedCatalogFile {
  entries: LocatedEntry[];
  problems: Problem[];
  /** Every id the file declares, valid entry or not (so references to it are not "unknown"). */
  knownIds: string[];
  /** False when the YAML itself is malformed (its ids are unknown). */
  readable: boolean;
}

function rawId(raw: unknown): string | undefined {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

export function parseCatalogFile(file: SourceFile): ParsedCatalogFile {
  const source = parseYamlSource(file.path, file.text);
  if (source.problems.length > 0)
    return { entries: [], problems: source.problems, knownIds: [], readable: false };
  const root = source.value ?? [];
  if (!Array.isArray(root)) {
    const problem = source.problemAt([], 'a catalog file must be a list of entries (- id: …)');
    return { entries: [], problems: [problem], knownIds: [], readable: false };
  }
  const entries: LocatedEntry[] = [];
  const problems: Problem[] = [];
  const knownIds = root.map(rawId).filter((id) => id !== undefined);
  root.forEach((raw: unknown, index) => {
    const parsed = catalogEntrySchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      problems.push(...zodProblems(source, parsed.error, [index]));
      return;
    }
    entries.push({
      entry: parsed.data,
      file: file.path,
      at: (path, message) => source.problemAt([index, ...path], message),
    });
  });
  return { entries, problems, knownIds, readable: true };
}
