import { describe, expect, it } from 'vitest';
import { SEED_PACK } from '../../core/fixtures/seed-cards';
import { loadSearch, type SearchHit } from '../../core/search';
import { excerpt, hitDetail } from './hit-text';

const searcher = loadSearch(undefined, SEED_PACK);
const first = (q: string, type?: SearchHit['type']) =>
  searcher.search(q, { types: type && [type] })[0] as SearchHit;

describe('hitDetail', () => {
  it.each([
    ['russian foreign minister', 'entity', 'Russian foreign minister'],
    ['sergei', 'entity', 'Also: Sergei Lavrov'],
    [
      'ceasefire',
      'entity',
      'Kerry and Lavrov met in Geneva to agree a durable ceasefire and humanitarian access for Syria.',
    ],
    ['lavrov', 'entity', 'Russian foreign minister'],
    [
      'durable',
      'fact',
      'The deal’s terms: a durable ceasefire, humanitarian access and renewed peace talks.',
    ],
  ] as const)('%s (%s) → %s', (query, type, detail) => {
    expect(hitDetail(first(query, type))).toBe(detail);
  });

  it('shows a fact’s quote when only the quote matched', () => {
    expect(hitDetail(first('destroying', 'fact'))).toMatch(/^“.*destroying.*”$/);
  });
});

describe('excerpt', () => {
  const text = `${'a '.repeat(100)}Lavrov ${'b '.repeat(100)}`;
  it('cuts around the first match with ellipses', () => {
    const cut = excerpt(text, ['lavrov'], 60);
    expect(cut).toContain('Lavrov');
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(62);
  });
  it('keeps short text whole', () => {
    expect(excerpt('Kerry met Lavrov.', ['lavrov'])).toBe('Kerry met Lavrov.');
  });
});
