/**
 * Generated news pages for the page-scan bench: a site header, one long
 * article (headline, byline with a date, sections of paragraphs, links and
 * emphasis) and a sidebar, with about `chars` characters of text. The prose
 * mixes sentences of the bundled articles (their names link as on a real
 * page) with report sentences naming generated people: full name first, the
 * surname alone later in the same paragraph.
 */
import { prng } from '../synthetic';

export interface NewsPageInput {
  /** Characters of text to reach (the page may end up a sentence longer). */
  chars: number;
  /** Sentences of the bundled articles, used verbatim. */
  sentences: readonly string[];
  /** Full names of generated people (given name, space, surname). */
  people: readonly string[];
  seed?: number;
}

export interface NewsPage {
  html: string;
  /** Characters in the page's text nodes (what a walk over every text node reads). */
  textChars: number;
}

const REPORTS = [
  (n: string) => `${n} told reporters on Thursday that the negotiations would resume next week.`,
  (n: string) => `According to officials familiar with the matter, ${n} had asked for more time.`,
  (n: string) => `${n}, who arrived in Geneva late on Wednesday, declined to comment on the draft.`,
  (n: string) =>
    `In a statement released after the meeting, ${n} called the proposal a first step.`,
  (n: string) => `Diplomats said ${n} would meet the delegation again before the weekend.`,
  (n: string) => `The plan, backed by ${n}, includes a ceasefire and access for aid convoys.`,
  (n: string) => `Critics accused ${n} of moving too slowly, a charge the ministry rejected.`,
] as const;
const PLAIN = [
  'The talks are expected to last at least two days, the ministry said.',
  'Aid groups have warned that conditions in the besieged areas are getting worse.',
  'Previous agreements collapsed within weeks amid accusations of violations on both sides.',
  'Markets barely moved on the news, and analysts said the outcome remained uncertain.',
  'The United Nations said it was ready to send convoys as soon as a truce took hold.',
  'Officials on both sides described the atmosphere as businesslike but tense.',
];
const SECTIONS = ['Diplomacy', 'What comes next', 'Reactions', 'Background', 'Analysis'];

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Builds the page; the same input gives the same page. */
export function newsPage({ chars, sentences, people, seed = 9 }: NewsPageInput): NewsPage {
  const next = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  let text = 0;
  const blocks: string[] = [];
  const add = (html: string, plain: string) => {
    blocks.push(html);
    text += plain.length;
  };

  const chrome = `<header><nav><a href="#world">World</a> <a href="#politics">Politics</a> <a href="#business">Business</a></nav></header>`;
  add(chrome, 'World Politics Business');
  add(
    `<h1>Talks resume in Geneva as diplomats seek a durable ceasefire</h1><p class="byline">By Bench Wire staff · <time datetime="2016-09-09">September 9, 2016</time></p>`,
    'Talks resume in Geneva as diplomats seek a durable ceasefireBy Bench Wire staff · September 9, 2016',
  );
  let paragraphs = 0;
  while (text < chars) {
    if (paragraphs % 12 === 11) {
      const title = pick(SECTIONS);
      add(`<h2>${title}</h2>`, title);
    }
    const html: string[] = [];
    const plain: string[] = [];
    const person = pick(people);
    const surname = person.slice(person.indexOf(' ') + 1);
    const count = 3 + Math.floor(next() * 4);
    for (let s = 0; s < count; s++) {
      const roll = next();
      let sentence: string;
      if (roll < 0.35 && sentences.length > 0) sentence = pick(sentences);
      else if (roll < 0.75) sentence = pick(REPORTS)(s === 0 ? person : surname);
      else sentence = pick(PLAIN);
      plain.push(sentence);
      const safe = escapeHtml(sentence);
      const style = next();
      html.push(
        style < 0.1
          ? `<a href="#s${paragraphs}">${safe}</a>`
          : style < 0.15
            ? `<em>${safe}</em>`
            : safe,
      );
    }
    add(`<p>${html.join(' ')}</p>`, plain.join(' '));
    paragraphs++;
  }
  add(
    `<aside><h2>Most read</h2><ul><li><a href="#1">Markets rally on trade hopes</a></li><li><a href="#2">Storm season starts early</a></li></ul></aside><footer><p>© Bench Wire</p></footer>`,
    'Most readMarkets rally on trade hopesStorm season starts early© Bench Wire',
  );
  const body = blocks.join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Talks resume in Geneva</title>
<style>body{font:17px/1.55 Georgia,serif;max-width:44em;margin:0 auto;padding:1em}nav a{margin-right:1em}aside{border-top:1px solid #ccc}</style>
</head><body><main><article>
${body}
</article></main></body></html>`;
  return { html, textChars: textLength(`\n${body}\n`) };
}

/** Characters of text in an HTML fragment without comments, scripts or styles (tags dropped, entities decoded). */
export function textLength(fragment: string): number {
  return fragment.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39);/g, '_').length;
}
