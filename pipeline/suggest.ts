/**
 * `data:suggest`: capitalized names in the articles that no catalog alias (or
 * cue word) covers, with counts and a sample sentence, so a curator sees what
 * the catalog is missing. Aliases are compared by the matcher's own token keys.
 */
import { datelineAt } from '../core/dateline';
import { isCapitalized } from '../core/normalize';
import { segmentSentences } from '../core/search-sentences';
import { aliasKeys, tokenRuns, type Token } from '../core/tokens';
import { COMMON_CAPITALIZED, TITLES } from '../core/word-lists';
import type { Article, Entity } from './model';

export interface Suggestion {
  name: string;
  count: number;
  sample: { articleId: string; sentence: string };
}

/** Lowercase words that may sit inside a name (`Group of Twenty`, `Bashar al-Assad`). */
const INNER = new Set(['of', 'al', 'el', 'bin', 'de', 'du', 'la', 'van', 'von']);
/** A dash with a space beside it separates (`WASHINGTON – US`); `al-Assad` does not. */
const SPACED_DASH = /\s\p{Pd}|\p{Pd}\s/u;

/** Token-key sequences of every alias and cue, indexed by their first key. */
function coverIndex(entities: readonly Entity[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const e of entities) {
    for (const text of [...e.aliases.map((a) => a.text), ...e.cues]) {
      const keys = aliasKeys(text);
      const list = index.get(keys[0]!) ?? [];
      list.push(keys);
      index.set(keys[0]!, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

/** Which tokens of `run` fall inside an alias or cue (longest match at each start). */
function coveredTokens(run: readonly Token[], index: Map<string, string[][]>): boolean[] {
  const covered = run.map(() => false);
  for (let i = 0; i < run.length; i++) {
    const hit = index.get(run[i]!.key)?.find((keys) => keys.every((k, j) => run[i + j]?.key === k));
    if (hit) for (let j = 0; j < hit.length; j++) covered[i + j] = true;
  }
  return covered;
}

const isEdge = (key: string): boolean => COMMON_CAPITALIZED.has(key) || INNER.has(key);

/** Uncovered capitalized names in one sentence (`lowercase`: words also seen in lowercase). */
function namesIn(
  text: string,
  index: Map<string, string[][]>,
  lowercase: ReadonlySet<string>,
): string[] {
  const names: string[] = [];
  for (const run of tokenRuns(text)) {
    const covered = coveredTokens(run, index);
    let span: Token[] = [];
    const flush = (): void => {
      const trim = (): void => {
        while (span.length > 0 && isEdge(span[0]!.key)) span.shift();
        while (span.length > 0 && isEdge(span.at(-1)!.key)) span.pop();
      };
      trim();
      // Titles before a name are not part of it: `Russian President Vladimir Putin`.
      while (span.length > 2 && TITLES.has(span[0]!.key)) {
        span.shift();
        trim();
      }
      const named = span.some(
        (t) => !TITLES.has(t.key) && !INNER.has(t.key) && isCapitalized(text.slice(t.start, t.end)),
      );
      // A lone sentence-initial word also written in lowercase is an ordinary word ("Sides seek…").
      const ordinary = span.length === 1 && span[0]!.start === 0 && lowercase.has(span[0]!.key);
      if (named && !ordinary) {
        names.push(text.slice(span[0]!.start, span.at(-1)!.end));
      }
      span = [];
    };
    run.forEach((token, i) => {
      const word = text.slice(token.start, token.end);
      const prev = span.at(-1);
      if (prev && SPACED_DASH.test(text.slice(prev.end, token.start))) flush();
      const inner = span.length > 0 && (INNER.has(token.key) || /^\p{N}/u.test(word));
      if (!covered[i] && word !== '.' && (isCapitalized(word) || inner)) span.push(token);
      else flush();
    });
    flush();
  }
  return names;
}

/** Every word the articles write in lowercase. */
function lowercaseWords(articles: readonly Article[]): Set<string> {
  const words = new Set<string>();
  for (const a of articles)
    for (const w of a.body.match(/\p{Ll}[\p{L}\p{M}]*/gu) ?? []) words.add(w);
  return words;
}

export function suggestNames(
  articles: readonly Article[],
  entities: readonly Entity[],
): Suggestion[] {
  const index = coverIndex(entities);
  const lowercase = lowercaseWords(articles);
  const found = new Map<string, Suggestion>();
  for (const article of articles) {
    const skip = article.attribution;
    for (const s of segmentSentences(article.body)) {
      if (skip && s.start >= skip.start) continue;
      // A dateline (`BERLIN (AP) —`) names where the story was filed: no suggestion.
      const lineStart = s.start === 0 || article.body[s.start - 1] === '\n';
      const dateline = lineStart ? datelineAt(article.body, s.start) : undefined;
      const text = dateline ? s.text.slice(dateline.end - s.start) : s.text;
      for (const name of namesIn(text, index, lowercase)) {
        const entry = found.get(name) ?? {
          name,
          count: 0,
          sample: { articleId: article.id, sentence: s.text },
        };
        entry.count++;
        found.set(name, entry);
      }
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
}
