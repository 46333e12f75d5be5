import { describe, expect, it } from 'vitest';
import { parseArticle } from './article';
import { escapeHtml, longDate, renderNewsPage } from './news-page';

const text = `---
title: Kerry <b>heads</b> to Geneva
source: The Times of Israel
published: 2016-09-08
dateline: WASHINGTON
attribution: As reported by The Times of Israel
---
Sides seek a durable ceasefire
WASHINGTON – US Secretary of State John Kerry is leaving Thursday.

The meeting had been announced Wednesday.
As reported by The Times of Israel
`;

describe('parseArticle', () => {
  it('reads front matter, standfirst, paragraphs, and drops the credit line', () => {
    expect(parseArticle(text)).toEqual({
      title: 'Kerry <b>heads</b> to Geneva',
      source: 'The Times of Israel',
      published: '2016-09-08',
      dateline: 'WASHINGTON',
      standfirst: 'Sides seek a durable ceasefire',
      paragraphs: [
        'WASHINGTON – US Secretary of State John Kerry is leaving Thursday.',
        'The meeting had been announced Wednesday.',
      ],
      attribution: 'As reported by The Times of Israel',
    });
  });

  it('names the missing field', () => {
    expect(() => parseArticle(text.replace('source: The Times of Israel\n', ''))).toThrow(/source/);
  });
});

describe('renderNewsPage', () => {
  const html = renderNewsPage(parseArticle(text));

  it('escapes the headline and sets the dateline apart', () => {
    expect(html).toContain('<h1>Kerry &lt;b&gt;heads&lt;/b&gt; to Geneva</h1>');
    expect(html).toContain(
      '<p><span class="dateline">WASHINGTON</span> – US Secretary of State John Kerry',
    );
  });

  it('states the date for the page and for readers', () => {
    expect(html).toContain('<meta property="article:published_time" content="2016-09-08" />');
    expect(html).toContain('<time datetime="2016-09-08">September 8, 2016</time>');
  });

  it('loads nothing from outside', () => {
    expect(html).not.toMatch(/(src|href)=/);
  });
});

describe('helpers', () => {
  it('escapeHtml', () =>
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    ));
  it('longDate', () => expect(longDate('2016-09-08')).toBe('September 8, 2016'));
});
