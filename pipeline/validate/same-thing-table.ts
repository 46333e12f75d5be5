/**
 * Reads `catalog/same-thing.yaml`: a list of `{ keep, join, why }` entries, each checked against
 * its schema, and no title in two places (a title joined twice, or kept by one entry and joined by
 * another, would make the result depend on the order of the file).
 */
import type { SourceFile } from '../model';
import type { Problem } from '../problems';
import { sameThingEntrySchema, type SameThingEntry } from '../schemas';
import { parseYamlSource, type YamlPath } from '../yaml-source';
import { zodProblems } from '../zod-problems';

export interface ParsedSameThingTable {
  entries: SameThingEntry[];
  problems: Problem[];
}

export function parseSameThingTable(file: SourceFile): ParsedSameThingTable {
  const source = parseYamlSource(file.path, file.text);
  if (source.problems.length > 0) return { entries: [], problems: source.problems };
  const root = source.value ?? [];
  if (!Array.isArray(root)) {
    const problem = source.problemAt([], 'the same-thing table must be a list (- keep: …)');
    return { entries: [], problems: [problem] };
  }
  const entries: SameThingEntry[] = [];
  const problems: Problem[] = [];
  /** Where each title was first seen, as a YAML path. */
  const seen = new Map<string, YamlPath>();
  const claim = (title: string, path: YamlPath) => {
    const first = seen.get(title);
    if (!first) return void seen.set(title, path);
    const line = source.problemAt(first, '').line;
    problems.push(source.problemAt(path, `${title} is already in the table (line ${line})`));
  };
  root.forEach((raw: unknown, index) => {
    const parsed = sameThingEntrySchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      problems.push(...zodProblems(source, parsed.error, [index]));
      return;
    }
    claim(parsed.data.keep, [index, 'keep']);
    parsed.data.join.forEach((title, j) => claim(title, [index, 'join', j]));
    entries.push(parsed.data);
  });
  return { entries, problems };
}
