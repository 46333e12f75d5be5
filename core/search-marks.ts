/** Splits text into plain and marked parts for the words a search matched. */
import { tokenize } from './search-terms';

export interface MarkedPart {
  text: string;
  marked: boolean;
}

/**
 * `text` cut into parts, marking each word whose normalized form is one of
 * `terms` (the `terms` of a search hit). Joining the parts gives `text` back.
 */
export function markTerms(text: string, terms: readonly string[]): MarkedPart[] {
  const wanted = new Set(terms);
  const parts: MarkedPart[] = [];
  let at = 0;
  for (const token of tokenize(text)) {
    if (!wanted.has(token.term)) continue;
    if (token.start > at) parts.push({ text: text.slice(at, token.start), marked: false });
    parts.push({ text: text.slice(token.start, token.end), marked: true });
    at = token.end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
