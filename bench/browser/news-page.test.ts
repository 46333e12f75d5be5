import { describe, expect, it } from 'vitest';
import { newsPage, textLength } from './news-page';

const sentences = [
  'US Secretary of State John Kerry is leaving Thursday for Geneva.',
  'Kerry and Lavrov spoke by telephone Thursday & agreed to meet.',
];
const people = ['Anna Kalomira', 'Pavel Vetorizan', 'Maria Osdanul'];

/** The page's body text as a browser reads it (every text node). */
function bodyText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) text += (n as Text).data;
  return text;
}

describe('newsPage', () => {
  it('is the same page for the same input', () => {
    expect(newsPage({ chars: 5000, sentences, people }).html).toBe(
      newsPage({ chars: 5000, sentences, people }).html,
    );
    expect(newsPage({ chars: 5000, sentences, people, seed: 1 }).html).not.toBe(
      newsPage({ chars: 5000, sentences, people }).html,
    );
  });

  it.each([2_000, 50_000, 300_000])('reaches about %i characters of text', (chars) => {
    const page = newsPage({ chars, sentences, people });
    expect(page.textChars).toBe(bodyText(page.html).length);
    expect(page.textChars).toBeGreaterThanOrEqual(chars);
    expect(page.textChars).toBeLessThan(chars + 1500);
  });

  it('names people in full, then by surname, each name inside one text node', () => {
    const page = newsPage({ chars: 20_000, sentences, people });
    const text = bodyText(page.html);
    expect(text).toContain('Kerry and Lavrov spoke by telephone Thursday & agreed to meet.');
    for (const name of people) expect(text).toContain(name);
    expect(text).toMatch(/(?<!Anna |Pavel |Maria )\b(Kalomira|Vetorizan|Osdanul)\b/);
    const doc = new DOMParser().parseFromString(page.html, 'text/html');
    const nodes = [...doc.body.querySelectorAll('p, h1, h2, li, a, em')].flatMap((el) =>
      [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent),
    );
    const inNodes = nodes.join('\n').match(/Anna Kalomira/g)?.length ?? 0;
    expect(inNodes).toBe(text.match(/Anna Kalomira/g)?.length);
  });

  it('works without article sentences (names only)', () => {
    const text = bodyText(newsPage({ chars: 5000, sentences: [], people }).html);
    expect(text).not.toContain('Kerry');
    expect(text).toMatch(/Anna Kalomira|Pavel Vetorizan|Maria Osdanul/);
  });
});

describe('textLength', () => {
  it.each([
    ['<p>Kerry &amp; Lavrov</p>', 14],
    ['<h1>a</h1>\n<p>b <em>c</em></p>', 5],
    ['', 0],
  ])('%j has %i characters of text', (html, expected) => {
    expect(textLength(html)).toBe(expected);
  });
});
