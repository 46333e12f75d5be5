import { describe, expect, it } from 'vitest';
import type { Brief } from '../../core/brief';
import { archiveBrief } from '../testing/brief';
import { definedAcronyms } from './defined-acronyms';

const TITLES = [
  { name: 'International Monetary Fund', title: 'International Monetary Fund' },
  {
    name: 'U.S. Securities and Exchange Commission',
    title: 'U.S. Securities and Exchange Commission',
  },
  { name: 'New York Times', title: 'New York Times' },
  { name: 'Financial Times', title: 'Financial Times' },
  { name: 'National Security Agency', title: 'National Security Agency' },
  { name: 'Nigerian Security Agency', title: 'Nigerian Security Agency' },
];
const cited = (text: string, ...outlets: string[]): Brief => ({
  ...archiveBrief(text),
  outlets: outlets.map((name) => ({ name })),
});
const twice = (text: string) => [archiveBrief(text), archiveBrief(text)];

describe('definedAcronyms', () => {
  it('reads a definition in the text, written twice or more', () => {
    const found = definedAcronyms(
      twice('The International Monetary Fund (IMF) cuts its forecast.'),
      TITLES,
    );
    expect(found.get('International Monetary Fund')).toEqual(['IMF']);
  });

  it('needs the definition more than once', () => {
    const once = [archiveBrief('The International Monetary Fund (IMF) cuts its forecast.')];
    expect(definedAcronyms(once, TITLES).size).toBe(0);
  });

  it("reads a body's name after its owner's word", () => {
    const found = definedAcronyms(
      twice('The Securities and Exchange Commission (SEC) sues a bank.'),
      TITLES,
    );
    expect(found.get('U.S. Securities and Exchange Commission')).toEqual(['SEC']);
  });

  it('takes no acronym that is not the initials of the name before it', () => {
    const found = definedAcronyms(
      twice('The International Monetary Fund (FMI) cuts its forecast.'),
      TITLES,
    );
    expect(found.size).toBe(0);
  });

  it('ties an outlet cited by its initials to the one cited by its name', () => {
    const briefs = [
      cited('One.', 'The New York Times'),
      ...Array.from({ length: 3 }, () => cited('Two.', 'NYT')),
    ];
    expect(definedAcronyms(briefs, TITLES).get('New York Times')).toEqual(['NYT']);
  });

  it('does not tie an outlet cited by its initials fewer than three times', () => {
    const briefs = [cited('One.', 'The New York Times'), cited('Two.', 'NYT', 'Reuters')];
    expect(definedAcronyms(briefs, TITLES).size).toBe(0);
  });

  it('gives no acronym another title has by its links', () => {
    const found = definedAcronyms(
      twice('The International Monetary Fund (IMF) cuts its forecast.'),
      TITLES,
      (acronym, title) => !(acronym === 'IMF' && title === 'International Monetary Fund'),
    );
    expect(found.size).toBe(0);
  });
});
