import { describe, expect, it } from 'vitest';
import { drain } from '../core/steps';
import { CANDIDATES_PER_STEP, isoDay, pageDateSteps } from './page-date';

describe('pageDateSteps', () => {
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
    expect(drain(pageDateSteps(document))).toBe(day);
  });

  it.each([
    ['2016-09-08T00:00:00Z', '2016-09-08'],
    ['2016-13-01', undefined],
    ['Sep 8, 2016', undefined],
    [null, undefined],
  ])('isoDay(%s) is %s', (value, day) => {
    expect(isoDay(value)).toBe(day);
  });

  /** Runs `steps` to its end; its answer and how often it yielded. */
  const run = (steps: ReturnType<typeof pageDateSteps>) => {
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    return { day: step.value, yields };
  };

  it('yields after every CANDIDATES_PER_STEP candidates', () => {
    document.head.innerHTML = '<meta name="date" content="x">'.repeat(CANDIDATES_PER_STEP * 2);
    const undated = '<time datetime="2016-09-09">x</time>'.repeat(CANDIDATES_PER_STEP * 2);
    document.body.innerHTML = `${undated}<article><time datetime="2016-09-03">x</time></article>`;
    const { day, yields } = run(pageDateSteps(document));
    expect(day).toBe('2016-09-03');
    // 2 for the metas, one before microdata, one before JSON-LD, 2 for the times.
    expect(yields).toBe(6);
  });

  it('reads only the meta tags a rule names', () => {
    document.head.innerHTML = '<meta name="viewport" content="x">'.repeat(CANDIDATES_PER_STEP * 4);
    document.body.innerHTML = '<meta name="pubdate" content="2016-09-07">';
    expect(pageDateSteps(document).next()).toEqual({ done: true, value: '2016-09-07' });
  });

  it('reads no other element than the candidates', () => {
    document.head.innerHTML = '';
    document.body.innerHTML = '<p>x</p>'.repeat(CANDIDATES_PER_STEP * 8);
    const { day, yields } = run(pageDateSteps(document));
    expect(day).toBeUndefined();
    expect(yields).toBe(2);
  });

  it('stops at the first trusted meta tag without reading the rest', () => {
    document.head.innerHTML = '<meta property="article:published_time" content="2016-09-08">';
    document.body.innerHTML = '<meta name="viewport" content="x">'.repeat(CANDIDATES_PER_STEP * 4);
    const steps = pageDateSteps(document);
    expect(steps.next()).toEqual({ done: true, value: '2016-09-08' });
  });

  it('answers by rule order of trust when the page removes candidates between steps', () => {
    document.head.innerHTML = '<meta name="date" content="2016-09-07">';
    const filler = '<meta name="date" content="soon">'.repeat(CANDIDATES_PER_STEP * 2);
    document.body.innerHTML = `<div id="gone">${filler}</div><meta name="pubdate" content="2016-09-01">`;
    const steps = pageDateSteps(document);
    steps.next();
    document.getElementById('gone')!.remove();
    // The candidates were found at the start: the pubdate meta (a more trusted rule) is still read.
    expect(drain(steps)).toBe('2016-09-01');
  });
});
