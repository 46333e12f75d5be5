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
const ALONE = Array.from({ length: 5 }, () =>
  archiveBrief('The IMF and the SEC say so; the NSA does not.'),
);
/** A definition written twice, and the acronyms written alone five times. */
const twice = (text: string) => [archiveBrief(text), archiveBrief(text), ...ALONE];

describe('definedAcronyms', () => {
  it('reads a definition in the text, written twice or more', () => {
    const found = definedAcronyms(
      twice('The International Monetary Fund (IMF) cuts its forecast.'),
      TITLES,
    );
    expect(found.get('International Monetary Fund')).toEqual(['IMF']);
  });

  it('needs the definition more than once', () => {
    const once = [
      archiveBrief('The International Monetary Fund (IMF) cuts its forecast.'),
      ...ALONE,
    ];
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

  it('needs an acronym of three letters written alone five times', () => {
    const briefs = [
      ...Array.from({ length: 2 }, () =>
        archiveBrief('The International Monetary Fund (IMF) cuts its forecast.'),
      ),
      ...Array.from({ length: 4 }, () => archiveBrief('The IMF says so.')),
    ];
    expect(definedAcronyms(briefs, TITLES).size).toBe(0);
    expect(
      definedAcronyms([...briefs, archiveBrief('The IMF says so.')], TITLES).get(
        'International Monetary Fund',
      ),
    ).toEqual(['IMF']);
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
