import { describe, expect, it } from 'vitest';
import type { Brief } from '../../core/brief';
import { collectCandidates } from './candidates';

/** A linked brief whose text is `anchor` linked to `title`. */
function linked(title: string, anchor = title.replace(/ \(.*\)$/, '')): Brief {
  return {
    date: '2025-01-01',
    text: `${anchor} says.`,
    category: 'Uncategorized',
    stories: [],
    outlets: [],
    links: [{ start: 0, end: anchor.length, title }],
    copy: 'linked',
    file: 'x.md',
    line: 1,
  };
}
const times = (n: number, brief: () => Brief) => Array.from({ length: n }, brief);

describe('collectCandidates: one candidate per thing', () => {
  it('keeps a primary topic apart from a namesake disambiguated by its kind', () => {
    const titles = [
      ...collectCandidates([...times(24, () => linked('Niger')), linked('Niger (state)')]).keys(),
    ];
    expect(titles.sort()).toEqual(['Niger', 'Niger (state)']);
  });

  it('joins a plain title linked about as often as its namesake (a disambiguation page, a redirect)', () => {
    const titles = [
      ...collectCandidates([
        ...times(4, () => linked('Wang Yi')),
        linked('Wang Yi (politician)'),
      ]).keys(),
    ];
    expect(titles).toEqual(['Wang Yi (politician)']);
  });

  it('joins a plain title to the one disambiguated by its years, however often linked', () => {
    const titles = [
      ...collectCandidates([
        ...times(30, () => linked('Syrian civil war')),
        linked('Syrian civil war (2011–present)'),
      ]).keys(),
    ];
    expect(titles).toEqual(['Syrian civil war (2011–present)']);
  });
});
