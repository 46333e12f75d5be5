import { describe, expect, it } from 'vitest';
import type { Brief } from '../../core/brief';
import { tieByWords, type GeneratedEntity } from './build-catalog';
import { referenceLists } from './reference-lists';

const brief = (text: string): Brief => ({
  date: '2010-01-04',
  text,
  category: 'Armed conflicts and attacks',
  stories: [],
  outlets: [],
  links: [],
  copy: 'archive',
  file: 'archive/2010.jsonl',
  line: 1,
});

const entity = (
  id: string,
  kind: GeneratedEntity['kind'],
  name: string,
  briefs: number[],
  strength: 'strong' | 'weak' = 'strong',
): GeneratedEntity => ({
  id,
  wikipedia: id,
  kind,
  name,
  aliases: [{ text: name, strength }],
  briefs,
  roles: [],
  first: '',
  last: '',
  related: [],
  ties: [],
  children: [],
  participants: [],
  source: 'link',
});

describe('tieByWords', () => {
  const briefs = [
    brief('Protests fill the Georgian capital Tbilisi.'),
    brief('Georgian police clear a square in Tbilisi.'),
    brief('Tbilisi hosts Georgian and Armenian envoys.'),
    brief('A storm hits Atlanta, Georgia.'),
    brief('Atlanta votes.'),
    brief('Atlanta, Georgia, mourns.'),
  ];

  it('ties a place whose briefs mostly say the demonym to a country whose own name is weak', () => {
    const georgia = entity('Georgia_(country)', 'country', 'Georgia', [0], 'weak');
    const tbilisi = entity('tbilisi', 'place', 'Tbilisi', [0, 1, 2]);
    const atlanta = entity('atlanta', 'place', 'Atlanta', [3, 4, 5]);
    tieByWords([georgia, tbilisi, atlanta], briefs, referenceLists());
    expect(georgia.ties).toEqual(['tbilisi']);
  });

  it('leaves a country whose name is strong alone', () => {
    const georgia = entity('Georgia_(country)', 'country', 'Georgia', [0]);
    const tbilisi = entity('tbilisi', 'place', 'Tbilisi', [0, 1, 2]);
    tieByWords([georgia, tbilisi], briefs, referenceLists());
    expect(georgia.ties).toEqual([]);
  });
});
