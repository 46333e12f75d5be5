/**
 * When a generic or recurring event name (`civil war`, `G20 summit`) refers to
 * a given event: the words next to it, or the page's date.
 */
import type { EntityContext } from './matcher-pack';
import { charClass, CLS_CONNECTOR, CLS_SPACE, CLS_WORD, isCapitalized } from './normalize';
import { wordAfter, wordBefore } from './name-context';
import { COMMON_CAPITALIZED } from './word-lists';

export type GenericFit = 'adjacent-cue' | 'nearby-cue' | 'date' | 'conflict' | 'none';

/** How far (UTF-16 units) a cue may sit from the name, within one sentence. */
const CUE_WINDOW = 160;
/** Only short events (a summit, a meeting) can be placed by the page's date alone. */
const MAX_DATED_SPAN_DAYS = 62;
const DATE_SLACK_BEFORE_DAYS = 3;
const DATE_SLACK_AFTER_DAYS = 30;

/** The modifier right before a name: `Syrian civil war`, `Syria’s civil war`, `South Sudan's civil war`. */
export function modifierBefore(text: string, start: number): string | undefined {
  let end = start;
  while (end > 0 && charClass(text.charCodeAt(end - 1)) === CLS_SPACE) end--;
  const word = wordBefore(text, start);
  if (
    word?.toLowerCase() === 's' &&
    end >= 2 &&
    charClass(text.charCodeAt(end - 2)) === CLS_CONNECTOR
  ) {
    return wordBefore(text, end - 2);
  }
  return word;
}

/** The place after a name: `civil war in Syria`, `the war of Syria`. */
export function placeAfter(text: string, end: number): string | undefined {
  const prep = wordAfter(text, end);
  if (prep !== 'in' && prep !== 'of') return undefined;
  let i = end;
  while (charClass(text.charCodeAt(i)) === CLS_SPACE) i++;
  return wordAfter(text, i + prep.length);
}

function isPlaceLike(word: string | undefined): word is string {
  return word !== undefined && isCapitalized(word) && !COMMON_CAPITALIZED.has(word.toLowerCase());
}

/** Whether `cue` occurs as whole words in `text[from..to)` (never reads past `to`). */
export function hasCue(text: string, cue: string, from: number, to: number): boolean {
  const window = text.slice(from, to);
  for (let i = window.indexOf(cue); i !== -1; i = window.indexOf(cue, i + 1)) {
    const at = from + i;
    const before = at > 0 ? charClass(text.charCodeAt(at - 1)) : -1;
    const after = at + cue.length < text.length ? charClass(text.charCodeAt(at + cue.length)) : -1;
    if (before !== CLS_WORD && after !== CLS_WORD) return true;
  }
  return false;
}

/** A sentence ends at `text[i]`: a line break, or `.`, `?` or `!` before a space. */
function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 10 || ((c === 46 || c === 63 || c === 33) && text.charCodeAt(i + 1) === 32);
}

/**
 * The sentence-bounded window around `text[start..end)`: at most `CUE_WINDOW`
 * on each side, cut at the nearest sentence end. Reads only the window, so
 * linking a page costs the same per name however long the page is.
 */
function sentenceWindow(text: string, start: number, end: number): [number, number] {
  let from = Math.max(0, start - CUE_WINDOW);
  for (let i = Math.min(start, text.length - 1); i >= from; i--) {
    if (endsSentence(text, i)) {
      from = i + 1;
      break;
    }
  }
  let to = Math.min(text.length, end + CUE_WINDOW);
  for (let i = end; i < to; i++) {
    if (endsSentence(text, i)) {
      to = i + 1;
      break;
    }
  }
  return [from, to];
}

/** Whether the page's date falls on a short event's dates (with a little slack). */
export function dateFits(dates: EntityContext['dates'], pageDate: string | undefined): boolean {
  if (!dates?.start || !pageDate) return false;
  const day = (iso: string): number =>
    Date.parse(iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso) /
    86_400_000;
  const start = day(dates.start);
  const end = day(dates.end ?? dates.start);
  const page = day(pageDate.slice(0, 10));
  if ([start, end, page].some(Number.isNaN) || end - start > MAX_DATED_SPAN_DAYS) return false;
  return page >= start - DATE_SLACK_BEFORE_DAYS && page <= end + DATE_SLACK_AFTER_DAYS;
}

/** How well the generic name at `text[start..end)` fits an event with this context. */
export function genericFit(
  text: string,
  start: number,
  end: number,
  context: EntityContext | undefined,
  pageDate: string | undefined,
): GenericFit {
  const cues = context?.cues ?? [];
  const modifier = modifierBefore(text, start);
  const place = placeAfter(text, end);
  for (const word of [modifier, place]) {
    if (!isPlaceLike(word)) continue;
    return cues.includes(word) ? 'adjacent-cue' : 'conflict';
  }
  const [from, to] = sentenceWindow(text, start, end);
  if (cues.some((cue) => hasCue(text, cue, from, to))) return 'nearby-cue';
  return dateFits(context?.dates, pageDate) ? 'date' : 'none';
}
