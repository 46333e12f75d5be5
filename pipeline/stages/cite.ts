/**
 * Stage 4, cite: splits every article into sentences (`Intl.Segmenter`, the
 * same splitter the search index uses) and keeps, for each entity, the
 * sentences that name it: those where link found a mention, and those holding
 * one of its catalog facts' quotes. A sentence is cited verbatim with its
 * offsets in the body; the source-credit line is never a sentence.
 */
import type { Citation } from '../../core/pack';
import { segmentSentences, type SentenceSpan } from '../../core/search-sentences';
import type { Article, Entity } from '../model';
import type { ArticleLinks } from './link';

export interface CiteResult {
  /** Per entity id, its citations in article order, then body order. */
  citations: Map<string, Citation[]>;
  /** The entity ids named by each sentence that names two or more (for relate). */
  together: string[][];
}

/** The index of the sentence containing `offset`, or -1 (binary search). */
function sentenceAt(sentences: readonly SentenceSpan[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Fact quotes per article id: which entity quotes what. */
function quotesByArticle(
  entities: readonly Entity[],
): Map<string, { id: string; quote: string }[]> {
  const map = new Map<string, { id: string; quote: string }[]>();
  for (const e of entities) {
    for (const f of e.facts) {
      const list = map.get(f.articleId) ?? [];
      list.push({ id: e.id, quote: f.quote });
      map.set(f.articleId, list);
    }
  }
  return map;
}

export function cite(
  articles: readonly Article[],
  links: readonly ArticleLinks[],
  entities: readonly Entity[],
): CiteResult {
  const citations = new Map<string, Citation[]>();
  const together: string[][] = [];
  const quotes = quotesByArticle(entities);
  const linksById = new Map(links.map((l) => [l.articleId, l.mentions]));

  for (const article of articles) {
    const skip = article.attribution;
    const sentences = segmentSentences(article.body).filter((s) => !skip || s.end <= skip.start);
    /** Per cited span (`start:end`), the entities it names. */
    const named = new Map<string, { start: number; end: number; ids: Set<string> }>();
    const name = (first: number, last: number, id: string): void => {
      if (first < 0 || last < 0) return;
      const start = sentences[first]!.start;
      const end = sentences[last]!.end;
      const key = `${start}:${end}`;
      const span = named.get(key) ?? { start, end, ids: new Set<string>() };
      span.ids.add(id);
      named.set(key, span);
    };
    for (const m of linksById.get(article.id) ?? []) {
      name(sentenceAt(sentences, m.start), sentenceAt(sentences, m.end - 1), m.entityId);
    }
    for (const { id, quote } of quotes.get(article.id) ?? []) {
      const at = article.body.indexOf(quote);
      if (at >= 0)
        name(sentenceAt(sentences, at), sentenceAt(sentences, at + quote.length - 1), id);
    }
    const spans = [...named.values()].sort((a, b) => a.start - b.start || a.end - b.end);
    for (const { start, end, ids } of spans) {
      const sentence = article.body.slice(start, end);
      for (const id of ids) {
        const list = citations.get(id) ?? [];
        list.push({ articleId: article.id, sentence, start, end });
        citations.set(id, list);
      }
      if (ids.size > 1) together.push([...ids].sort());
    }
  }
  return { citations, together };
}
