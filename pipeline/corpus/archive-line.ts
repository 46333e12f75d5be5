/**
 * What a line of the archive copy is. The archive has no nesting: story
 * headings stand as lines of their own before their briefs. A brief ends
 * with its outlets in parentheses — `… ceasefire. (Reuters) (AP)`,
 * `… (AFP via ABC News Australia)` — or at least with a sentence's end; a
 * heading is a short title (`War in Afghanistan (2001–2021)`), whose
 * parentheses hold a disambiguator, not an outlet.
 */
import type { Outlet } from '../../core/brief';

export type ArchiveLine =
  { type: 'brief'; text: string; outlets: Outlet[] } | { type: 'heading'; stories: string[] };

const TRAILING_GROUP = /\s*\(([^()]*)\)\s*$/;
const SENTENCE_END = /[.!?"”’)\]]$/;
/** A sentence's last character, when no outlet follows it. */
const BARE_SENTENCE_END = /[.!?"”’]$/;
/** `D.C.`, `U.S.`, `Jr.`: a title can end with a full stop that ends no sentence. */
const ABBREVIATION_END = /(?:\b(?:\p{Lu}\.){2,}|\b(?:Jr|Sr|St|Inc|Co|Ltd)\.)$/u;

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** An outlet's name has letters and is not a date or a span of years (`December 2024–present`). */
function isOutletName(name: string): boolean {
  return (
    /\p{L}/u.test(name) &&
    !/^(?:(?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\d{4}\b)/.test(
      name,
    ) &&
    !/\b(?:present|born|died)\b/.test(name)
  );
}

/** Splits trailing `(Outlet)` groups off a line; the rest is the text before them. */
function trailingOutlets(line: string): { text: string; outlets: Outlet[] } {
  const outlets: Outlet[] = [];
  let text = line;
  for (let m = TRAILING_GROUP.exec(text); m && isOutletName(m[1]!); m = TRAILING_GROUP.exec(text)) {
    outlets.unshift({ name: m[1]!.trim() });
    text = text.slice(0, m.index);
  }
  return { text: text.trimEnd(), outlets };
}

/**
 * Story headings on one line, split where a comma starts another title
 * (`Syrian Civil War, War on Terrorism`), but not inside a place name
 * (`Tupelo, Mississippi`): a part of one or two words joins the one before.
 */
export function splitStories(heading: string): string[] {
  const parts = heading.split(/, (?=\p{Lu}|\d)/u);
  const stories: string[] = [];
  for (const part of parts) {
    if (stories.length > 0 && words(part) <= 2 && !/\d/.test(part)) {
      stories[stories.length - 1] += `, ${part}`;
    } else {
      stories.push(part.trim());
    }
  }
  return stories.filter(Boolean);
}

export function classifyArchiveLine(line: string): ArchiveLine {
  const trimmed = line.trim();
  const { text, outlets } = trailingOutlets(trimmed);
  const n = words(text);
  if (outlets.length > 0 && text !== '' && (SENTENCE_END.test(text) || n >= 8)) {
    return { type: 'brief', text, outlets };
  }
  const total = words(trimmed);
  if (BARE_SENTENCE_END.test(trimmed) && total >= 6 && !ABBREVIATION_END.test(trimmed)) {
    return { type: 'brief', text: trimmed, outlets: [] };
  }
  return { type: 'heading', stories: splitStories(trimmed) };
}
