/** What a search hit shows: which of its texts, cut to a readable excerpt. */
import { markTerms } from '../../core/search-marks';
import type { SearchHit } from '../../core/search';

/** Whether any of `terms` is a word of `text`. */
export function hasMatch(text: string | undefined, terms: readonly string[]): boolean {
  return !!text && markTerms(text, terms).some((p) => p.marked);
}

/**
 * At most `width` characters of `text` around its first matched word, with an
 * ellipsis where it was cut.
 */
export function excerpt(text: string, terms: readonly string[], width = 140): string {
  if (text.length <= width) return text;
  let at = 0;
  let offset = 0;
  for (const part of markTerms(text, terms)) {
    if (part.marked) {
      at = offset;
      break;
    }
    offset += part.text.length;
  }
  const start = Math.max(0, Math.min(at - Math.floor(width / 3), text.length - width));
  const end = Math.min(text.length, start + width);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/** The second line of a hit: the text that matched, or the most telling one. */
export function hitDetail(hit: SearchHit): string {
  const t = hit.terms;
  if (hit.type === 'sentence') return excerpt(hit.text, t);
  if (hit.type === 'fact') {
    return hasMatch(hit.fact.text, t) || !hasMatch(hit.fact.quote, t)
      ? hit.fact.text
      : `“${excerpt(hit.fact.quote, t)}”`;
  }
  const e = hit.entity;
  if (hasMatch(e.role, t)) return e.role as string;
  const alias = e.aliases.find((a) => a !== e.name && hasMatch(a, t));
  if (alias && !hasMatch(e.name, t)) return `Also: ${alias}`;
  if (hasMatch(e.summary, t) || !e.role) return excerpt(e.summary, t);
  return e.role;
}
