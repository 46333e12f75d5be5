import { describe, expect, it } from 'vitest';
import { drain } from '../core/steps';
import { ELEMENTS_PER_STEP, isoDay, pageDateSteps, readPageDate } from './page-date';

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

  it('reads a large page in steps of ELEMENTS_PER_STEP elements', () => {
    document.head.innerHTML = '';
    const filler = '<p>x</p>'.repeat(ELEMENTS_PER_STEP * 4);
    document.body.innerHTML = `${filler}<article><time datetime="2016-09-03">x</time></article>`;
    const steps = pageDateSteps(document);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(step.value).toBe('2016-09-03');
    expect(yields).toBeGreaterThanOrEqual(4);
  });

  it('stops at the first trusted meta tag without reading the rest', () => {
    document.head.innerHTML = '<meta property="article:published_time" content="2016-09-08">';
    document.body.innerHTML = '<p>x</p>'.repeat(ELEMENTS_PER_STEP * 4);
    const steps = pageDateSteps(document);
    expect(steps.next()).toEqual({ done: true, value: '2016-09-08' });
  });

  it('answers from what it read when the page removes the element it stands on', () => {
    document.head.innerHTML = '<meta name="date" content="2016-09-07">';
    const filler = '<p>x</p>'.repeat(ELEMENTS_PER_STEP * 2);
    document.body.innerHTML = `<div id="gone">${filler}</div><meta name="pubdate" content="2016-09-01">`;
    const steps = pageDateSteps(document);
    steps.next();
    document.getElementById('gone')!.remove();
    // The pubdate meta (a more trusted rule) is never reached: the date meta answers.
    expect(drain(steps)).toBe('2016-09-07');
  });
});
