/**
 * The words of the search index: one tokenizer and one term normalizer shared
 * by indexing, querying and marking matched terms in displayed text, so a term
 * the index matched is always found again in the text it came from.
 */

/** A run of letters, combining marks and digits: `al-Assad` → `al`, `Assad`. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Printable ASCII needs no Unicode normalization (the fast path). */
const ASCII = /^[ -~]*$/;

/** Words too common to search on (English; the bundled articles are English). */
const STOPWORDS = new Set(
  'a an and are as at be by for from has have in is it its of on or that the their to was were will with'.split(
    ' ',
  ),
);

/** A word of `text` with its UTF-16 offsets. */
export interface Token {
  start: number;
  end: number;
  /** Normalized form: lower case, no diacritics. */
  term: string;
}

/** Lower case, diacritics removed: `Sergéy` → `sergey`. */
export function normalizeTerm(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Every word of `text`, normalized, with offsets (stopwords included). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, term: normalizeTerm(m[0]) });
  }
  return tokens;
}

/** Whether an indexed word carries meaning (not a stopword, not a stray letter like possessive `s`). */
export function isIndexTerm(term: string): boolean {
  return !STOPWORDS.has(term) && (term.length > 1 || /\d/.test(term));
}

/** The terms a field is indexed under. */
export function indexTerms(text: string): string[] {
  return tokenize(text)
    .map((t) => t.term)
    .filter(isIndexTerm);
}

/**
 * The terms of a query as typed. The last word is kept even when it is a
 * stopword or one letter, since it may be the start of a longer word (`the` →
 * `theresa`).
 */
export function queryTerms(query: string): string[] {
  const terms = tokenize(query).map((t) => t.term);
  return terms.filter((term, i) => i === terms.length - 1 || isIndexTerm(term));
}
