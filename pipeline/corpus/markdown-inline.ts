/**
 * The inline Markdown of the linked copy's bullets, read into plain text:
 * `[anchor](https://en.wikipedia.org/wiki/Title "Title")` becomes `anchor`
 * (a Wikipedia link keeps its title and offsets), `*emphasis*` loses its
 * asterisks, and `\x` escapes lose their backslash. Outlet links
 * (`[(Reuters)](https://…)`) at the end of a bullet are split off first.
 */
import type { BriefLink, Outlet } from '../../core/brief';

export interface InlineText {
  text: string;
  links: BriefLink[];
}

export class InlineError extends Error {
  constructor(
    message: string,
    readonly column: number,
  ) {
    super(message);
  }
}

const WIKI = 'https://en.wikipedia.org/wiki/';

/** Index of the `]` that closes the `[` at `open`, honouring nesting and escapes; -1 if none. */
function closingBracket(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  return -1;
}

/** `(url "title")` at `open`: its end (index after `)`), url and title; null if it is not a link target. */
function linkTarget(s: string, open: number): { end: number; url: string; title?: string } | null {
  if (s[open] !== '(') return null;
  let i = open + 1;
  let depth = 0;
  const urlStart = i;
  while (i < s.length && s[i] !== ' ' && !(s[i] === ')' && depth === 0)) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')') depth--;
    i++;
  }
  const url = s.slice(urlStart, i);
  if (!/^https?:\/\//.test(url)) return null;
  let title: string | undefined;
  if (s[i] === ' ') {
    if (s[i + 1] !== '"') return null;
    let j = i + 2;
    let t = '';
    for (; j < s.length && s[j] !== '"'; j++) {
      if (s[j] === '\\' && j + 1 < s.length) j++;
      t += s[j];
    }
    if (s[j] !== '"' || s[j + 1] !== ')') return null;
    title = t;
    i = j + 1;
  }
  if (s[i] !== ')') return null;
  return { end: i + 1, url, title };
}

/** The Wikipedia title a URL points to, with spaces (percent-decoded). */
export function wikipediaTitleOf(url: string): string | undefined {
  if (!url.startsWith(WIKI)) return undefined;
  let path = url.slice(WIKI.length).split('#')[0] ?? '';
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray `%` stays as written.
  }
  return path.replace(/_/g, ' ');
}

/** Plain text of inline Markdown, with its Wikipedia links. Throws InlineError on a link that does not close. */
export function readInline(s: string, base = 0): InlineText {
  let text = '';
  const links: BriefLink[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length && /[\\`*_{}[\]()#+\-.!"|]/.test(s[i + 1]!)) {
      text += s[++i];
    } else if (c === '*') {
      // Emphasis markers carry no text.
    } else if (c === '[') {
      const close = closingBracket(s, i);
      const target = close === -1 ? null : linkTarget(s, close + 1);
      if (close === -1) throw new InlineError('"[" is never closed', base + i + 1);
      if (!target) {
        text += c; // A bracket that is not a link is text.
        continue;
      }
      const inner = readInline(s.slice(i + 1, close), base + i + 1);
      const start = text.length;
      text += inner.text;
      for (const l of inner.links) links.push({ ...l, start: l.start + start, end: l.end + start });
      const title = wikipediaTitleOf(target.url);
      if (title !== undefined)
        links.push({
          start,
          end: text.length,
          // A red link's tooltip says so: the title is the article's to be.
          title: (target.title ?? title).replace(/ \(page does not exist\)$/, ''),
        });
      i = target.end - 1;
    } else {
      text += c;
    }
  }
  return { text, links };
}

const OUTLET_AT_END =
  /\s*\*?\[\(([^\]]*)\)\]\((https?:\/\/[^\s)]*(?:\([^\s)]*\)[^\s)]*)*)\)\*?\s*$/;
const PLAIN_OUTLET_AT_END = /\s*\(([^()]*\p{L}[^()]*)\)\s*$/u;

/** Splits the trailing outlet links off a bullet: `… sentence. [(AP)](url) [(DW)](url)`. */
export function splitOutlets(s: string): { body: string; outlets: Outlet[] } {
  const outlets: Outlet[] = [];
  let body = s;
  for (let m = OUTLET_AT_END.exec(body); m; m = OUTLET_AT_END.exec(body)) {
    outlets.unshift({ name: m[1]!.replace(/\*/g, '').trim(), url: m[2] });
    body = body.slice(0, m.index);
  }
  if (outlets.length === 0) {
    const m = PLAIN_OUTLET_AT_END.exec(body);
    if (m && /[.!?"”’]\s*$/.test(body.slice(0, m.index))) {
      outlets.push({ name: m[1]!.replace(/\*/g, '').trim() });
      body = body.slice(0, m.index);
    }
  }
  return { body: body.trimEnd(), outlets };
}
