import { describe, expect, it } from 'vitest';
import { isoDay, readPageDate } from './page-date';

describe('readPageDate', () => {
  it.each([
    ['<meta property="article:published_time" content="2016-09-08T14:02:00Z">', '2016-09-08'],
    ['<meta name="pubdate" content="2016-09-07">', '2016-09-07'],
    ['<meta itemprop="datePublished" content="2016-09-06T01:00:00+03:00">', '2016-09-06'],
    ['<span itemprop="datePublished" datetime="2016-09-05">x</span>', '2016-09-05'],
    [
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-09-04T10:00"}</script>',
      '2016-09-04',
    ],
    ['<article><time datetime="2016-09-03T08:00">Sept 3</time></article>', '2016-09-03'],
    [
      '<meta name="date" content="last week"><article><time datetime="2016-09-02">x</time></article>',
      '2016-09-02',
    ],
    ['<script type="Application/LD+JSON">{"datePublished":"2016-09-04"}</script>', '2016-09-04'],
    ['<main><p><time datetime="2016-09-01">x</time></p></main>', '2016-09-01'],
    ['<time pubdate datetime="2016-09-01T09:00">x</time>', '2016-09-01'],
    ['<meta name="DATE" content="2016-09-01"><time datetime="2016-09-01">x</time>', undefined],
    ['<p>No date here, 2016-09-01.</p>', undefined],
  ])('%s gives %s', (html, day) => {
    document.head.innerHTML = '';
    document.body.innerHTML = html;
    // Meta tags in the body are still found by document queries.
    expect(readPageDate(document)).toBe(day);
  });

  it.each([
    ['2016-09-08T00:00:00Z', '2016-09-08'],
    ['2016-13-01', undefined],
    ['Sep 8, 2016', undefined],
    [null, undefined],
  ])('isoDay(%s) is %s', (value, day) => {
    expect(isoDay(value)).toBe(day);
  });
});
