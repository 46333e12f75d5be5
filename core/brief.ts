/**
 * A brief: one dated news item of Wikipedia's Portal:Current events, verbatim,
 * with the outlets it cites. Pure types; no DOM, no `browser`.
 */

/** An outlet a brief cites: `(Reuters)`, with its article's URL where the corpus gives one. */
export interface Outlet {
  name: string;
  url?: string;
}

/** A Wikipedia link inside a brief's text (linked copy only). */
export interface BriefLink {
  /** UTF-16 offsets of the anchor in the brief's text. */
  start: number;
  end: number;
  /** The article title, with spaces (`Vladimir Putin`). */
  title: string;
}

/** Which copy of the portal a brief was read from. */
export type BriefCopy = 'archive' | 'linked';

export interface Brief {
  /** ISO date of the portal's day. */
  date: string;
  /** The brief's sentence(s), verbatim, without the trailing outlets. */
  text: string;
  /** The portal's category heading (`Armed conflicts and attacks`), or `Uncategorized`. */
  category: string;
  /** Story heading lines above the brief, outermost first (`Gaza war` > `2025 … killings`); a line may name several stories. */
  stories: string[][];
  outlets: Outlet[];
  links: BriefLink[];
  copy: BriefCopy;
  /** Where it was read: the repo path of its file and its 1-based line. */
  file: string;
  line: number;
}

/** The attribution the cards and the README show for brief text (CC BY-SA 4.0). */
export const BRIEF_ATTRIBUTION =
  'Briefs: Wikipedia contributors, “Portal:Current events”, CC BY-SA 4.0';
export const BRIEF_LICENSE_URL = 'https://creativecommons.org/licenses/by-sa/4.0/';

/** `https://en.wikipedia.org/wiki/<title>` for a title with underscores. */
export function wikipediaUrl(title: string): string {
  return `https://en.wikipedia.org/wiki/${encodeURIComponent(title).replace(/%2F/g, '/')}`;
}
