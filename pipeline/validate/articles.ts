/** Reads one article file: front matter checked against its schema, body verbatim. */
import { basename } from 'node:path';
import { splitFrontMatter } from '../front-matter';
import type { Article, SourceFile } from '../model';
import { lineColumnAt, type Problem } from '../problems';
import { articleFrontMatterSchema, SLUG } from '../schemas';
import { parseYamlSource } from '../yaml-source';
import { zodProblems } from '../zod-problems';

export interface ParsedArticle {
  article?: Article;
  problems: Problem[];
}

function at(file: SourceFile, offset: number, message: string): Problem {
  return { file: file.path, ...lineColumnAt(file.text, offset), message };
}

/** The article in `file`, or the problems that keep it out of the pack. */
export function parseArticle(file: SourceFile): ParsedArticle {
  const id = basename(file.path).replace(/\.md$/, '');
  const problems: Problem[] = [];
  if (!SLUG.test(id)) {
    problems.push(at(file, 0, `file name "${id}" must be lowercase words joined by hyphens`));
  }
  const split = splitFrontMatter(file.text);
  if (!split.ok) return { problems: [...problems, at(file, split.offset, split.message)] };

  const source = parseYamlSource(file.path, split.yaml, 1);
  if (source.problems.length > 0) return { problems: [...problems, ...source.problems] };
  const parsed = articleFrontMatterSchema.safeParse(source.value ?? {}, { reportInput: true });
  if (!parsed.success) return { problems: [...problems, ...zodProblems(source, parsed.error)] };

  const fm = parsed.data;
  const { body } = split;
  const article: Article = {
    id,
    file: file.path,
    title: fm.title,
    source: fm.source,
    published: fm.published,
    origin: fm.origin,
    body,
    ...(fm.url !== undefined && { url: fm.url }),
    ...(fm.dateline !== undefined && { dateline: fm.dateline }),
  };
  if (fm.attribution !== undefined) {
    const start = body.lastIndexOf('\n') + 1;
    if (body.slice(start) === fm.attribution) {
      article.attribution = { start, end: body.length };
    } else {
      problems.push(
        source.problemAt(
          ['attribution'],
          `attribution "${fm.attribution}" is not the last line of the body`,
        ),
      );
    }
  }
  if (body.trim() === '') problems.push(at(file, split.bodyOffset, 'the article has no body'));
  return problems.length > 0 ? { problems } : { article, problems };
}
