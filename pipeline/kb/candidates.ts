/**
 * Candidate entities from the corpus itself: every Wikipedia link target of
 * the linked copy and every story heading of both copies, with how the
 * briefs write and use them (the evidence classify-kind.ts reads).
 */
import type { Brief } from '../../core/brief';
import { pushTo } from './push-to';

export interface Candidate {
  title: string;
  anchors: Map<string, number>;
  before: Map<string, number>;
  /** Indices of the briefs that link it or stand under it as a story. */
  briefs: Set<number>;
  story: boolean;
  /** Stories on the heading line right above this one, as a story (its parent stories). */
  parents: Map<string, number>;
  /** Other titles of the same thing, by synonym, spelling or word order (`ISIL`), that name it as aliases. */
  variants?: string[];
}

function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

const WORD_BEFORE = /([\p{L}.'-]+)[\s,]*$/u;

/** Whether a brief that stands `distance` briefs after its archive heading still belongs to it. */
export function underHeading(brief: Brief & { storyDistance?: number }, story: string): boolean {
  if (!brief.storyDistance) return true;
  // Further down, only a brief that names a word of the heading is taken to be under it.
  const words = story.match(/\p{Lu}[\p{L}-]{3,}/gu) ?? [];
  return words.some((w) => brief.text.includes(w));
}

export function collectCandidates(briefs: readonly Brief[]): Map<string, Candidate> {
  const all = new Map<string, Candidate>();
  const get = (written: string): Candidate => {
    const title = written.normalize('NFC').replace(/(\d{4})-(present|\d{4})\)$/, '$1–$2)');
    let c = all.get(title);
    if (!c) {
      c = {
        title,
        anchors: new Map(),
        before: new Map(),
        briefs: new Set(),
        story: false,
        parents: new Map(),
      };
      all.set(title, c);
    }
    return c;
  };
  briefs.forEach((b, i) => {
    for (const l of b.links) {
      const c = get(l.title);
      c.briefs.add(i);
      bump(c.anchors, b.text.slice(l.start, l.end));
      const before = WORD_BEFORE.exec(b.text.slice(Math.max(0, l.start - 40), l.start));
      if (before) bump(c.before, before[1]!.toLowerCase());
    }
    b.stories.forEach((line, depth) => {
      for (const story of line) {
        if (!underHeading(b, story)) continue;
        const c = get(story);
        c.story = true;
        c.briefs.add(i);
        if (depth > 0 && b.copy === 'linked')
          for (const p of b.stories[depth - 1]!) bump(c.parents, p);
      }
    });
  });
  return mergeSameName(all);
}

/** Dashes and case aside, the words of a title without its disambiguator. */
function nameKey(title: string): string {
  return title
    .replace(/\s*\([^()]*\)$/, '')
    .replace(/[–—-]/g, '-')
    .toLowerCase();
}

/** Briefs a plain linked title needs, and how many times its disambiguated namesake's, to be another thing. */
const PRIMARY_MIN_BRIEFS = 5;
const PRIMARY_RATIO = 3;

/**
 * Whether a plain linked title is Wikipedia's primary topic and the disambiguated title another
 * thing of its name: the briefs link the plain one far more (`Niger` 24, `Niger (state)` 1;
 * `Istanbul`, `Istanbul (electoral districts)`). A plain title linked about as often as its
 * namesake is a disambiguation page or a redirect to it (`Wang Yi`, `Wang Yi (politician)`).
 */
function primaryTopic(plain: Candidate, disambiguated: Candidate): boolean {
  return (
    /\)$/.test(disambiguated.title) &&
    !/\(\D*\d{4}[^()]*\)$/.test(disambiguated.title) &&
    plain.anchors.size > 0 &&
    plain.briefs.size >= PRIMARY_MIN_BRIEFS &&
    plain.briefs.size >= PRIMARY_RATIO * disambiguated.briefs.size
  );
}

/**
 * One candidate per thing: a title without a disambiguator (`Syrian Civil
 * War`, an archive heading) joins the one title that has the same words with
 * one (`Syrian civil war (2011–present)`), or the same words in other case.
 * Where two titles disambiguate the same words (`Georgia (country)`,
 * `Georgia (U.S. state)`), the plain one joins neither; nor does a primary topic
 * (`Niger`, not `Niger (state)`).
 */
function mergeSameName(all: Map<string, Candidate>): Map<string, Candidate> {
  const groups = new Map<string, Candidate[]>();
  for (const c of all.values()) {
    const key = nameKey(c.title);
    pushTo(groups, key, c);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const disambiguated = group.filter((c) => /\)$/.test(c.title));
    const plain = group.filter((c) => !/\)$/.test(c.title));
    const targets =
      disambiguated.length === 1
        ? disambiguated
        : disambiguated.length === 0
          ? [
              plain.sort(
                (a, b) => b.anchors.size - a.anchors.size || b.briefs.size - a.briefs.size,
              )[0],
            ]
          : [];
    const into = targets[0];
    if (!into) continue;
    for (const c of plain) {
      if (c === into || primaryTopic(c, into)) continue;
      for (const [k, n] of c.anchors) bump(into.anchors, k, n);
      for (const [k, n] of c.before) bump(into.before, k, n);
      for (const [k, n] of c.parents) bump(into.parents, k, n);
      for (const i of c.briefs) into.briefs.add(i);
      into.story ||= c.story;
      all.delete(c.title);
    }
  }
  return all;
}
