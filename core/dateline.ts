/**
 * Datelines: the place (and often the news agency) that opens a story,
 * `WASHINGTON (AP) — …`, `BEIRUT, Lebanon —`, `HONOLULU, Dec. 23 (UPI) —`.
 * A dateline says where a story was filed, not who acts in it, so a name in
 * it is never a mention (`WASHINGTON` there is not the US government).
 *
 * One definition for pages and the pipeline's articles. A dateline opens a
 * line (page blocks are joined by blank lines, so every block starts one),
 * after optional spaces, and is
 * 1. a place in ALL CAPS (one to four words, three letters or more:
 *    `ST. LOUIS`, `WINSTON-SALEM`), then
 * 2. optionally a comma and a region or a date (`, Calif.`, `, D.C.`,
 *    `, Sept. 8`), then
 * 3. an agency in brackets (`(AP)`, `(Reuters)`), or a dash (em, en, or a
 *    hyphen with spaces around it), or both; what follows on the line must
 *    read as prose (a lowercase letter within a few words), so an ALL-CAPS
 *    headline (`WASHINGTON — THE LATEST`) is no dateline.
 * A place alone on its line counts only next to a date line (a byline:
 * `WASHINGTON` above `September 8, 2016`).
 *
 * Weaker forms prove less, so they ask more of the match: with neither an
 * agency nor a region (`SACRAMENTO —`, or the byline), the match must be the
 * whole place, so `CHINA CHIPS — Bloomberg: …` (a newsletter kicker) still
 * names China.
 */
import { startsWithDate } from './byline-date';
import { codePointAt, isLowerCode, isUpperCode, unitsOf } from './char-props';
import { readDatelineHead } from './dateline-head';
import { charClass, CLS_NEWLINE, isLetterOrNumberUnit } from './normalize';
/** How far before a match its line may start for the match to be in a dateline. */
const MAX_LEAD = 80;
/** Words after the dateline within which prose must show a lowercase letter. */
const PROSE_WORDS = 4;

export interface Dateline {
  /** The dateline's first character (the place's). */
  start: number;
  /** End of the place. */
  placeEnd: number;
  /** End of the place, region and agency (the dash is not part of it). */
  end: number;
  /** `full`: with an agency or a region; `bare`: a place and a dash, or a byline place. */
  form: 'full' | 'bare';
}

const isNewline = (text: string, i: number): boolean =>
  charClass(text.charCodeAt(i)) === CLS_NEWLINE;
const isLineSpace = (code: number): boolean =>
  code === 32 || code === 9 || code === 0xa0 || code === 0x2009 || code === 0x202f;

/** The dateline opening the line that starts at `lineStart`, if it has one. */
export function datelineAt(text: string, lineStart: number): Dateline | undefined {
  let at = lineStart;
  while (at < text.length && isLineSpace(text.charCodeAt(at))) at++;
  const head = readDatelineHead(text, at);
  if (!head) return undefined;
  const { whole, place, region, agency, dashSpace, dash } = head;
  if (upperUnits(place) < 3) return undefined;
  if (region !== undefined && !plausibleRegion(region)) return undefined;
  const placeEnd = at + place.length;
  const end = at + whole.length - (dash ? dash.length + dashSpace!.length : 0);
  const after = at + whole.length;
  const next = text.charCodeAt(after);
  const full = agency !== undefined || region !== undefined;
  if (dash) {
    const hyphen = dash.charCodeAt(0) === 45;
    const spacedBefore = dashSpace !== '' || agency !== undefined;
    if (hyphen && (!spacedBefore || !(isLineSpace(next) || isNewline(text, after)))) {
      return undefined;
    }
  } else if (!agency) {
    // A place alone on its line: a byline, if a date line sits next to it.
    return region === undefined && lineEnds(text, after) && besideDateLine(text, at, after)
      ? { start: at, placeEnd, end, form: 'bare' }
      : undefined;
  } else if (!(isLineSpace(next) || isNewline(text, after) || after === text.length)) {
    return undefined;
  }
  if (!readsAsProse(text, after)) return undefined;
  return { start: at, placeEnd, end, form: full ? 'full' : 'bare' };
}

/**
 * Whether the match `text[start..end)` lies in a dateline (see the module
 * comment: in the bare forms it must be the whole place).
 */
export function inDateline(text: string, start: number, end: number): boolean {
  let lineStart = start;
  while (lineStart > 0 && !isNewline(text, lineStart - 1)) {
    if (start - lineStart >= MAX_LEAD) return false;
    lineStart--;
  }
  const line = datelineAt(text, lineStart);
  if (!line || start < line.start || end > line.end) return false;
  return line.form === 'full' || (start === line.start && end === line.placeEnd);
}

/**
 * A region or date after the comma: not a run of ALL-CAPS words (`RUSSIA,
 * CHINA —` lists names), unless short (`, DC`, `, D.C.`) or holding a number.
 */
export function plausibleRegion(region: string): boolean {
  for (let i = 0; i < region.length;) {
    const cp = codePointAt(region, i);
    if (isLowerCode(cp) || (cp >= 48 && cp <= 57)) return true;
    i += unitsOf(cp);
  }
  return upperUnits(region) <= 2;
}

/** UTF-16 length of the uppercase letters in `text` (what `[^\p{Lu}]` removal leaves). */
export function upperUnits(text: string): number {
  let units = 0;
  for (let i = 0; i < text.length;) {
    const cp = codePointAt(text, i);
    const n = unitsOf(cp);
    if (isUpperCode(cp)) units += n;
    i += n;
  }
  return units;
}

/** Whether only spaces follow `pos` up to a line break or the end. */
function lineEnds(text: string, pos: number): boolean {
  let i = pos;
  while (i < text.length && isLineSpace(text.charCodeAt(i))) i++;
  return i === text.length || isNewline(text, i);
}

/** Whether the line right before or right after (one line break away) is a date. */
function besideDateLine(text: string, lineFirst: number, lineEnd: number): boolean {
  let i = lineEnd;
  while (i < text.length && isLineSpace(text.charCodeAt(i))) i++;
  if (i < text.length) {
    i += text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    while (i < text.length && isLineSpace(text.charCodeAt(i))) i++;
    if (startsWithDate(text.slice(i, i + 40))) return true;
  }
  let j = lineFirst;
  while (j > 0 && isLineSpace(text.charCodeAt(j - 1))) j--;
  if (j === 0 || !isNewline(text, j - 1)) return false;
  j -= text.charCodeAt(j - 1) === 10 && text.charCodeAt(j - 2) === 13 ? 2 : 1;
  let from = j;
  while (from > 0 && !isNewline(text, from - 1)) from--;
  return startsWithDate(text.slice(from, j).trim());
}

/**
 * Whether the text after a dateline reads as prose: a lowercase letter within
 * the next few words (`— US Secretary of State…`), or nothing more before a
 * blank line (the story starts in the next block).
 */
function readsAsProse(text: string, from: number): boolean {
  let words = 0;
  let inWord = false;
  let newlines = 0;
  for (let i = from; i < text.length && i < from + 120; i++) {
    const code = text.charCodeAt(i);
    if (isLowerCode(code)) return true;
    if (isNewline(text, i) && ++newlines > 1 && words === 0) return true;
    const letter = isLetterOrNumberUnit(code);
    if (letter && !inWord && ++words > PROSE_WORDS) return false;
    inWord = letter;
  }
  return words === 0;
}
