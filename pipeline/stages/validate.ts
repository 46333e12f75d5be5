/**
 * Stage 2, validate: parses and checks every file, and every rule across
 * them, collecting ALL problems. Only fully valid data moves on.
 */
import type { Article, Entity, ValidData } from '../model';
import { sortProblems, type Problem } from '../problems';
import { checkAliasClashes } from '../validate/alias-clash';
import { parseArticle } from '../validate/articles';
import { parseCatalogFile, type LocatedEntry } from '../validate/catalog';
import { parseSameThingTable } from '../validate/same-thing-table';
import {
  checkDuplicateIds,
  checkFacts,
  checkGenericAliases,
  checkReferences,
} from '../validate/references';
import type { LoadedData } from './load';

export type ValidateResult = { ok: true; data: ValidData } | { ok: false; problems: Problem[] };

function toEntity({ entry, file }: LocatedEntry): Entity {
  const { participants = [], related = [], cues = [], facts, ...rest } = entry;
  return {
    ...rest,
    participants,
    related,
    cues,
    facts: facts.map((f) => ({ text: f.text, quote: f.quote, articleId: f.article })),
    file,
  };
}

export function validate(loaded: LoadedData): ValidateResult {
  const problems: Problem[] = [...loaded.problems];
  const articles = new Map<string, Article>();
  const unreadable = new Set<string>();
  for (const file of loaded.articleFiles) {
    const parsed = parseArticle(file);
    problems.push(...parsed.problems);
    if (parsed.article) articles.set(parsed.article.id, parsed.article);
    else unreadable.add(file.path.slice(file.path.lastIndexOf('/') + 1).replace(/\.md$/, ''));
  }

  const entries: LocatedEntry[] = [];
  const known = new Set<string>();
  let allReadable = true;
  for (const file of loaded.catalogFiles) {
    const parsed = parseCatalogFile(file);
    problems.push(...parsed.problems);
    entries.push(...parsed.entries);
    parsed.knownIds.forEach((id) => known.add(id));
    allReadable &&= parsed.readable;
  }
  problems.push(...checkDuplicateIds(entries));
  // With a malformed catalog file its ids are unknown: "unknown id" would be noise.
  if (allReadable) problems.push(...checkReferences(entries, known));
  problems.push(...checkGenericAliases(entries));
  problems.push(...checkAliasClashes(entries));
  problems.push(...checkFacts(entries, articles, unreadable));
  const sameThing = loaded.sameThingFile
    ? parseSameThingTable(loaded.sameThingFile)
    : { entries: [], problems: [] };
  problems.push(...sameThing.problems);

  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
  const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : 1);
  return {
    ok: true,
    data: {
      articles: [...articles.values()].sort(byId),
      entities: entries.map(toEntity).sort(byId),
      sameThing: sameThing.entries,
      hash: loaded.hash,
    },
  };
}
